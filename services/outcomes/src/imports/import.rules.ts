import { problemOf, type ImportProblem } from '@polku/kit';
import { today, isDate } from '../dates.js';
import { checkExitFacts, cleanTitle } from '../exits/exit-rules.js';
import type { ExitDestination } from '../exits/exit-destination.js';
import { durationOfInterval, intervalOfDuration } from '../follow-ups/follow-up-schedule.js';
import type { ProjectPeriod } from '../references/project-period.js';

/**
 * The rules of each imported row, as pure functions shared by the import
 * mutations and the import command's dry run (same words in both).
 */

/** What recordExit requires: checkExitFacts and a clean title. */
export function exitRowProblems(
  row: { exitDate: string; destination: ExitDestination; furtherDestinations?: ExitDestination[] | null; title?: string | null; sector?: string | null; qualificationGained?: boolean | null },
  enrolmentStartedOn: string,
  period: ProjectPeriod,
): ImportProblem[] {
  try {
    cleanTitle(row.title);
    checkExitFacts(
      { exitDate: row.exitDate, destination: row.destination, furtherDestinations: row.furtherDestinations ?? [], title: null, sector: null, qualificationGained: false },
      enrolmentStartedOn,
      period,
    );
    return [];
  } catch (error) {
    return [problemOf(error, 'exitDate')];
  }
}

/** The follow-up's offset as the schedule writes it ("P4W", "P3M"), or a problem. */
export function followUpOffset(after: string): string | ImportProblem {
  try {
    return durationOfInterval(intervalOfDuration(after));
  } catch (error) {
    return { ...problemOf(error, 'after'), column: 'after' };
  }
}

/** What completeFollowUp requires: a completion day between the exit and today; and an offset the schedule knows. */
export function followUpRowProblems(row: { after: string; completedOn: string }, exitDate: string | null): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const offset = followUpOffset(row.after);
  if (typeof offset !== 'string') problems.push(offset);
  if (!isDate(row.completedOn) || row.completedOn > today() || (exitDate && row.completedOn < exitDate)) {
    problems.push({ column: 'completedOn', message: 'completedOn must lie between the exit and today.' });
  }
  return problems;
}
