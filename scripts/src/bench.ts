import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '@polku/kit';
import pg from 'pg';
import { startPlatform } from './platform.js';
import { defaultSyntheticOptions, generateSynthetic } from './synthetic.js';

/**
 * npm run bench: boots the platform on a fresh embedded PostgreSQL, loads the
 * synthetic dataset (BENCH_ORGS organisations, BENCH_EXITS exits; defaults 50
 * and 200,000) and measures the pooled-metrics query of the joint project for
 * one year, BENCH_RUNS times each (default 200):
 *   1. the database function as the service role (what the resolver runs), and
 *   2. projectMetrics(view: POOLED) through the gateway over HTTP with a
 *      coordinator's token.
 * Prints p50/p95/max in milliseconds.
 */
runMain(async () => {
  const organisations = Number(process.env.BENCH_ORGS ?? defaultSyntheticOptions.organisations);
  const exits = Number(process.env.BENCH_EXITS ?? defaultSyntheticOptions.exits);
  const runs = Number(process.env.BENCH_RUNS ?? 200);
  const dataDir = await mkdtemp(join(tmpdir(), 'polku-bench-'));
  const platform = await startPlatform({
    dataDir,
    embeddedPostgresPort: await freePort(),
    ports: { gateway: 0, partners: 0, journeys: 0, outcomes: 0 },
    host: '127.0.0.1',
    seed: false,
    // no demo data, so no demo user's token for the IDE
    production: true,
  });
  try {
    console.log(`generating ${exits} exits for ${organisations} organisations ...`);
    const loadStarted = Date.now();
    const data = await generateSynthetic(platform.adminUrl, {
      ...defaultSyntheticOptions,
      organisations,
      exits,
      onProgress: (message) => console.log(`  ${message}`),
    });
    console.log(
      `loaded ${data.exits} exits, ${data.follow_ups} follow-ups (${data.summary_rows} monthly summary rows) in ${Math.round((Date.now() - loadStarted) / 1000)} s`,
    );
    const years = Array.from({ length: defaultSyntheticOptions.years }, (_, i) => data.firstYear + i);
    const joint = data.jointProjectId;
    const coordinatorOrg = data.organisationIds[0]!;

    const service = new pg.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
    await service.connect();
    // The function needs an organisation bound, as in the service.
    await service.query('BEGIN');
    await service.query(`SELECT set_config('app.org_id', $1, true)`, [coordinatorOrg]);
    const { rows: perYear } = await service.query(`SELECT value FROM outcomes.pooled_project_metrics($1, $2) WHERE cell = 'exits'`, [joint, years[2]]);
    await service.query('COMMIT');
    console.log(`joint project (${organisations} partners): ${perYear[0]?.value} exits in ${years[2]}`);

    const sql = await measure(runs, async (i) => {
      await service.query('BEGIN');
      await service.query(`SELECT set_config('app.org_id', $1, true)`, [coordinatorOrg]);
      await service.query('SELECT cell, value, suppressed FROM outcomes.pooled_project_metrics($1, $2)', [joint, years[i % years.length]]);
      await service.query('COMMIT');
    });
    await service.end();
    report('pooled_project_metrics (SQL, service role, one project-year)', sql);

    const token = await platform.signToken({ subject: 'bench@synthetic', organisationId: coordinatorOrg, roles: ['COORDINATOR'], projectIds: [joint] });
    const query = `query ($p: ID!, $from: LocalDate!, $to: LocalDate!) { projectMetrics(projectId: $p, view: POOLED, from: $from, to: $to, granularity: MONTH) {
      exits { value suppressed } qualityPathRate { value suppressed } destinations { destination count { value suppressed } }
      esfIndicators { code count { value suppressed } } partners { organisation { id } exits { value suppressed } qualityPath { value suppressed } }
      softOutcomes { averageChange { value suppressed } } followUps { completionRate { value } employmentRateAtSixMonths { value } }
      timeSeries { from exits { value suppressed } qualityPathRate { value suppressed } } } }`;
    const graphql = await measure(runs, async (i) => {
      const year = years[i % years.length];
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { p: joint, from: `${year}-01-01`, to: `${year}-12-31` } }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    });
    report('projectMetrics POOLED via the gateway (HTTP, 3 hops)', graphql);
  } finally {
    await platform.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

async function measure(runs: number, run: (i: number) => Promise<void>): Promise<number[]> {
  for (let i = 0; i < Math.min(20, runs); i++) await run(i); // warm-up: plans, caches, connections
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

function report(name: string, sorted: number[]) {
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(1);
  console.log(`${name}: runs=${sorted.length} p50=${at(0.5)} ms p95=${at(0.95)} ms max=${sorted.at(-1)!.toFixed(1)} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
