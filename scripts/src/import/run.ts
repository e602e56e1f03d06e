import { ImportGateway } from './gateway.js';
import { loadPlan } from './load.js';
import { describeProblem, planImport, type ImportPlan } from './plan.js';
import { readImportFile } from './read.js';
import { sheets, type SheetName } from './template.js';

export interface ImportOptions {
  /** The organisation's slug the file is for; the token must be of its ORG_ADMIN. */
  organisation: string;
  files: string[];
  /** A CSV's sheet when its name does not tell. */
  kind?: string;
  gatewayUrl: string;
  token: string;
  dryRun: boolean;
  /** Progress bar (TTY) or lines on stderr. */
  progress?: boolean;
  today?: string;
  /** Told after each import call (the bench times them). */
  onCall?: (sheet: SheetName, rows: number, milliseconds: number) => void;
}

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

const todayInFinland = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());

/**
 * `npm run import`: reads the files, plans every row (the dry run stops
 * there and writes nothing), then loads the new rows through the gateway's
 * import mutations. Refuses a token that is not of the organisation's
 * ORG_ADMIN before reading anything else.
 */
export async function runImportCommand(options: ImportOptions): Promise<ImportReport> {
  const gateway = new ImportGateway(options.gatewayUrl, options.token);
  const caller = await gateway.caller().catch((error: Error & { cause?: { message?: string } }) => {
    if (error.name === 'TypeError') throw new Error(`cannot reach the gateway at ${options.gatewayUrl} (${error.cause?.message ?? error.message})`);
    throw error;
  });
  if (caller.organisationSlug !== options.organisation) {
    throw new Error(`the token is of organisation ${caller.organisationSlug}, not ${options.organisation}`);
  }
  if (!caller.roles.includes('ORG_ADMIN')) throw new Error(`importing needs an ORG_ADMIN of ${options.organisation}; the token has ${caller.roles.join(', ')}`);

  const sheetsRead = (await Promise.all(options.files.map((file) => readImportFile(file, options.kind)))).flat();
  const plan = await planImport(sheetsRead, {
    projects: caller.projects,
    imported: (sheet, keys) => gateway.imported(sheet, keys),
    today: options.today ?? todayInFinland(),
  });
  if (!options.dryRun && !plan.sheetProblems.length) {
    const projectIds = new Map([...caller.projects].map(([slug, project]) => [slug, project.id]));
    await loadPlan(plan, gateway, projectIds, { progress: options.progress ?? false, onCall: options.onCall });
  }
  return report(plan, options.dryRun);
}

function report(plan: ImportPlan, dryRun: boolean): ImportReport {
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
