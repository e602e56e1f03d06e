import { readFile } from 'node:fs/promises';
import { defaultTrustedDocumentsPath } from '@polku/gateway';
import pg from 'pg';
import { describe, measureSequential, summaryRow, type SummaryRow } from './bench-stats.js';
import { ensureStaffRecord } from './staff-records.js';
import type { RunningPlatform } from './platform.js';
import type { SyntheticData } from './synthetic.js';

/** The coordinator dashboard's query: every pooled figure of a project-year, by month. */
export const pooledMetricsQuery = `query PooledMetrics($p: ID!, $from: LocalDate!, $to: LocalDate!) {
  projectMetrics(projectId: $p, view: POOLED, from: $from, to: $to, granularity: MONTH) {
    exits { value suppressed } qualityPathRate { value suppressed } destinations { destination count { value suppressed } }
    esfIndicators { code count { value suppressed } } partners { organisation { id } exits { value suppressed } qualityPath { value suppressed } }
    softOutcomes { averageChange { value suppressed } } followUps { completionRate { value } employmentRateAtSixMonths { value } }
    timeSeries { from exits { value suppressed } qualityPathRate { value suppressed } }
  }
}`;

/**
 * The pooled-metrics query of the joint project, one calendar year per run
 * (cycling through the years), one run after another:
 *   1. reading the year's newest statistics release as the service role, in a transaction as the resolver does
 *      (benchReleases has published them);
 *   2. projectMetrics(view: POOLED) sent straight to the outcomes subgraph over HTTP;
 *   3. the same through the gateway over HTTP (gateway → outcomes → PostgreSQL);
 *   4. the repository's ProjectMetrics operation (schema/operations) sent by its
 *      trusted-document hash, as the generated client sends it: it also asks
 *      the partners subgraph for the project's and the 50 partners' names.
 * The difference between 2 and 3 is the gateway's share; between 1 and 2 the subgraph's.
 */
export async function benchPooledMetrics(platform: RunningPlatform, data: SyntheticData, options: { runs: number; years: number }): Promise<SummaryRow[]> {
  const years = Array.from({ length: options.years }, (_, i) => data.firstYear + i);
  const joint = data.jointProjectId;
  const coordinatorOrg = data.organisationIds[0]!;

  const service = new pg.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
  await service.connect();
  const sql = await measureSequential(options.runs, async (i) => {
    await service.query('BEGIN');
    await service.query(`SELECT set_config('app.org_id', $1, true)`, [coordinatorOrg]);
    await service.query(
      'SELECT cell_names, cell_values, cell_suppressed FROM outcomes.statistics_release WHERE project_id = $1 AND year = $2 ORDER BY revision DESC LIMIT 1',
      [joint, years[i % years.length]],
    );
    await service.query('COMMIT');
  });
  await service.end();
  console.log(describe('statistics release read (SQL as the service role, one project-year)', sql));

  await ensureStaffRecord(platform.adminUrl, coordinatorOrg, 'bench@synthetic', ['COORDINATOR'], [joint]);
  const token = await platform.signToken({ subject: 'bench@synthetic', organisationId: coordinatorOrg, roles: ['COORDINATOR'], projectIds: [joint] });
  const request = (url: string) => async (i: number) => {
    const year = years[i % years.length];
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: pooledMetricsQuery, variables: { p: joint, from: `${year}-01-01`, to: `${year}-12-31` } }),
    });
    const body = (await response.json()) as { data?: { projectMetrics?: { partners: unknown[] } }; errors?: unknown[] };
    if (body.errors || body.data?.projectMetrics?.partners.length !== data.organisationIds.length) {
      throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 500)}`);
    }
  };
  const manifest = JSON.parse(await readFile(defaultTrustedDocumentsPath, 'utf8')) as Record<string, string>;
  const documentId = Object.keys(manifest).find((hash) => manifest[hash]!.startsWith('query ProjectMetrics('));
  if (!documentId) throw new Error('no ProjectMetrics operation in the trusted documents manifest; run npm run codegen');
  const trusted = async (i: number) => {
    const year = years[i % years.length];
    const variables = { projectId: joint, view: 'POOLED', granularity: 'MONTH', from: `${year}-01-01`, to: `${year}-12-31` };
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId, variables }),
    });
    const body = (await response.json()) as { data?: { projectMetrics?: { partners: Array<{ organisation: { name: string } | null }> } }; errors?: unknown[] };
    const named = body.data?.projectMetrics?.partners.filter((p) => p.organisation?.name).length;
    if (body.errors || named !== data.organisationIds.length) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 500)}`);
  };

  const subgraph = await measureSequential(options.runs, request(platform.subgraphUrls.outcomes!));
  console.log(describe('projectMetrics POOLED straight to the outcomes subgraph (HTTP)', subgraph));
  const gateway = await measureSequential(options.runs, request(platform.gatewayUrl));
  console.log(describe('projectMetrics POOLED through the gateway (HTTP, gateway → outcomes → PostgreSQL)', gateway));
  const operation = await measureSequential(options.runs, trusted);
  console.log(describe('ProjectMetrics trusted document through the gateway (outcomes, then partners for names)', operation));

  const size = `${data.organisationIds.length} partners, ${data.exits} exits`;
  return [
    summaryRow('pooled metrics: release read (SQL)', sql, size),
    summaryRow('pooled metrics: outcomes subgraph', subgraph, 'HTTP, no gateway'),
    summaryRow('pooled metrics: via gateway', gateway, 'target p95 < 20 ms'),
    summaryRow('ProjectMetrics operation: via gateway', operation, 'by hash; + partners subgraph for names'),
  ];
}
