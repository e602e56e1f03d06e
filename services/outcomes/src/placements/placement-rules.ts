import { isDate, today } from '../dates.js';
import { describePeriod, withinPeriod, type ProjectPeriod } from '../references/project-period.js';
import { badInput, cleanText } from '../input-rules.js';
import { isBusinessId } from './business-id.js';
import type { PlacementContactInput } from './placement.type.js';

export function checkHours(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0 || hours > 40) throw badInput('hoursPerWeek must be more than 0 and at most 40.', 'hoursPerWeek');
  return Math.round(hours * 10) / 10;
}

/** Days of a placement: real days, inside the project's period, not before the enrolment started, end ≥ start. */
export function checkPlacementDays(startsOn: string, endsOn: string | null, enrolmentStartedOn: string | null, period: ProjectPeriod) {
  for (const [argument, day] of [['startsOn', startsOn], ['endsOn', endsOn]] as const) {
    if (day === null) continue;
    if (!isDate(day)) throw badInput(`${argument} must be a day of the years 0001–9999.`, argument, 'INVALID_DATE');
    if (!withinPeriod(day, period)) throw badInput(`${argument} must lie inside the project's period ${describePeriod(period)}.`, argument, 'OUTSIDE_PROJECT_PERIOD');
  }
  if (enrolmentStartedOn && startsOn < enrolmentStartedOn) {
    throw badInput(`startsOn may not be before the enrolment started (${enrolmentStartedOn}).`, 'startsOn', 'BEFORE_ENROLMENT');
  }
  if (endsOn !== null && endsOn < startsOn) throw badInput('endsOn may not be before startsOn.', 'endsOn', 'END_BEFORE_START');
}

/** The employer: a unit of the organisation, or an external business ID (with an optional name), never both. */
export function checkEmployer(input: { employerUnitId?: string | null; employerBusinessId?: string | null; employerName?: string | null }) {
  const unitId = input.employerUnitId ?? null;
  const businessId = input.employerBusinessId?.trim() || null;
  const name = cleanText(input.employerName, 200, 'employerName');
  if ((unitId === null) === (businessId === null)) throw badInput('Give either employerUnitId or employerBusinessId.', 'employerUnitId', 'ONE_EMPLOYER');
  if (businessId !== null && !isBusinessId(businessId)) {
    throw badInput('employerBusinessId must be a Finnish business ID with a valid check digit, e.g. 0112038-9.', 'employerBusinessId', 'INVALID_BUSINESS_ID');
  }
  if (unitId !== null && name !== null) throw badInput('employerName is only for an external employer.', 'employerName');
  return { employerUnitId: unitId, employerBusinessId: businessId, employerName: name };
}

/** A workplace contact: a staff member of the organisation or a name, not both; undefined keeps, null clears. */
export function checkContact(contact: PlacementContactInput | null | undefined, argument: string) {
  if (!contact) return { staffId: null, name: null };
  const staffId = contact.staffMemberId ?? null;
  const name = cleanText(contact.name, 120, `${argument}.name`);
  if (staffId !== null && name !== null) throw badInput(`Give ${argument}.staffMemberId or ${argument}.name, not both.`, argument);
  return { staffId, name };
}

/** The first day of the month of `day`; a month that starts after today, or lies outside the placement, is refused. */
export function checkMentoringMonth(day: string, placement: { startsOn: string; endsOn: string | null }): string {
  if (!isDate(day)) throw badInput('month must be a day of the years 0001–9999.', 'month', 'INVALID_DATE');
  const month = `${day.slice(0, 7)}-01`;
  if (month > today()) throw badInput('month may not be in the future.', 'month', 'MONTH_IN_FUTURE');
  const lastDayOfMonth = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
  if (lastDayOfMonth < placement.startsOn || (placement.endsOn !== null && month > placement.endsOn)) {
    throw badInput('month must overlap the placement.', 'month', 'OUTSIDE_PLACEMENT');
  }
  return month;
}

export function checkMentoringHours(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0 || hours > 200) throw badInput('hours must be 0 to 200.', 'hours');
  return Math.round(hours * 10) / 10;
}
