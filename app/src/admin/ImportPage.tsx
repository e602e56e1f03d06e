import { useState, type FormEvent } from 'react';
import { parse } from 'csv-parse/browser/esm/sync';
import { PolkuRequestError } from '@polku/client';
import {
  cellText,
  csvDelimiter,
  csvSheet,
  ImportGateway,
  loadPlan,
  planImport,
  SheetCollector,
  sheets,
  summarise,
  type ImportReport,
  type RawSheet,
  type SheetName,
  sheetNamed,
} from '@polku/client/import';
import { useSession } from '../auth/session.js';
import { useI18n } from '../i18n.js';
import { ErrorNotice, TableScroll } from '../ui/states.js';

const graphqlUrl = new URL('/graphql', window.location.origin).toString();
const todayInFinland = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());

/** A sheet of the template as a CSV file (its header and example row), as a link target: nothing is fetched. */
function templateCsv(name: SheetName): string {
  const sheet = sheets.find((candidate) => candidate.name === name)!;
  const quote = (cell: string) => (/[",;\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = [sheet.columns.map((column) => column.name), sheet.columns.map((column) => column.example)].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}

/** The chosen files as sheets, read as the command reads them (the same template, header and row numbers). */
async function readChosen(files: File[], kind: SheetName | ''): Promise<RawSheet[]> {
  const read: RawSheet[] = [];
  for (const file of files) {
    const name = file.name.toLowerCase();
    if (name.endsWith('.xlsx')) read.push(...(await readWorkbook(file)));
    else if (name.endsWith('.csv')) read.push(await readCsv(file, kind));
    else throw new Error(`${file.name}: only .csv and .xlsx files can be imported`);
  }
  return read;
}

async function readCsv(file: File, kind: SheetName | ''): Promise<RawSheet> {
  const sheet = csvSheet(file.name, kind || undefined);
  const text = (await file.text()).replace(/^\uFEFF/, '');
  const records = parse(text, { delimiter: csvDelimiter(text), relax_column_count: true, skip_empty_lines: false }) as string[][];
  const collector = new SheetCollector(sheet);
  records.forEach((record, index) => collector.add(index + 1, record));
  return collector.done();
}

/** A workbook, one worksheet per sheet. exceljs' browser build is large, so it loads (from this origin) only when a workbook is chosen. */
async function readWorkbook(file: File): Promise<RawSheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const read: RawSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = sheetNamed(worksheet.name);
    const rows: Array<{ number: number; values: string[] }> = [];
    worksheet.eachRow((row, number) => rows.push({ number, values: (row.values as unknown[]).slice(1).map(cellText) }));
    if (!sheet) {
      if (rows.some((row) => row.values.some(Boolean))) throw new Error(`${file.name}: worksheet "${worksheet.name}" is not a sheet of the template (clients, enrolments, sessions, exits, followUps)`);
      continue;
    }
    const collector = new SheetCollector(sheet);
    for (const row of rows) collector.add(row.number, row.values);
    read.push(collector.done());
  }
  return read;
}

interface Progress {
  sheet: SheetName;
  done: number;
  total: number;
  startedAt: number;
  now: number;
}

/**
 * Import from a spreadsheet (an organisation admin's page): the same
 * template, checks and batches as `npm run import`, run in the browser
 * through the gateway's import mutations. A check (dry run) writes nothing;
 * rows imported before are left unchanged, so loading twice is safe.
 */
export function ImportPage() {
  const { t, language } = useI18n();
  const { token, expired } = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [kind, setKind] = useState<SheetName | ''>('');
  const [busy, setBusy] = useState<'check' | 'load' | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<unknown>(undefined);
  const [progress, setProgress] = useState<Progress | null>(null);

  const run = async (load: boolean) => {
    setBusy(load ? 'load' : 'check');
    setReport(null);
    setFileError(null);
    setApiError(undefined);
    setProgress(null);
    try {
      let read: RawSheet[];
      try {
        read = await readChosen(files, kind);
      } catch (error) {
        setFileError(error instanceof Error ? error.message : String(error));
        return;
      }
      const gateway = new ImportGateway(graphqlUrl, token ?? '', language);
      const caller = await gateway.caller();
      const plan = await planImport(read, { projects: caller.projects, imported: (sheet, keys) => gateway.imported(sheet, keys), today: todayInFinland() });
      if (load && !plan.sheetProblems.length) {
        const projectIds = new Map([...caller.projects].map(([slug, project]) => [slug, project.id]));
        const startedAt = performance.now();
        await loadPlan(plan, gateway, projectIds, {
          onSheet: (sheet, total) => setProgress({ sheet, done: 0, total, startedAt, now: performance.now() }),
          onCall: (sheet, rows) => setProgress((previous) => previous && { ...previous, sheet, done: previous.done + rows, now: performance.now() }),
        });
      }
      setReport(summarise(plan, !load));
    } catch (error) {
      // As any request of the app: an expired session signs the person out.
      if (error instanceof PolkuRequestError && error.code === 'UNAUTHENTICATED') expired();
      setApiError(error);
    } finally {
      setBusy(null);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };

  // Loading a file whose rows were all imported before is allowed: it reports them unchanged.
  const canLoad = report?.dryRun === true && !report.plan.sheetProblems.length && report.summary.some((row) => row.added + row.unchanged > 0);
  const rate = progress && progress.now > progress.startedAt ? Math.round((progress.done / (progress.now - progress.startedAt)) * 1000) : 0;

  return (
    <div className="import-page">
      <h1>{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>

      <section aria-labelledby="import-template">
        <h2 id="import-template">{t('importStepTemplate')}</h2>
        <p className="note">{t('importTemplateNote')}</p>
        <ul className="template-links">
          {sheets.map((sheet) => (
            <li key={sheet.name}>
              <a href={templateCsv(sheet.name)} download={`${sheet.name}.csv`}>
                {sheet.name}.csv
              </a>
              <span className="note"> — {t(`importSheet_${sheet.name}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="import-file">
        <h2 id="import-file">{t('importStepFile')}</h2>
        <form className="filters" onSubmit={check}>
          <label>
            {t('importFiles')}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple
              onChange={(event) => {
                setFiles([...(event.target.files ?? [])]);
                setReport(null);
                setProgress(null);
              }}
            />
          </label>
          <label>
            {t('importSheet')}
            <select value={kind} onChange={(event) => setKind(event.target.value as SheetName | '')}>
              <option value="">{t('importSheetFromName')}</option>
              {sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!files.length || busy !== null}>
            {busy === 'check' ? t('importChecking') : t('importCheck')}
          </button>
        </form>
        <p className="note">{t('importFileNote')}</p>
      </section>

      {fileError && (
        <div className="error" role="alert">
          <p className="error-sentence">{t('importFileProblem')}</p>
          <p>{fileError}</p>
        </div>
      )}
      {apiError !== undefined && <ErrorNotice error={apiError} />}

      {report?.dryRun && (
        <section aria-labelledby="import-check" className="import-result">
          <h2 id="import-check">{t('importStepCheck')}</h2>
          <p role="status">{report.problems.length ? t('importCheckProblems', { n: report.problems.length }) : t('importCheckClean')}</p>
          <Problems problems={report.problems} />
          <Summary report={report} />
          <div className="actions">
            <button type="button" className="primary" disabled={!canLoad || busy !== null} onClick={() => void run(true)}>
              {t('importLoad')}
            </button>
          </div>
          {!canLoad && <p className="note">{t('importNothingToLoad')}</p>}
        </section>
      )}

      {(busy === 'load' || (progress && !report?.dryRun)) && progress && (
        <section aria-labelledby="import-progress">
          <h2 id="import-progress">{t('importProgress')}</h2>
          <progress max={progress.total || 1} value={progress.done} aria-labelledby="import-progress-text" />
          <p id="import-progress-text" className="progress-text">
            {t('importProgressText', { sheet: progress.sheet, done: progress.done.toLocaleString(language), total: progress.total.toLocaleString(language), rate: rate.toLocaleString(language) })}
          </p>
        </section>
      )}
      {busy === 'load' && !progress && <p role="status">{t('importLoading')}</p>}

      {report && !report.dryRun && (
        <section aria-labelledby="import-done" className="import-result">
          <h2 id="import-done">{t('importDone')}</h2>
          <Summary report={report} />
          {report.problems.length > 0 && <h3>{t('importRefusedRows')}</h3>}
          <Problems problems={report.problems} />
        </section>
      )}
    </div>
  );
}

/** A file of 100,000 rows can have as many problems: the first few hundred are enough to fix the file by. */
const PROBLEMS_SHOWN = 500;

function Problems({ problems }: { problems: string[] }) {
  const { t } = useI18n();
  if (!problems.length) return null;
  return (
    <>
      <ul className="import-problems" data-list="import-problems">
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
      {problems.length > PROBLEMS_SHOWN && <p className="note">{t('importMoreProblems', { n: problems.length - PROBLEMS_SHOWN })}</p>}
    </>
  );
}

function Summary({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const rows = report.summary.filter((row) => row.added + row.unchanged + row.refused > 0);
  return (
    <TableScroll label={t('importSummary')}>
      <table data-table="import-summary">
        <caption>{t('importSummary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importSheet')}</th>
            <th scope="col">{report.dryRun ? t('importWouldAdd') : t('importAdded')}</th>
            <th scope="col">{t('importUnchanged')}</th>
            <th scope="col">{t('importRefused')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sheet} data-sheet={row.sheet}>
              <th scope="row">{row.sheet}</th>
              <td>{row.added}</td>
              <td>{row.unchanged}</td>
              <td>{row.refused}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
