import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values clients can switch on. Messages may
 * change wording; codes never do.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatusOf: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
};

/** A GraphQL error meant for the caller: its message is safe to show. */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = httpStatusOf[code];
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

/**
 * A failure to start (bad configuration, unreachable database, port in use).
 * `runMain` prints its message as one line and exits non-zero.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Translates well-known system errors into a one-line explanation. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof AggregateError && error.errors.length > 0) return describeStartupFailure(error.errors[0]);
  const e = error as NodeJS.ErrnoException & { address?: string; port?: number };
  switch (e?.code) {
    case 'EADDRINUSE':
      return `port ${e.port ?? ''} is already in use; stop the other process or set another port`;
    case 'ECONNREFUSED':
      return `cannot reach PostgreSQL at ${e.address ?? ''}:${e.port ?? ''} (connection refused); check DATABASE_URL`;
    case 'ENOTFOUND':
      return `cannot resolve database host ${(e as { hostname?: string }).hostname ?? ''}; check DATABASE_URL`;
    case '28P01':
      return `PostgreSQL rejected the password: ${e.message}`;
    case '3D000':
      return `PostgreSQL database does not exist: ${e.message}`;
    default:
      return e instanceof Error ? e.message : String(error);
  }
}

/**
 * Runs a command's main function; a failure prints one line naming the problem
 * (full stack only with DEBUG=1) and exits with status 1.
 */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    console.error(`error: ${describeStartupFailure(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  });
}
