/**
 * A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
 * The check digit is 11 − (Σ digitᵢ·weightᵢ mod 11) with weights 7 9 10 5 8 4 2,
 * 0 when the remainder is 0; a remainder of 1 gives no valid ID.
 */
const weights = [7, 9, 10, 5, 8, 4, 2];

export function isBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const remainder = [...match[1]!].reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 11;
  if (remainder === 1) return false;
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder);
}
