import { describeProblem, type ImportPlan } from './plan.js';
import { sheets, type SheetName } from './template.js';

export interface SheetSummary {
  sheet: SheetName;
  added: number;
  unchanged: number;
  refused: number;
}

export interface ImportReport {
  dryRun: boolean;
  /** Every problem: "enrolments row 14, column startedOn: 2025-13-01 is not a date". */
  problems: string[];
  summary: SheetSummary[];
  /** The plan, row by row (ids of the stored records included). */
  plan: ImportPlan;
}

/** What a dry run or a load comes to: every problem in words, and per sheet the rows added (or that would be), unchanged and refused. */
export function summarise(plan: ImportPlan, dryRun: boolean): ImportReport {
  const problems = [...plan.sheetProblems];
  const summary: SheetSummary[] = [];
  for (const sheet of sheets) {
    const rows = plan.rows.get(sheet.name) ?? [];
    for (const row of rows) if (row.status === 'refused') problems.push(...row.problems.map((problem) => describeProblem(row, problem)));
    summary.push({
      sheet: sheet.name,
      // In a dry run, "added" counts the rows that would be added.
      added: rows.filter((row) => row.status === 'added' || (dryRun && row.status === 'new')).length,
      unchanged: rows.filter((row) => row.status === 'unchanged').length,
      refused: rows.filter((row) => row.status === 'refused').length,
    });
  }
  return { dryRun, problems, summary, plan };
}

/** The summary table printed at the end. */
export function describeSummary(report: ImportReport): string {
  const head = report.dryRun ? ['sheet', 'would add', 'unchanged', 'refused'] : ['sheet', 'added', 'unchanged', 'refused'];
  const lines = [head, ...report.summary.map((row) => [row.sheet, String(row.added), String(row.unchanged), String(row.refused)])];
  const widths = head.map((_, index) => Math.max(...lines.map((line) => line[index]!.length)));
  return lines.map((line) => line.map((cell, index) => (index ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!))).join('  ')).join('\n');
}
