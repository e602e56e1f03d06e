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
  for (const [typeName, fieldRules] of Object.entries(rules)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`rules name unknown type ${typeName}`);
    const fields = type.getFields();
    for (const [fieldName, fieldRule] of Object.entries(fieldRules)) {
      const field = fields[fieldName];
      if (!field) throw new Error(`rules name unknown field ${typeName}.${fieldName}`);
      field.resolve = guard(fieldRule, field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

const passedContextRules = new WeakMap<object, Set<ShieldRule>>();

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
 * Entry points that have no rule: every Query and Mutation field (federation's
 * `_entities` and `_service` included) and every field marked sensitive with
 * `@Extensions({ sensitive: true })`. A test per subgraph expects none.
 */
export function entryPointsWithoutRules(schema: GraphQLSchema, rules: EntryPointRules): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      const sensitive = Boolean((field.extensions as { sensitive?: boolean }).sensitive);
      if ((isRoot || sensitive) && !rules[type.name]?.[field.name]) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}
