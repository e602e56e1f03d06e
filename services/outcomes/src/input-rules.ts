import { apiError, ErrorCode } from '@polku/kit';

/** A BAD_USER_INPUT error naming the argument and, where a client may switch on it, a stable reason. */
export const badInput = (message: string, argument: string, reason?: string) => apiError(ErrorCode.BAD_USER_INPUT, message, { argument, ...(reason ? { reason } : {}) });

/** Free text as stored: trimmed, empty as null, length-bounded, no NUL. */
export function cleanText(value: string | null | undefined, max: number, argument: string): string | null {
  const clean = value?.trim() || null;
  if (clean && (clean.length > max || clean.includes('\u0000'))) throw badInput(`${argument} must be 1 to ${max} characters.`, argument);
  return clean;
}
