import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';

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
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    logger.error('unexpected error', {
      path: formatted.path,
      // At the gateway the original may be a subgraph's formatted error: a plain object.
      error: original instanceof Error ? original.message : JSON.stringify(original),
      stack: original instanceof Error ? original.stack : undefined,
    });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
