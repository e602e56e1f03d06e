import { apiError, ErrorCode, isUuid, type OrgScope } from '@polku/kit';
import type { EntityManager } from 'typeorm';

/** A BAD_USER_INPUT error naming the field at fault. */
export const badInput = (argument: string, message: string) => apiError(ErrorCode.BAD_USER_INPUT, message, { argument });

export const notFound = (what: string) => apiError(ErrorCode.NOT_FOUND, `No such ${what}.`);

export function checkSlug(argument: string, slug: string) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) {
    throw badInput(argument, 'A slug is lower-case letters and digits in groups joined by single hyphens, e.g. "uusi-askel".');
  }
}

export function checkText(argument: string, value: string | null | undefined, max = 200) {
  if (value === null || value === undefined) return;
  if (value.trim().length === 0 || value.length > max) throw badInput(argument, `${argument} must be 1 to ${max} characters.`);
}

export function checkEmail(argument: string, value: string | null | undefined) {
  if (value && !/^[^@\s]+@[^@\s]+$/.test(value)) throw badInput(argument, `${argument} is not an e-mail address.`);
}

export function checkPostalCode(argument: string, value: string | null | undefined) {
  if (value && !/^[0-9]{5}$/.test(value)) throw badInput(argument, 'A Finnish postal code is five digits.');
}

/**
 * Runs a write in the caller's scope; constraint violations the checks above
 * did not foresee become typed errors instead of internal ones (the
 * transaction is rolled back either way).
 */
export async function write<T>(db: OrgScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await db.run(work);
  } catch (error) {
    const code = (error as { code?: string }).code;
    // No constraint name in the answer: it names tables and columns (docs/authorization.md, "Errors").
    if (code === '23505') throw apiError(ErrorCode.CONFLICT, 'This already exists.', { reason: 'DUPLICATE' });
    // 22021: text Postgres cannot store (a NUL character).
    if (code === '23514' || code === '22P02' || code === '22007' || code === '22008' || code === '22021') throw apiError(ErrorCode.BAD_USER_INPUT, 'A value is not valid.');
    if (code === '23503') throw apiError(ErrorCode.BAD_USER_INPUT, 'A referenced item does not exist.');
    if (code === '42501') throw apiError(ErrorCode.FORBIDDEN, 'You are not allowed to do this.');
    throw error;
  }
}

/** Ids in filters must look like ids: a malformed one is the caller's mistake, not a database error. */
export function checkIds<Values extends object>(values: Values | null | undefined, names: (keyof Values & string)[]) {
  for (const name of names) {
    const value = values?.[name];
    if (value !== null && value !== undefined && !isUuid(value)) throw badInput(`filter.${name}`, `${name} is not an id.`);
  }
}
