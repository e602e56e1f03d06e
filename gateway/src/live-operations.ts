import {
  getNamedType,
  isObjectType,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { StartupError } from '@polku/kit';

/** A subscription field of the supergraph: which subgraph streams it, and the Query field that loads one of its events. */
export interface LiveField {
  subgraph: string;
  /** `Query.<lookup>(id: ID!)` returns the payload type (camel-cased type name). */
  lookup: string;
}

/**
 * Reads each Subscription field's owner from the supergraph (`@join__type` /
 * `@join__field`) and checks the convention the gateway relies on: the
 * payload type has an `id` and a `Query.<payloadType>(id: ID!)` lookup. A
 * supergraph breaking it fails at start, not on the first event.
 */
export function liveFieldsOf(supergraphSdl: string, apiSchema: GraphQLSchema): Map<string, LiveField> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  let subscriptionOwners: { typeGraphs: string[]; fieldGraphs: Map<string, string> } | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((d) => d.name.value === 'join__graph');
        const name = graph?.arguments?.find((a) => a.name.value === 'name')?.value;
        if (name?.kind === Kind.STRING) graphNames.set(value.name.value, name.value);
      }
    }
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Subscription') {
      const graphOf = (directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: { kind: string; value?: string } }[] }[] | undefined, name: string) =>
        (directives ?? []).filter((d) => d.name.value === name).map((d) => d.arguments?.find((a) => a.name.value === 'graph')?.value.value).filter((g): g is string => Boolean(g));
      subscriptionOwners = {
        typeGraphs: graphOf(definition.directives as never, 'join__type'),
        fieldGraphs: new Map((definition.fields ?? []).map((field) => [field.name.value, graphOf(field.directives as never, 'join__field')[0] ?? ''])),
      };
    }
  }
  const live = new Map<string, LiveField>();
  const subscription = apiSchema.getSubscriptionType();
  if (!subscription || !subscriptionOwners) return live;
  for (const field of Object.values(subscription.getFields())) {
    const graph = subscriptionOwners.fieldGraphs.get(field.name) || (subscriptionOwners.typeGraphs.length === 1 ? subscriptionOwners.typeGraphs[0] : undefined);
    const subgraph = graph ? graphNames.get(graph) : undefined;
    if (!subgraph) throw new StartupError(`supergraph: Subscription.${field.name} has no single owning subgraph`);
    const payload = getNamedType(field.type);
    const lookup = payload.name[0]!.toLowerCase() + payload.name.slice(1);
    const lookupField = apiSchema.getQueryType()?.getFields()[lookup];
    if (!isObjectType(payload) || !payload.getFields().id || getNamedType(lookupField?.type ?? payload) !== payload || !lookupField?.args.some((arg) => arg.name === 'id')) {
      throw new StartupError(`supergraph: Subscription.${field.name} returns ${payload.name}, which needs an id field and a Query.${lookup}(id: ID!) lookup`);
    }
    live.set(field.name, { subgraph, lookup });
  }
  return live;
}

/** The two operations a client's subscription becomes at the gateway. */
export interface SplitSubscription {
  /** Response key of the subscription field (its alias or name). */
  responseKey: string;
  /** Sent to the owning subgraph: the same field and arguments, selecting only the event id. */
  upstream: string;
  /** Run per event as a federated query: the same selection on the lookup field, the event id as `eventIdVariable`. */
  perEvent: string;
  eventIdVariable: string;
}

/**
 * Splits a validated subscription operation (one root field, selected
 * directly): the owning subgraph streams event ids, and every event is then
 * fetched with an ordinary federated query of the client's own selection, so
 * fields of every subgraph resolve with the subscriber's token, rules, row
 * level security, limits and error masking exactly as in a query.
 */
export function splitSubscription(document: DocumentNode, operation: OperationDefinitionNode, live: LiveField): SplitSubscription | string {
  const [root, ...others] = operation.selectionSet.selections;
  if (!root || others.length || root.kind !== Kind.FIELD) return 'Select the subscription field directly (not through a fragment).';
  const responseKey = root.alias?.value ?? root.name.value;
  const used = (node: object) => variablesIn(node, document);
  const definitionsOf = (names: Set<string>) => (operation.variableDefinitions ?? []).filter((v) => names.has(v.variable.name.value));
  const upstreamField: FieldNode = { ...root, selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }] } };
  const upstream: OperationDefinitionNode = { ...operation, variableDefinitions: definitionsOf(variablesIn(upstreamField)), selectionSet: { kind: Kind.SELECTION_SET, selections: [upstreamField] } };
  const names = new Set((operation.variableDefinitions ?? []).map((v) => v.variable.name.value));
  let eventIdVariable = 'liveEventId';
  while (names.has(eventIdVariable)) eventIdVariable += '_';
  const lookupField: FieldNode = {
    ...root,
    alias: { kind: Kind.NAME, value: responseKey },
    name: { kind: Kind.NAME, value: live.lookup },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: eventIdVariable } } }],
  };
  const eventIdDefinition: VariableDefinitionNode = {
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: eventIdVariable } },
    type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
  };
  const perEvent: OperationDefinitionNode = {
    ...operation,
    operation: 'query' as OperationDefinitionNode['operation'],
    variableDefinitions: [...definitionsOf(used(lookupField)), eventIdDefinition],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [lookupField] },
  };
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return {
    responseKey,
    upstream: print({ kind: Kind.DOCUMENT, definitions: [upstream] }),
    perEvent: print({ kind: Kind.DOCUMENT, definitions: [perEvent, ...fragments] }),
    eventIdVariable,
  };
}

/** Variables a node uses, following fragment spreads through the document's fragments. */
function variablesIn(node: object, document?: DocumentNode): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (current: object) =>
    visit(current as never, {
      Variable(variable) {
        names.add(variable.name.value);
      },
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (seen.has(name)) return;
        seen.add(name);
        const fragment = document?.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
        if (fragment) walk(fragment);
      },
    });
  walk(node);
  return names;
}
