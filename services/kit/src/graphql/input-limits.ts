import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { apiError, ErrorCode } from '../errors.js';
import { MAX_PAGE_SIZE } from './connection.js';

/** The most items any list argument or list input field takes (goals, participants, scores, ...). */
export const MAX_LIST_INPUT = 100;

/**
 * Every Query and Mutation field refuses a list input longer than
 * MAX_LIST_INPUT, at any depth of its input objects, and a `first` above
 * MAX_PAGE_SIZE, with BAD_USER_INPUT before its resolver runs: one request
 * must not hold a connection for minutes inserting 110,000 goals. Federation's
 * `_entities` is left to the gateway, which sends a whole batch of
 * representations at once.
 */
export function applyInputLimits(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.name.startsWith('_') || !field.args.some((arg) => hasListOrFirst(arg))) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, ctx, info) => {
        for (const arg of field.args) checkValue(args[arg.name], arg.type, arg.name, arg.name === 'first');
        return resolve(parent, args, ctx, info);
      };
    }
  }
  return schema;
}

function hasListOrFirst(arg: GraphQLArgument): boolean {
  return arg.name === 'first' || containsList(arg.type, new Set());
}

function containsList(type: GraphQLInputType, seen: Set<string>): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return true;
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => containsList(field.type, seen));
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, isFirst = false) {
  if (value === null || value === undefined) return;
  if (isFirst && typeof value === 'number' && value > MAX_PAGE_SIZE) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE_SIZE}.`, { argument: 'first', reason: 'TOO_MANY_ITEMS' });
  }
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    if (value.length > MAX_LIST_INPUT) {
      throw apiError(ErrorCode.BAD_USER_INPUT, `${path} takes at most ${MAX_LIST_INPUT} items; it has ${value.length}.`, { argument: path, reason: 'TOO_MANY_ITEMS' });
    }
    for (const item of value) checkValue(item, inner.ofType, path);
  } else if (isInputObjectType(inner) && typeof value === 'object') {
    for (const field of Object.values(inner.getFields())) checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
  }
}

/**
 * The first list in a request's variables longer than MAX_LIST_INPUT, as a
 * path (`input.goals`), or null. No argument takes such a list, so the
 * gateway refuses it before planning instead of sending it to a subgraph.
 */
export function oversizedListIn(value: unknown, path = ''): { path: string; length: number } | null {
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_INPUT) return { path, length: value.length };
    for (const item of value) {
      const found = oversizedListIn(item, path);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = oversizedListIn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
