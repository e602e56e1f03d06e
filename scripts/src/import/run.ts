import { clientRowProblems, enrolmentRowProblems, sessionRowProblems } from '@polku/journeys';
import { exitRowProblems, followUpRowProblems } from '@polku/outcomes';
import { ImportGateway, loadPlan, planImport, summarise, type ImportReport, type RowRules, type SheetName } from '@polku/client/import';
import { Progress } from './progress.js';
import { readImportFile } from './read.js';

export { describeSummary, type ImportReport, type SheetSummary } from '@polku/client/import';

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

/** The platform's row rules, the functions the import mutations apply: the dry run reports what they refuse. */
const rules: RowRules = {
  client: (row) => clientRowProblems(row as never),
  enrolment: (row, project) => enrolmentRowProblems(row as never, project),
  session: (row, enrolment) => sessionRowProblems(row as never, enrolment),
  exit: (row, startedOn, project) => exitRowProblems(row as never, startedOn, project),
  followUp: (row, exitDate) => followUpRowProblems(row as never, exitDate),
};

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
    rules,
    projects: caller.projects,
    imported: (sheet, keys) => gateway.imported(sheet, keys),
    today: options.today ?? todayInFinland(),
  });
  if (!options.dryRun && !plan.sheetProblems.length) {
    const projectIds = new Map([...caller.projects].map(([slug, project]) => [slug, project.id]));
    let progress: Progress | null = null;
    await loadPlan(plan, gateway, projectIds, {
      onSheet: (sheet, rows) => {
        progress?.finish();
        progress = options.progress ? new Progress(sheet, rows) : null;
      },
      onCall: (sheet, rows, milliseconds) => {
        progress?.add(rows);
        options.onCall?.(sheet, rows, milliseconds);
      },
    });
    (progress as Progress | null)?.finish();
  }
  return summarise(plan, options.dryRun);
}

