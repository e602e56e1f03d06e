import { ProjectDirectoryDocument, ProjectMetricsDocument, request } from '@polku/client';
import { runMain, StartupError } from '@polku/kit';

/**
 * npm run example: the smallest partner integration. A coordinator's monthly
 * report of a joint project's pooled outcomes, fetched over plain HTTP with
 * the generated, typed client and printed as a table.
 *
 *   GATEWAY_URL  the gateway's /graphql URL (default http://localhost:4000/graphql)
 *   TOKEN        a COORDINATOR's or FUNDER's bearer token for the project
 *                (npm run token -- --org sotek --role COORDINATOR --project yhteinen-askel)
 *   PROJECT      the project's slug (default yhteinen-askel)
 *   YEAR         the calendar year (default last year: pooled figures are releases of closed years)
 */
interface Report {
  title: string;
  rows: Array<Record<string, string>>;
  summary: string;
}

interface Figure {
  value?: number | null;
  suppressed: boolean;
}
/** Suppressed counts print as "<5*", suppressed rates as "*": the platform never sends the hidden figure. */
const show = (figure: Figure, minimum: number, percent = false) => {
  if (figure.suppressed) return percent ? '*' : `<${minimum}*`;
  if (figure.value === null || figure.value === undefined) return '-';
  return percent ? `${Math.round(figure.value * 100)} %` : String(figure.value);
};

/** The report itself: two operations from schema/operations and how their answers become rows. */
async function monthlyReport(gatewayUrl: string, token: string, projectSlug: string, year: number): Promise<Report> {
  const { project } = await request(gatewayUrl, token, ProjectDirectoryDocument, { slug: projectSlug });
  if (!project) throw new StartupError(`no project "${projectSlug}"`);
  const { projectMetrics: metrics } = await request(gatewayUrl, token, ProjectMetricsDocument, {
    projectId: project.id,
    view: 'POOLED',
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    granularity: 'MONTH',
  });
  const k = metrics.minimumCellSize;
  const rows = metrics.timeSeries.map((month) => ({
    month: month.from.slice(0, 7),
    exits: show(month.exits, k),
    'quality path': show(month.qualityPath, k),
    rate: show(month.qualityPathRate, k, true),
  }));
  return {
    title: `${metrics.project.name} ${year}: pooled exits by month`,
    rows,
    summary: `year: ${show(metrics.exits, k)} exits, ${show(metrics.qualityPath, k)} to a quality path (${show(metrics.qualityPathRate, k, true)}); * suppressed below ${k}`,
  };
}

/** Columns padded to their widest cell. */
export function formatTable(rows: Array<Record<string, string>>): string {
  if (!rows.length) return '(no rows)';
  const columns = Object.keys(rows[0]!);
  const width = (column: string) => Math.max(column.length, ...rows.map((row) => (row[column] ?? '').length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width(columns[i]!))).join('  ').trimEnd();
  return [line(columns), line(columns.map((column) => '-'.repeat(width(column)))), ...rows.map((row) => line(columns.map((column) => row[column] ?? '')))].join('\n');
}

runMain(async () => {
  const token = process.env.TOKEN;
  if (!token) {
    throw new StartupError('set TOKEN, e.g. TOKEN=$(npm run --silent token -- --org sotek --role COORDINATOR --project yhteinen-askel | tail -1)');
  }
  const year = Number(process.env.YEAR ?? new Date().getFullYear() - 1);
  const report = await monthlyReport(process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', token, process.env.PROJECT ?? 'yhteinen-askel', year);
  console.log(`${report.title}\n\n${formatTable(report.rows)}\n\n${report.summary}`);
});
