import { apiError, ErrorCode } from '@polku/kit';
import { normaliseIdentityCode } from './identity.js';

/**
 * A client's linkage identity as given through the API, checked: the
 * henkilötunnus normalised (BAD_USER_INPUT, reason
 * INVALID_PERSONAL_IDENTITY_CODE, with `problem` FORMAT, DATE or
 * CHECK_CHARACTER), and a birth date given with it must be the code's.
 */
export function checkedIdentity(input: { personalIdentityCode?: string | null; birthDate?: string | null }) {
  const birthDate = input.birthDate ?? null;
  if (input.personalIdentityCode == null || input.personalIdentityCode.trim() === '') return { personalIdentityCode: null, birthDate };
  const checked = normaliseIdentityCode(input.personalIdentityCode);
  if ('problem' in checked) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'personalIdentityCode is not a valid henkilötunnus (DDMMYY, century sign, individual number, check character).', {
      argument: 'personalIdentityCode',
      reason: 'INVALID_PERSONAL_IDENTITY_CODE',
      problem: checked.problem,
    });
  }
  if (birthDate !== null && birthDate !== checked.birthDate) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'birthDate does not agree with the henkilötunnus.', { argument: 'birthDate', reason: 'BIRTH_DATE_MISMATCH' });
  }
  return { personalIdentityCode: checked.code, birthDate };
}
