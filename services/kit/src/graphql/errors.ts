import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';
import { DateInputError } from './dates.js';

/**
 * PostgreSQL's data exceptions that a caller's value causes (SQLSTATE class
 * 22): bad or out-of-range dates and times, numbers, text representations.
 * Checks at the edges (kit's date scalars, cursor checks) should catch these
 * first; this is the net under them.
 */
const callerInputStates = new Set([
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22009', // invalid_time_zone_displacement_value
  '22003', // numeric_value_out_of_range
  '22001', // string_data_right_truncation
  '22P02', // invalid_text_representation (a malformed uuid, number or enum)
  '22021', // character_not_in_repertoire
  '22025', // invalid_escape_sequence
  '2201B', // invalid_regular_expression
  '22019', // invalid_escape_character
]);

/** Connection exceptions (08...), an administrator's shutdown or a starting server (57P01..57P03), or no connection at all. */
function databaseUnavailable(error: unknown, sqlState: string | undefined): boolean {
  if (sqlState && (sqlState.startsWith('08') || ['57P01', '57P02', '57P03'].includes(sqlState))) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(String((error as { code?: unknown } | null)?.code))) return true;
  // TypeORM's answer when the connection of a transaction died under it.
  if (error instanceof Error && /^QueryRunner(Provider)?AlreadyReleased/.test(error.name)) return true;
  const message = error instanceof Error ? error.message : '';
  return /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(message);
}

/** Whether a validation error was caused by the date scalars refusing a literal. */
function causedByDateInput(error: unknown): boolean {
  let cause = (error as { originalError?: unknown } | null)?.originalError;
  for (let depth = 0; cause && depth < 3; depth++) {
    if (cause instanceof DateInputError) return true;
    cause = (cause as { originalError?: unknown }).originalError;
  }
  return false;
}

/** The SQLSTATE of a pg error, also when TypeORM wrapped it (QueryFailedError copies it, driverError keeps it). */
export function sqlStateOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Unexpected errors (a bug, a database failure) are logged in full and reach
 * the caller only as a generic INTERNAL_SERVER_ERROR: their messages may hold
 * SQL, values of another organisation or stack details.
 */
export function maskUnexpectedErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      // A literal the platform's scalars refuse (a date in year 0) fails validation; it is the same input error as in a variable.
      if (code === 'GRAPHQL_VALIDATION_FAILED' && causedByDateInput(error)) extensions.code = 'BAD_USER_INPUT';
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    const sqlState = sqlStateOf(original);
    if (sqlState && callerInputStates.has(sqlState)) {
      // The transaction has rolled back; the value was the caller's, so the answer is theirs to fix. The detail stays in the log.
      logger.debug('database refused a value', { path: formatted.path, sqlState, error: original instanceof Error ? original.message : undefined });
      return { message: 'A value is malformed or out of range (dates: YYYY-MM-DD in years 0001–9999).', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (databaseUnavailable(original, sqlState)) {
      // PostgreSQL restarting or unreachable: the pool reconnects by itself; the caller may simply try again.
      logger.warn('database unavailable', { path: formatted.path, sqlState, error: original instanceof Error ? original.message : undefined });
      return { message: 'The database is unavailable for a moment; try again shortly.', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    logger.error('unexpected error', {
      path: formatted.path,
      // At the gateway the original may be a subgraph's formatted error: a plain object.
      error: original instanceof Error ? original.message : JSON.stringify(original),
      stack: original instanceof Error ? original.stack : undefined,
    });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
