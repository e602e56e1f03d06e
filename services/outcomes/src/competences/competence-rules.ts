import { isDate, today } from '../dates.js';
import { badInput, cleanText } from '../input-rules.js';
import { describePeriod, withinPeriod, type ProjectPeriod } from '../references/project-period.js';

/** A day something was earned: a real day, not in the future, inside the project's period, not before the enrolment started. */
export function checkEarnedOn(day: string, argument: string, enrolmentStartedOn: string, period: ProjectPeriod) {
  if (!isDate(day)) throw badInput(`${argument} must be a day of the years 0001–9999.`, argument, 'INVALID_DATE');
  if (day > today()) throw badInput(`${argument} may not be in the future.`, argument, 'IN_FUTURE');
  if (!withinPeriod(day, period)) throw badInput(`${argument} must lie inside the project's period ${describePeriod(period)}.`, argument, 'OUTSIDE_PROJECT_PERIOD');
  if (day < enrolmentStartedOn) throw badInput(`${argument} may not be before the enrolment started (${enrolmentStartedOn}).`, argument, 'BEFORE_ENROLMENT');
}

export function checkBadgeCode(code: string): string {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(code)) throw badInput('code must be 1–40 letters, digits, _ or -.', 'code');
  return code;
}

export function checkUnitCodes(unitCode: string, qualificationCode: string) {
  if (!/^[0-9]{1,9}$/.test(unitCode)) throw badInput('unitCode must be 1–9 digits (the ePerusteet code of the qualification unit).', 'unitCode', 'INVALID_CODE');
  if (!/^[0-9]{6}$/.test(qualificationCode)) throw badInput('qualificationCode must be six digits.', 'qualificationCode', 'INVALID_CODE');
}
