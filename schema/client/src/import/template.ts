import { educationLevels, employerSectors, exitDestinations, obstacles, phases, sessionKinds } from './vocabulary.js';

/**
 * The import template: one definition of every sheet and column, from which
 * the command and the web app's import page parse files, the template files are written
 * (`npm run import -- --template <dir>`) and docs/import.md's tables are
 * made (a test keeps them equal).
 */
export type ColumnType =
  | { kind: 'text'; max?: number }
  | { kind: 'integer' }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'enumList'; values: readonly string[] }
  | { kind: 'list' }
  /** A source key of a row of another sheet (in this file or imported before). */
  | { kind: 'reference'; sheet: SheetName };

export interface Column {
  name: string;
  type: ColumnType;
  required: boolean;
  description: string;
  example: string;
}

export type SheetName = 'clients' | 'enrolments' | 'sessions' | 'exits' | 'followUps';

export interface Sheet {
  name: SheetName;
  description: string;
  columns: Column[];
}

const sourceKey = (what: string, example: string): Column => ({
  name: 'sourceKey',
  type: { kind: 'text', max: 100 },
  required: true,
  description: `Your own key of the ${what} (e.g. its number in your old system), unique in the sheet. A row whose key was imported before is left unchanged.`,
  example,
});

const column = (name: string, type: ColumnType, required: boolean, description: string, example: string): Column => ({ name, type, required, description, example });

/** Sheets in load order: a row may refer only to sheets above it. */
export const sheets: Sheet[] = [
  {
    name: 'clients',
    description: 'Clients: the pseudonymous record and, with fullName, personal data.',
    columns: [
      sourceKey('client', 'A-1001'),
      column('code', { kind: 'text' }, true, 'Pseudonymous code, unique in your organisation: 3 to 32 capitals, digits or dashes.', 'SOT-1001'),
      column('fullName', { kind: 'text' }, false, 'Full name (1 to 200 characters); needed when any other personal data is given.', 'Maija Meikäläinen'),
      column('birthYear', { kind: 'integer' }, false, 'Year of birth (1900 to 2100).', '1971'),
      column('municipality', { kind: 'text' }, false, 'Home municipality (at most 100 characters).', 'Kouvola'),
      column('languages', { kind: 'list' }, false, 'Languages, separated by ";" (e.g. fi;so).', 'fi;sv'),
      column('contact', { kind: 'text' }, false, 'Phone or e-mail (at most 500 characters).', '040 123 4567'),
      column('educationLevel', { kind: 'enum', values: educationLevels }, false, 'Highest completed education.', 'BASIC_EDUCATION'),
      column('obstacles', { kind: 'enumList', values: obstacles }, false, 'Obstacles to employment, separated by ";".', 'WEAK_DIGITAL_SKILLS;DEBT'),
    ],
  },
  {
    name: 'enrolments',
    description: "Enrolments of clients in projects your organisation takes part in, each starting inside the project's period.",
    columns: [
      sourceKey('enrolment', 'E-2001'),
      column('client', { kind: 'reference', sheet: 'clients' }, true, "The client's sourceKey.", 'A-1001'),
      column('project', { kind: 'text' }, true, "The project's slug, e.g. yhteinen-askel.", 'yhteinen-askel'),
      column('startedOn', { kind: 'date' }, true, "First day on the path (YYYY-MM-DD), inside the project's period.", '2025-02-03'),
      column('plannedEndOn', { kind: 'date' }, false, 'Planned last day, not before startedOn.', '2025-12-31'),
      column('phase', { kind: 'enum', values: phases }, false, 'The phase the path is in now; INTAKE when empty.', 'COACHING'),
      column('coach', { kind: 'text' }, false, "The coach's user id (token subject); you when empty.", ''),
    ],
  },
  {
    name: 'sessions',
    description: 'Coaching sessions of enrolments: not before the enrolment started; on an ended path, not after it ended.',
    columns: [
      sourceKey('session', 'S-3001'),
      column('enrolment', { kind: 'reference', sheet: 'enrolments' }, true, "The enrolment's sourceKey.", 'E-2001'),
      column('kind', { kind: 'enum', values: sessionKinds }, true, 'Individual or group coaching.', 'INDIVIDUAL'),
      column('heldOn', { kind: 'date' }, true, 'The day of the session.', '2025-02-10'),
      column('minutes', { kind: 'integer' }, true, 'Length in minutes (1 to 600).', '60'),
      column('notes', { kind: 'text' }, false, "The coach's notes (at most 10,000 characters).", ''),
      column('coach', { kind: 'text' }, false, "The coach's user id (token subject); you when empty.", ''),
    ],
  },
  {
    name: 'exits',
    description: "Exits of enrolments (one per enrolment): inside the project's period, not before the enrolment started, not in the future. Follow-ups are scheduled as for any exit.",
    columns: [
      sourceKey('exit', 'X-4001'),
      column('enrolment', { kind: 'reference', sheet: 'enrolments' }, true, "The enrolment's sourceKey.", 'E-2001'),
      column('exitDate', { kind: 'date' }, true, 'The day the client exited.', '2025-11-28'),
      column('destination', { kind: 'enum', values: exitDestinations }, true, 'Where the client went (the primary destination).', 'EMPLOYED_OPEN_MARKET'),
      column('furtherDestinations', { kind: 'enumList', values: exitDestinations }, false, 'Further destinations at the same time, separated by ";" (at most 4, never the primary one).', ''),
      column('title', { kind: 'text' }, false, 'Job title or field of study (at most 200 characters).', 'prosessinhoitaja'),
      column('sector', { kind: 'enum', values: employerSectors }, false, 'Sector of the employer or place of study.', 'PRIVATE'),
      column('qualificationGained', { kind: 'boolean' }, false, 'Whether a qualification was gained by the exit: yes/no (also true/false, kyllä/ei, 1/0).', 'no'),
    ],
  },
  {
    name: 'followUps',
    description: "Completed follow-ups: each completes the follow-up the exit has at that offset (by default 4 weeks, 3 and 6 months after it).",
    columns: [
      sourceKey('follow-up', 'F-5001'),
      column('exit', { kind: 'reference', sheet: 'exits' }, true, "The exit's sourceKey.", 'X-4001'),
      column('after', { kind: 'text' }, true, 'Which follow-up: P4W, P3M, P6M (an ISO 8601 duration after the exit).', 'P4W'),
      column('completedOn', { kind: 'date' }, true, 'The day it was done: between the exit and today.', '2025-11-28'),
      column('foundDestination', { kind: 'enum', values: exitDestinations }, true, 'Where the client was found to be.', 'EMPLOYED_OPEN_MARKET'),
    ],
  },
];

export const sheetNamed = (name: string): Sheet | undefined => sheets.find((sheet) => sheet.name.toLowerCase() === name.trim().toLowerCase());

const typeText = (type: ColumnType): string => {
  switch (type.kind) {
    case 'text':
      return 'text';
    case 'integer':
      return 'whole number';
    case 'date':
      return 'date YYYY-MM-DD';
    case 'boolean':
      return 'yes / no';
    case 'enum':
      return `one of ${type.values.join(', ')}`;
    case 'enumList':
      return `any of ${type.values.join(', ')}, separated by ";"`;
    case 'list':
      return 'list, separated by ";"';
    case 'reference':
      return `sourceKey of a row of ${type.sheet}`;
  }
};

/** docs/import.md's tables, one per sheet. */
export function templateMarkdown(): string {
  return sheets
    .map((sheet) =>
      [
        `### Sheet \`${sheet.name}\``,
        '',
        sheet.description,
        '',
        '| column | required | type | meaning | example |',
        '|---|---|---|---|---|',
        ...sheet.columns.map((c) => `| \`${c.name}\` | ${c.required ? 'yes' : ''} | ${typeText(c.type)} | ${c.description} | ${c.example ? `\`${c.example}\`` : ''} |`),
      ].join('\n'),
    )
    .join('\n\n');
}
