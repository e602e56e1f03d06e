import type { ImportProjectFacts } from './gateway.js';
import type { RawSheet } from './sheet-reader.js';
import { sheets, type Column, type SheetName } from './template.js';

export interface Problem {
  column: string;
  message: string;
}

/** A row of the file on its way in. */
export interface PlannedRow {
  sheet: SheetName;
  number: number;
  sourceKey: string;
  /** Values parsed by the template's types; references stay source keys. */
  values: Record<string, unknown>;
  problems: Problem[];
  status: 'new' | 'unchanged' | 'refused' | 'added';
  /** The stored record: known when unchanged, or once added. */
  id?: string;
  /** The row this one refers to, when it is in the file; else the id of the earlier import. */
  parent?: PlannedRow | { id: string };
}

export interface ImportPlan {
  rows: Map<SheetName, PlannedRow[]>;
  /** Problems of whole sheets (a required column missing). */
  sheetProblems: string[];
}

/**
 * The platform's own rules of a row: the pure functions the import mutations
 * apply (@polku/journeys and @polku/outcomes). The command passes them, so
 * its dry run reports them before anything is sent; the web app cannot load
 * the services' code and leaves them out: the load then reports a row they
 * refuse, in the same words.
 */
export interface RowRules {
  client(row: Record<string, any>): Problem[];
  enrolment(row: Record<string, any>, project: ImportProjectFacts): Problem[];
  session(row: Record<string, any>, enrolment: { startedOn: string; phase: any; phaseChangedOn: string } | null): Problem[];
  exit(row: Record<string, any>, enrolmentStartedOn: string, project: ImportProjectFacts): Problem[];
  followUp(row: Record<string, any>, exitDate: string | null): Problem[];
}

export interface PlanFacts {
  /** The platform's row rules, when the caller has them. */
  rules?: RowRules;
  /** Projects the caller's organisation is a partner of, by slug. */
  projects: Map<string, ImportProjectFacts & { id: string }>;
  /** Records earlier imports made from these keys of a sheet: source key → id. */
  imported(sheet: SheetName, sourceKeys: string[]): Promise<Map<string, string>>;
  today: string;
}

/** "enrolments row 14, column startedOn: 2025-13-01 is not a date" */
export const describeProblem = (row: Pick<PlannedRow, 'sheet' | 'number'>, problem: Problem) => `${row.sheet} row ${row.number}, column ${problem.column}: ${problem.message}`;

/** The column of a sheet that holds what an API field or rule names. */
const columnOfField: Record<string, string> = { clientId: 'client', projectId: 'project', enrolmentId: 'enrolment', exitOutcomeId: 'exit', coachSubject: 'coach' };
export const sheetColumn = (field: string) => columnOfField[field] ?? field;

const truthy = new Set(['yes', 'true', '1', 'kyllä', 'ja', 'x']);
const falsy = new Set(['no', 'false', '0', 'ei', 'nej']);

/** A calendar day written YYYY-MM-DD (as the API's LocalDate takes it; 2026-02-30 is not one). */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '0001-01-01') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A date as YYYY-MM-DD; Finnish d.m.yyyy is read too. */
function parseDate(text: string): string | null {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = finnish ? `${finnish[3]}-${finnish[2]!.padStart(2, '0')}-${finnish[1]!.padStart(2, '0')}` : text;
  return isIsoDate(iso) ? iso : null;
}

/** One cell by its column's type: the value, or the problem. */
function parseCell(column: Column, text: string): { value: unknown } | { problem: string } {
  if (!text) return column.required ? { problem: 'a value is required' } : { value: null };
  const type = column.type;
  switch (type.kind) {
    case 'text':
    case 'reference':
      if (type.kind === 'text' && type.max && text.length > type.max) return { problem: `is longer than ${type.max} characters` };
      return { value: text };
    case 'integer':
      return /^-?\d+$/.test(text) ? { value: Number(text) } : { problem: `${text} is not a whole number` };
    case 'date': {
      const date = parseDate(text);
      return date ? { value: date } : { problem: `${text} is not a date` };
    }
    case 'boolean':
      if (truthy.has(text.toLowerCase())) return { value: true };
      if (falsy.has(text.toLowerCase())) return { value: false };
      return { problem: `${text} is not yes or no` };
    case 'enum': {
      const value = text.toUpperCase();
      return type.values.includes(value) ? { value } : { problem: `${text} is not one of ${type.values.join(', ')}` };
    }
    case 'enumList':
    case 'list': {
      const items = text.split(/[;,]/).map((item) => item.trim()).filter(Boolean);
      if (type.kind === 'list') return { value: items };
      const values = items.map((item) => item.toUpperCase());
      const wrong = items.filter((_, index) => !type.values.includes(values[index]!));
      return wrong.length ? { problem: `${wrong.join(', ')} ${wrong.length > 1 ? 'are' : 'is'} not one of ${type.values.join(', ')}` } : { value: values };
    }
  }
}

/**
 * Everything the dry run reports and the load needs: every cell parsed, keys
 * unique, references found (in the file or imported before), rows imported
 * before marked unchanged, and the platform's own rules applied to new rows
 * (the functions the import mutations apply). A row refers only to sheets
 * above it, so the sheets are planned in order and a refused row refuses
 * the rows that depend on it.
 */
export async function planImport(files: RawSheet[], facts: PlanFacts): Promise<ImportPlan> {
  const plan: ImportPlan = { rows: new Map(), sheetProblems: files.flatMap((file) => file.problems) };
  for (const sheet of sheets) {
    const raw = files.filter((file) => file.sheet.name === sheet.name).flatMap((file) => file.rows);
    const rows: PlannedRow[] = raw.map((rawRow) => {
      const row: PlannedRow = { sheet: sheet.name, number: rawRow.number, sourceKey: rawRow.cells.sourceKey ?? '', values: {}, problems: [], status: 'new' };
      for (const column of sheet.columns) {
        const parsed = parseCell(column, rawRow.cells[column.name] ?? '');
        if ('problem' in parsed) row.problems.push({ column: column.name, message: parsed.problem });
        else row.values[column.name] = parsed.value;
      }
      return row;
    });
    plan.rows.set(sheet.name, rows);

    const byKey = new Map<string, PlannedRow>();
    for (const row of rows) {
      const first = row.sourceKey && byKey.get(row.sourceKey);
      if (first) row.problems.push({ column: 'sourceKey', message: `sourceKey ${row.sourceKey} is also on row ${first.number}` });
      else if (row.sourceKey) byKey.set(row.sourceKey, row);
    }

    const earlier = await facts.imported(sheet.name, [...byKey.keys()]);
    for (const row of rows) {
      const id = byKey.get(row.sourceKey) === row ? earlier.get(row.sourceKey) : undefined;
      if (id) Object.assign(row, { status: 'unchanged', id, problems: [] });
    }

    const reference = sheet.columns.find((column) => column.type.kind === 'reference');
    if (reference && reference.type.kind === 'reference') {
      const parentSheet = reference.type.sheet;
      // A key names the first row that has it (a later row with the same key is refused for it).
      const parents = new Map<string, PlannedRow>();
      for (const parent of plan.rows.get(parentSheet) ?? []) if (parent.sourceKey && !parents.has(parent.sourceKey)) parents.set(parent.sourceKey, parent);
      const outside = [...new Set(rows.filter((row) => row.status === 'new').map((row) => row.values[reference.name]).filter((key): key is string => typeof key === 'string' && !parents.has(key)))];
      const importedParents = await facts.imported(parentSheet, outside);
      for (const row of rows.filter((candidate) => candidate.status === 'new')) {
        const key = row.values[reference.name];
        if (typeof key !== 'string') continue;
        const parent = parents.get(key);
        if (parent && parent.status === 'refused') row.problems.push({ column: reference.name, message: `${parentSheet} row ${parent.number} (${key}) is refused` });
        else if (parent) row.parent = parent;
        else if (importedParents.has(key)) row.parent = { id: importedParents.get(key)! };
        else row.problems.push({ column: reference.name, message: `${key} is neither a sourceKey of ${parentSheet} in this file nor imported before` });
      }
    }

    // Rules run on every new row; a column whose cell did not parse keeps only that problem.
    for (const row of rows.filter((candidate) => candidate.status === 'new')) {
      const reported = new Set(row.problems.map((problem) => problem.column));
      row.problems.push(...ruleProblems(row, facts, rows).filter((problem) => !reported.has(problem.column)));
    }
    for (const row of rows) if (row.status === 'new' && row.problems.length) row.status = 'refused';
  }
  return plan;
}

const parentRow = (row: PlannedRow): PlannedRow | null => (row.parent && 'sheet' in row.parent ? row.parent : null);

/** The platform's rules, for what the file itself tells (a parent imported before is checked by the service at load). */
function ruleProblems(row: PlannedRow, facts: PlanFacts, sheetRows: PlannedRow[]): Problem[] {
  const v = row.values as Record<string, any>;
  const named = (problems: Problem[]) => problems.map((problem) => ({ ...problem, column: sheetColumn(problem.column) }));
  const rules = facts.rules;
  switch (row.sheet) {
    case 'clients': {
      const problems = rules?.client(v) ?? [];
      const first = v.code && sheetRows.find((other) => other.values.code === v.code && other.number < row.number);
      if (first) problems.push({ column: 'code', message: `code ${v.code} is also on row ${first.number}` });
      return problems;
    }
    case 'enrolments': {
      const project = facts.projects.get(v.project);
      if (!project) return [{ column: 'project', message: `${v.project} is not a project your organisation takes part in` }];
      return named(rules?.enrolment(v, project) ?? []);
    }
    case 'sessions': {
      const enrolment = parentRow(row);
      if (!enrolment || enrolment.status === 'unchanged') return named(rules?.session(v, null) ?? []);
      const ev = enrolment.values as Record<string, any>;
      return named(rules?.session(v, { startedOn: ev.startedOn, phase: ev.phase ?? 'INTAKE', phaseChangedOn: facts.today }) ?? []);
    }
    case 'exits': {
      const enrolment = parentRow(row);
      if (!enrolment || enrolment.status === 'unchanged') return [];
      const ev = enrolment.values as Record<string, any>;
      const project = facts.projects.get(ev.project);
      if (!project) return [];
      const problems = named(rules?.exit(v, ev.startedOn, project) ?? []);
      const first = sheetRows.find((other) => other.values.enrolment === v.enrolment && other.number < row.number);
      if (first) problems.push({ column: 'enrolment', message: `the enrolment already has an exit on row ${first.number}` });
      return problems;
    }
    case 'followUps': {
      const exit = parentRow(row);
      const exitDate = exit && exit.status !== 'unchanged' ? ((exit.values.exitDate as string) ?? null) : null;
      return named(rules?.followUp(v, exitDate) ?? []);
    }
  }
}
