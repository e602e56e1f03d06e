import { apiError, ErrorCode } from '@polku/kit';
import { isDate, today } from '../dates.js';
import { describePeriod, withinPeriod, type ProjectPeriod } from '../references/project-period.js';
import type { ExitFacts } from './exit-correction.store.js';

const MAX_FURTHER_DESTINATIONS = 4;

const badInput = (message: string, argument: string, reason?: string) => apiError(ErrorCode.BAD_USER_INPUT, message, { argument, ...(reason ? { reason } : {}) });

/** A job title or field of study as stored: trimmed, empty as null, at most 200 characters, no NUL (Postgres cannot store it). */
export function cleanTitle(title: string | null | undefined): string | null {
  const clean = title?.trim() || null;
  if (clean && clean.length > 200) throw badInput('title is longer than 200 characters.', 'title');
  if (clean?.includes('\u0000')) throw badInput('title may not contain a NUL character.', 'title');
  return clean;
}

/**
 * What statistics need of an exit, whoever records or corrects it: a real day
 * of years 0001–9999, inside the project's period, not before the enrolment
 * started and not in the future (Finnish time); further destinations each once
 * and never the primary one. The database checks the same where it has the
 * facts (migration 1737); the project's period lives in partners.
 */
export function checkExitFacts(exit: ExitFacts, enrolmentStartedOn: string, period: ProjectPeriod): void {
  if (!isDate(exit.exitDate)) throw badInput('exitDate must be a day of the years 0001–9999.', 'exitDate', 'INVALID_DATE');
  if (exit.exitDate > today()) throw badInput('exitDate may not be in the future.', 'exitDate', 'EXIT_IN_FUTURE');
  if (exit.exitDate < enrolmentStartedOn) throw badInput(`exitDate may not be before the enrolment started (${enrolmentStartedOn}).`, 'exitDate', 'EXIT_BEFORE_ENROLMENT');
  if (!withinPeriod(exit.exitDate, period)) {
    throw badInput(`exitDate must lie inside the project's period ${describePeriod(period)}.`, 'exitDate', 'OUTSIDE_PROJECT_PERIOD');
  }
  const further = exit.furtherDestinations;
  if (further.length > MAX_FURTHER_DESTINATIONS) throw badInput(`Give at most ${MAX_FURTHER_DESTINATIONS} further destinations.`, 'furtherDestinations');
  if (new Set(further).size !== further.length) throw badInput('A further destination is listed twice.', 'furtherDestinations');
  if (further.includes(exit.destination)) throw badInput('The primary destination is not also a further destination.', 'furtherDestinations');
}

/** A correction's reason: 3 to 1000 characters, kept in the history for good. */
export function checkReason(reason: string): string {
  const clean = reason.trim();
  if (clean.length < 3 || clean.length > 1000 || clean.includes('\u0000')) throw badInput('Give the reason for the correction (3 to 1000 characters).', 'reason');
  return clean;
}
