import { defaultFieldResolver, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { allow, and, deny, not, or, rule } from 'graphql-shield';
import { apiError, ErrorCode } from '../errors.js';
import type { Caller, Role } from './caller.js';

export { allow, and, deny, not, or, rule };

/** What graphql-shield's rule constructors and logic rules (and, or, not, allow, deny) produce. */
export interface ShieldRule {
  resolve(parent: object, args: object, ctx: object, info: GraphQLResolveInfo, options: object): Promise<boolean | string | Error>;
}

interface RuleContext {
  caller: Caller;
  _shield?: { cache: Record<string, unknown> };
}

/** The caller holds at least one of these roles (context only: evaluated once per request). */
export const hasRole = (...roles: Role[]) =>
  rule(`hasRole(${roles.join(',')})`, { cache: 'contextual' })((_parent, _args, ctx: RuleContext) =>
    ctx.caller.roles.some((role) => roles.includes(role)),
  );

/** Any caller with a verified token: the token itself is checked before any resolver runs. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_parent, _args, ctx: RuleContext) => Boolean(ctx.caller));

/**
 * Rules per type and field, e.g. `{ Query: { clients: hasRole('COACH') } }`.
 * Only the fields named here are wrapped: root fields, and the few fields that
 * carry personal data or another organisation's data. Rows inside a permitted
 * entry point are guarded by row level security.
 *
 * An entity's `__resolveReference` (how `_entities` reaches it) is an entry
 * point too, named like a field: `{ Client: { __resolveReference: staff } }`.
 * An entity without that rule is refused to everyone (deny by default).
 */
export type EntryPointRules = Record<string, Record<string, ShieldRule>>;

const shieldOptions = {
  debug: false,
  allowExternalErrors: true,
  fallbackRule: deny,
  hashFunction: ({ parent, args }: { parent: unknown; args: unknown }) => JSON.stringify([parent, args]),
};

/**
 * Wraps the named fields' resolvers with their rules (graphql-shield's rule
 * language, without shield's whole-schema middleware, which wraps every field
 * of every type and costs ~7x on large lists; see STACK.md). A rule that is
 * neither true nor an error refuses with FORBIDDEN. A context-only rule that
 * has passed once answers synchronously for the rest of the request.
 */
export function applyEntryPointRules(schema: GraphQLSchema, rules: EntryPointRules): GraphQLSchema {
  for (const type of entityTypes(schema)) {
    const subgraph = referenceExtension(type);
    const resolveReference = subgraph.resolveReference ?? ((reference: unknown) => reference);
    const entityRule = rules[type.name]?.[REFERENCE];
    subgraph.resolveReference = guardReference(type.name, entityRule ?? deny, resolveReference);
  }
  for (const [typeName, fieldRules] of Object.entries(rules)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`rules name unknown type ${typeName}`);
    const fields = type.getFields();
    for (const [fieldName, fieldRule] of Object.entries(fieldRules)) {
      if (fieldName === REFERENCE) {
        if (!entityTypes(schema).includes(type)) throw new Error(`rules give ${typeName}.${REFERENCE} but ${typeName} is no entity`);
        continue;
      }
      const field = fields[fieldName];
      if (!field) throw new Error(`rules name unknown field ${typeName}.${fieldName}`);
      field.resolve = guard(fieldRule, field.resolve ?? defaultFieldResolver);
      // A subscription is asked before its stream opens, and again as each event resolves.
      if (type === schema.getSubscriptionType() && field.subscribe) field.subscribe = guard(fieldRule, field.subscribe);
    }
  }
  return schema;
}

const passedContextRules = new WeakMap<object, Set<ShieldRule>>();

/** The pseudo-field naming an entity's reference resolution in EntryPointRules. */
const REFERENCE = '__resolveReference';

/** The subgraph's entity types: the members of federation's `_Entity` union. */
function entityTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const union = schema.getType('_Entity');
  return union && 'getTypes' in union ? [...(union as { getTypes(): readonly GraphQLObjectType[] }).getTypes()] : [];
}

type ResolveReference = (reference: object, ctx: RuleContext, info: GraphQLResolveInfo) => unknown;

/** Where @apollo/subgraph keeps an entity's `__resolveReference`. */
function referenceExtension(type: GraphQLObjectType): { resolveReference?: ResolveReference } {
  const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ResolveReference } } };
  if (extensions.apollo?.subgraph) return extensions.apollo.subgraph;
  // An entity without a reference resolver: @apollo/subgraph would answer the representation itself.
  const subgraph = {};
  type.extensions = { ...type.extensions, apollo: { ...extensions.apollo, subgraph } };
  return subgraph;
}

/**
 * `_entities` asks the entity's rule before resolving a representation; a
 * refusal is FORBIDDEN at that representation, as at any other entry point.
 * Row level security still decides which rows exist for the caller.
 */
function guardReference(typeName: string, entityRule: ShieldRule, resolve: ResolveReference): ResolveReference {
  const contextOnly = (entityRule as { cache?: string }).cache === 'contextual';
  return async (reference, ctx, info) => {
    if (!(contextOnly && passedContextRules.get(ctx)?.has(entityRule))) {
      ctx._shield ??= { cache: {} };
      const result = await entityRule.resolve(reference, {}, ctx, info, shieldOptions);
      if (result instanceof Error) throw result;
      if (result !== true) throw apiError(ErrorCode.FORBIDDEN, `You are not allowed to read ${typeName} entities.`);
      if (contextOnly) passedContextRules.set(ctx, (passedContextRules.get(ctx) ?? new Set()).add(entityRule));
    }
    return resolve(reference, ctx, info);
  };
}

function guard(fieldRule: ShieldRule, resolve: GraphQLFieldResolver<unknown, RuleContext>): GraphQLFieldResolver<unknown, RuleContext> {
  const contextOnly = (fieldRule as { cache?: string }).cache === 'contextual';
  return (parent, args, ctx, info) => {
    if (contextOnly && passedContextRules.get(ctx)?.has(fieldRule)) return resolve(parent, args, ctx, info);
    ctx._shield ??= { cache: {} };
    return fieldRule.resolve(parent as object, args, ctx, info, shieldOptions).then((result) => {
      if (result === true) {
        if (contextOnly) {
          const passed = passedContextRules.get(ctx) ?? new Set();
          passed.add(fieldRule);
          passedContextRules.set(ctx, passed);
        }
        return resolve(parent, args, ctx, info);
      }
      if (result instanceof Error) throw result;
      throw apiError(ErrorCode.FORBIDDEN, typeof result === 'string' ? result : 'You are not allowed to do this.');
    });
  };
}

/**
 * Entry points that have no rule: every Query, Mutation and Subscription field (federation's
 * `_entities` and `_service` included), every entity's `__resolveReference`
 * and every field marked sensitive with `@Extensions({ sensitive: true })`.
 * A test per subgraph expects none.
 */
export function entryPointsWithoutRules(schema: GraphQLSchema, rules: EntryPointRules): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const isRoot = type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
    for (const field of Object.values(type.getFields())) {
      const sensitive = Boolean((field.extensions as { sensitive?: boolean }).sensitive);
      if ((isRoot || sensitive) && !rules[type.name]?.[field.name]) missing.push(`${type.name}.${field.name}`);
    }
  }
  for (const type of entityTypes(schema)) if (!rules[type.name]?.[REFERENCE]) missing.push(`${type.name}.${REFERENCE}`);
  return missing;
}
