import { apiError, ErrorCode } from '@polku/kit';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day of years 0001–9999 (PostgreSQL has no year 0; four digits keep string order equal to date order). */
const isDay = (value: string) => datePattern.test(value) && value >= '0001-01-01' && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * Statistics count an enrolment in its project's period: the path starts
 * inside the period (partners owns it; open ends are unbounded) and a planned
 * end is not before the start. Days outside 0001–9999 are the caller's mistake,
 * not an internal error. The database checks the days too (migration 1737).
 */
export function checkEnrolmentDates(
  input: { startedOn: string; plannedEndOn?: string | null },
  period: { startsOn: string | null; endsOn: string | null },
): void {
  if (!isDay(input.startedOn)) throw apiError(ErrorCode.BAD_USER_INPUT, 'startedOn must be a day of the years 0001–9999.', { argument: 'startedOn', reason: 'INVALID_DATE' });
  if (input.plannedEndOn != null && (!isDay(input.plannedEndOn) || input.plannedEndOn < input.startedOn)) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'plannedEndOn must be a day of the years 0001–9999, not before startedOn.', { argument: 'plannedEndOn', reason: 'INVALID_DATE' });
  }
  if ((period.startsOn && input.startedOn < period.startsOn) || (period.endsOn && input.startedOn > period.endsOn)) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `startedOn must lie inside the project's period ${period.startsOn ?? '…'}–${period.endsOn ?? '…'}.`, {
      argument: 'startedOn',
      reason: 'OUTSIDE_PROJECT_PERIOD',
    });
  }
}
