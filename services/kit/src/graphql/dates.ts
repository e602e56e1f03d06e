import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * The platform's dates: years 0001–9999 only, in every service. PostgreSQL
 * refuses year 0 and JavaScript prints years past 9999 as "+010000-…", which
 * breaks every comparison of ISO strings (a period loop once ran 3.3 million
 * buckets on "9999-12-31"). One check here keeps such values out of every
 * resolver: the subgraph builder installs these scalars for `LocalDate` and
 * `DateTime` whichever resolver class a type names.
 */
export const FIRST_DATE = '0001-01-01';
export const LAST_DATE = '9999-12-31';

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written YYYY-MM-DD in years 0001–9999 (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !localDatePattern.test(value) || value < FIRST_DATE) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** An RFC 3339 date-time whose UTC day falls in years 0001–9999. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i.test(value)) return false;
  if (!isIsoDate(value.slice(0, 10))) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && isIsoDate(new Date(time).toISOString().slice(0, 10));
}

const rangeMessage = `a date in years 0001–9999 (${FIRST_DATE} to ${LAST_DATE})`;

/** A value the platform's date scalars refuse: the caller's input error, also when written inline. */
export class DateInputError extends GraphQLError {}

function refuse(name: string, value: unknown, node?: ValueNode): never {
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
  throw new DateInputError(`${name} must be ${name === 'LocalDate' ? 'YYYY-MM-DD' : 'an RFC 3339 date-time'}, ${rangeMessage}; got ${shown}.`, {
    nodes: node,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

const literalOf = (name: string, node: ValueNode) => (node.kind === Kind.STRING ? node.value : refuse(name, node.kind, node));

/** `LocalDate`: a day without time zone, YYYY-MM-DD, years 0001–9999. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  // The description stays graphql-scalars' so the committed SDL does not change; README documents the range.
  description: LocalDateResolver.description,
  serialize: (value) => (isIsoDate(value) ? value : refuse('LocalDate', value)),
  parseValue: (value) => (isIsoDate(value) ? value : refuse('LocalDate', value)),
  parseLiteral: (node) => {
    const value = literalOf('LocalDate', node);
    return isIsoDate(value) ? value : refuse('LocalDate', value, node);
  },
  extensions: LocalDateResolver.extensions,
});

/** `DateTime`: graphql-scalars' RFC 3339 date-time (a JS Date inside), years 0001–9999 on input. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: DateTimeResolver.description,
  serialize: (value) => DateTimeResolver.serialize(value),
  parseValue: (value) => (isIsoDateTime(value) ? DateTimeResolver.parseValue(value) : refuse('DateTime', value)),
  parseLiteral: (node) => {
    const value = literalOf('DateTime', node);
    return isIsoDateTime(value) ? DateTimeResolver.parseValue(value) : refuse('DateTime', value, node);
  },
  extensions: DateTimeResolver.extensions,
});

/** The bounded scalars by name, for the subgraph builder. */
export const platformScalars: Record<string, GraphQLScalarType> = { LocalDate: LocalDateScalar, DateTime: DateTimeScalar };
