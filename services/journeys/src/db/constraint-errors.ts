import { apiError, ErrorCode } from '@polku/kit';

/**
 * Turns a broken database constraint into a typed error for the caller: a
 * duplicate is a CONFLICT, a value outside a CHECK is BAD_USER_INPUT. Other
 * errors pass through (and are masked as internal errors).
 */
export function explainConstraint(error: unknown): never {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  if (code === '23505') throw apiError(ErrorCode.CONFLICT, 'This already exists.', { reason: 'DUPLICATE' });
  // 22021: text Postgres cannot store (a NUL character).
  if (code === '23514' || code === '22007' || code === '22008' || code === '22P02' || code === '22021') throw apiError(ErrorCode.BAD_USER_INPUT, 'A value is outside what is allowed.', { reason: 'INVALID_VALUE' });
  throw error;
}
