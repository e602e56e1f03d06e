import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { applyEntryPointRules, isAuthenticated, type EntryPointRules } from '../auth/rules.js';
import { applyInputLimits } from './input-limits.js';
import { platformScalars } from './dates.js';

const noTopics = {
  publish() {
    throw new Error('subscriptions here read PostgreSQL notifications; nothing is published in process');
  },
  subscribe(): never {
    throw new Error('a subscription must name its own subscribe function');
  },
};

/** Federation 2 directives the subgraphs may use. */
const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/**
 * `_service` serves the SDL; `_entities` is allowed here because each
 * entity's reference resolver checks access itself (row level security via
 * OrgScope): graphql-shield never wraps `__resolveReference`.
 */
const federationEntryPoints = { _service: isAuthenticated, _entities: isAuthenticated };

/** `__resolveReference` per entity type name. */
export type ReferenceResolvers = Record<string, (reference: any, context: any, info: any) => unknown>;

export interface SubgraphDefinition {
  resolvers: NonEmptyArray<Function>;
  /** Authorization of every Query and Mutation field and every sensitive field (see auth/rules.ts). */
  rules: EntryPointRules;
  /** Types reachable only through federation (entity stubs of other subgraphs). */
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

export interface BuiltSubgraph {
  schema: GraphQLSchema;
  /** The rules applied, federation's entry points included. */
  rules: EntryPointRules;
  /** The subgraph SDL as composition sees it (committed under schema/). */
  sdl: string;
}

/**
 * Builds a Federation 2 subgraph from type-graphql classes: type-graphql has no
 * federation helper, so we print its schema with directives, add the
 * federation @link and let @apollo/subgraph add `_entities` and `_service`.
 */
export async function buildSubgraph(definition: SubgraphDefinition): Promise<BuiltSubgraph> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    // Federation directives are not declared in type-graphql's schema.
    skipCheck: true,
    // Subscriptions name their own `subscribe` (events come from PostgreSQL LISTEN/NOTIFY, see db/notifications.ts);
    // type-graphql insists on a pub/sub all the same, and this one refuses topics.
    pubSub: noTopics,
    validate: false,
  });
  const sdl = `${federationLink}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, object>;
  // Every service's dates go through the kit's bounded scalars (years 0001–9999), whatever resolver a type names.
  for (const [name, scalar] of Object.entries(platformScalars)) if (resolvers[name]) resolvers[name] = scalar;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never });
  const rules = { ...definition.rules, Query: { ...federationEntryPoints, ...definition.rules.Query } };
  // Rules first, then the input limits, then the resolver.
  return { schema: applyEntryPointRules(applyInputLimits(schema), rules), sdl, rules };
}
