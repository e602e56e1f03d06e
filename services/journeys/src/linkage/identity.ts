/**
 * The identity a linkage key is computed from (docs/linkage.md): a Finnish
 * personal identity code (henkilötunnus), or, for a person without one, the
 * full name with the birth date.
 */

/** Century signs (Population Information Act amendment of 1 Jan 2023 added Y, X, W, V, U and B–F). */
const centuryOf: Record<string, number> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};
const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Why a personal identity code was refused. */
export type IdentityCodeProblem = 'FORMAT' | 'DATE' | 'CHECK_CHARACTER';

/**
 * A henkilötunnus normalised (trimmed, upper case), or the reason it is not
 * one: DDMMYY, a century sign, a three-digit individual number (002–999) and
 * the check character of the nine digits modulo 31. The century sign is kept
 * as given: since 2023, two people may share the digits and differ by it.
 */
export function normaliseIdentityCode(raw: string): { code: string; birthDate: string } | { problem: IdentityCodeProblem } {
  const code = raw.trim().toUpperCase();
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code);
  if (!match) return { problem: 'FORMAT' };
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
  if (Number(individual) < 2) return { problem: 'FORMAT' };
  const year = centuryOf[sign]! + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return { problem: 'DATE' };
  if (checkCharacters[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) return { problem: 'CHECK_CHARACTER' };
  return { code, birthDate: date.toISOString().slice(0, 10) };
}

/** A name as people write it differently: Unicode NFC, lower case, single spaces, no spaces around hyphens. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').trim();
}

export interface RecordedIdentity {
  personalIdentityCode: string | null;
  birthDate: string | null;
  fullName: string | null;
}

/**
 * The normalised identity a key is made of, or null when there is none: the
 * code when recorded; otherwise name and birth date, both needed.
 */
export function linkageIdentity(identity: RecordedIdentity): string | null {
  if (identity.personalIdentityCode) return `hetu:${identity.personalIdentityCode}`;
  if (identity.birthDate && identity.fullName && normaliseName(identity.fullName)) return `name:${normaliseName(identity.fullName)}|${identity.birthDate}`;
  return null;
}
