/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check
 * digit. The check digit comes from the weights 7, 9, 10, 5, 8, 4, 2: the
 * weighted sum's remainder mod 11 is the check digit when 0, invalid when 1
 * (such numbers are never issued), otherwise 11 minus the remainder.
 */
const weights = [7, 9, 10, 5, 8, 4, 2];

export function businessIdCheckDigit(sevenDigits: string): number | null {
  const sum = [...sevenDigits].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** Why a business ID is not valid, or null when it is. Old six-digit IDs are written with a leading zero. */
export function businessIdProblem(value: string): string | null {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return 'A business ID (Y-tunnus) is seven digits, a hyphen and a check digit, e.g. 1572860-0.';
  const expected = businessIdCheckDigit(match[1]!);
  if (expected === null) return `No business ID begins ${match[1]}: its check digit would be undefined.`;
  if (expected !== Number(match[2])) return `The check digit of business ID ${value} should be ${expected}.`;
  return null;
}
