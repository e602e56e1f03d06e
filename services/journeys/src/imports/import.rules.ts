import { problemOf, type ImportProblem } from '@polku/kit';
import { checkEnrolmentDates } from '../enrolments/enrolment-dates.js';
import { Phase } from '../vocabulary/phase.js';

/**
 * The rules of each imported row, as pure functions: the import mutations
 * apply them to every row, and the import command's dry run applies the same
 * functions before anything is sent, so both report the same words.
 */

/** What createClient requires of a client, and what the database checks of its personal data (migration 1732…0001). */
export function clientRowProblems(row: { code: string; fullName?: string | null; birthYear?: number | null; municipality?: string | null; contact?: string | null }): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!/^[A-Z0-9][A-Z0-9-]{2,31}$/.test(row.code)) problems.push({ column: 'code', message: 'code must be 3 to 32 capitals, digits or dashes, e.g. "SOT-0042".' });
  if (row.fullName != null && (row.fullName.length < 1 || row.fullName.length > 200)) problems.push({ column: 'fullName', message: 'fullName must be 1 to 200 characters.' });
  if (row.birthYear != null && (row.birthYear < 1900 || row.birthYear > 2100)) problems.push({ column: 'birthYear', message: 'birthYear must lie between 1900 and 2100.' });
  if (row.municipality != null && row.municipality.length > 100) problems.push({ column: 'municipality', message: 'municipality is longer than 100 characters.' });
  if (row.contact != null && row.contact.length > 500) problems.push({ column: 'contact', message: 'contact is longer than 500 characters.' });
  if (row.fullName == null && (row.birthYear != null || row.municipality != null || row.contact != null)) {
    problems.push({ column: 'fullName', message: 'fullName is needed when other personal data is given.' });
  }
  return problems;
}

export interface ImportProjectFacts {
  startsOn: string | null;
  endsOn: string | null;
  /** Whether the importing organisation takes part in the project. */
  takesPart: boolean;
}

/** What enrolClient requires: a project the organisation takes part in, a start inside its period, a planned end not before the start. */
export function enrolmentRowProblems(row: { startedOn: string; plannedEndOn?: string | null }, project: ImportProjectFacts | null): ImportProblem[] {
  if (!project) return [{ column: 'project', message: 'No such project.' }];
  if (!project.takesPart) return [{ column: 'project', message: 'Your organisation does not take part in this project.' }];
  try {
    checkEnrolmentDates(row, project);
    return [];
  } catch (error) {
    return [problemOf(error, 'startedOn')];
  }
}

/**
 * What recordCoachingSession requires, for history: 1 to 600 minutes, notes
 * up to 10,000 characters, not before the path started; on a path that has
 * ended, only a session held before it ended (nothing new is recorded on a
 * closed path, but its past is).
 */
export function sessionRowProblems(
  row: { heldOn: string; minutes: number; notes?: string | null },
  enrolment: { startedOn: string; phase: string; phaseChangedOn: string } | null,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!Number.isInteger(row.minutes) || row.minutes < 1 || row.minutes > 600) problems.push({ column: 'minutes', message: 'minutes must be a whole number from 1 to 600.' });
  if (row.notes != null && row.notes.length > 10000) problems.push({ column: 'notes', message: 'notes is longer than 10000 characters.' });
  if (enrolment) {
    if (row.heldOn < enrolment.startedOn) problems.push({ column: 'heldOn', message: `heldOn may not be before the enrolment started (${enrolment.startedOn}).` });
    else if (enrolment.phase === Phase.EXITED && row.heldOn > enrolment.phaseChangedOn) {
      problems.push({ column: 'heldOn', message: `The path ended on ${enrolment.phaseChangedOn}; a session after that cannot be recorded.` });
    }
  }
  return problems;
}
