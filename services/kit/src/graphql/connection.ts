import 'reflect-metadata';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { isUuid } from '../db/loaders.js';
import { apiError, ErrorCode } from '../errors.js';
import { isIsoDate } from './dates.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a cursor connection sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (a previous page\'s `pageInfo.endCursor`).' })
  after?: string | null;
}

export interface Page<Node> {
  nodes: Node[];
  edges: Array<{ node: Node; cursor: string }>;
  pageInfo: PageInfo;
}

/**
 * A Relay-style connection type for one node type. Cursors are opaque: the
 * sort key and id of the row, so pages stay stable while rows are added.
 */
export function Connection<Node extends object>(NodeType: ClassType<Node>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => NodeType, { description: `The ${name}.` })
    node: Node;

    @Field({ description: 'Opaque position of this item; pass it as `after` to continue from here.' })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges: Edge[];

    @Field(() => [NodeType], { description: 'The items of this page.' })
    nodes: Node[];

    @Field(() => PageInfo, { description: 'Whether more items follow.' })
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

/** Checked page size: 1..MAX_PAGE_SIZE, or BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE_SIZE}.`, { argument: 'first' });
  }
  return first;
}

export function encodeCursor(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** What a cursor position holds, checked before it reaches SQL (a bad one is BAD_USER_INPUT, never a database error). */
export type CursorPart = 'text' | 'uuid' | 'date' | 'timestamp' | 'serial';

/** A timestamp as PostgreSQL prints it (`2026-01-31 09:15:00.123456+00`) or in RFC 3339, in years 0001–9999. */
function isTimestampText(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/.exec(value);
  return !!match && isIsoDate(match[1]) && Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) < 60;
}

const partIsValid: Record<CursorPart, (value: string) => boolean> = {
  text: (value) => !value.includes('\u0000'),
  uuid: isUuid,
  // The platform's date range (years 0001–9999) and exact calendar days only: PostgreSQL never sees a bad one.
  date: isIsoDate,
  timestamp: isTimestampText,
  serial: (value) => /^\d{1,18}$/.test(value),
};

/**
 * The position a cursor stands for, as strings, one per part (e.g. a sort
 * date and an id: ['date', 'uuid']); BAD_USER_INPUT when it is not a cursor
 * of this shape.
 */
export function decodeCursor(cursor: string | null | undefined, parts: readonly CursorPart[]): string[] | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    position = undefined;
  }
  if (Array.isArray(position) && position.length === parts.length) {
    const values = position.map((value) => (typeof value === 'number' ? String(value) : value));
    if (values.every((value, i) => typeof value === 'string' && partIsValid[parts[i]!](value))) return values as string[];
  }
  throw apiError(ErrorCode.BAD_USER_INPUT, 'after is not a valid cursor.', { argument: 'after' });
}

/**
 * Builds a page from rows fetched with `limit = size + 1` (the extra row only
 * tells whether another page follows).
 */
export function toPage<Node>(rows: Node[], size: number, positionOf: (node: Node) => (string | number)[]): Page<Node> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return { nodes, edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
