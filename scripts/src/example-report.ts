import { ProjectEnrolmentsDocument, request } from '@polku/client';
import { runMain, StartupError } from '@polku/kit';

/**
 * npm run example: the smallest partner integration. Calls the gateway over
 * plain HTTP with the generated, typed client and prints a table.
 *
 *   GATEWAY_URL  the gateway's /graphql URL (default http://localhost:4000/graphql)
 *   TOKEN        the caller's bearer token (npm run token -- --org sotek --role COACH)
 *   PROJECT      the project's slug (default yhteinen-askel)
 */
interface Report {
  title: string;
  rows: Array<Record<string, string>>;
  summary: string;
}

/** The report itself: one operation from schema/operations and how its answer becomes rows. */
async function enrolmentsReport(gatewayUrl: string, token: string, projectSlug: string): Promise<Report> {
  const { project } = await request(gatewayUrl, token, ProjectEnrolmentsDocument, { slug: projectSlug });
  if (!project) throw new StartupError(`no project "${projectSlug}"`);
  const rows = project.enrolments.map((enrolment) => ({
    client: enrolment.client.code,
    started: enrolment.startedOn,
    exited: enrolment.exitOutcome?.exitDate ?? '',
    destination: enrolment.exitOutcome?.destination ?? 'on path',
    'quality path': enrolment.exitOutcome ? (enrolment.exitOutcome.qualityPath ? 'yes' : 'no') : '',
  }));
  const exits = project.enrolments.filter((enrolment) => enrolment.exitOutcome);
  const quality = exits.filter((enrolment) => enrolment.exitOutcome?.qualityPath);
  return {
    title: `${project.name}: your organisation's enrolments`,
    rows,
    summary: `${rows.length} enrolments, ${exits.length} exited, ${quality.length} to a quality path`,
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
  if (!token) throw new StartupError('set TOKEN to a bearer token, e.g. TOKEN=$(npm run --silent token -- --org sotek --role COACH | tail -1)');
  const report = await enrolmentsReport(process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', token, process.env.PROJECT ?? 'yhteinen-askel');
  console.log(`${report.title}\n\n${formatTable(report.rows)}\n\n${report.summary}`);
});
