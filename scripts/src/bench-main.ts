import { freePort } from './free-port.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '@polku/kit';
import { benchAuthorization } from './bench-authorization.js';
import { benchPooledMetrics } from './bench-pooled.js';
import { benchReleases } from './bench-releases.js';
import { renderSummary, type SummaryRow } from './bench-stats.js';
import { benchGateways } from './bench-gateways.js';
import { benchImport } from './bench-import.js';
import { benchIsolation } from './bench-isolation.js';
import { benchWriteLoad } from './bench-writes.js';
import { benchLive } from './bench-live.js';
import { startPlatform, startPlatformProcesses } from './platform.js';
import { Supervisor } from './supervisor.js';
import { createLogger } from '@polku/kit';
import { defaultSyntheticOptions, findSynthetic, generateSynthetic } from './synthetic.js';

/** The benchmark itself; bench.ts starts it in production mode. */
runMain(async () => {
  const phases = new Set((process.env.BENCH_PHASES ?? 'pooled,authorization,isolation,writes,gateways,live,import').split(',').map((phase) => phase.trim()));
  const summary: SummaryRow[] = [];
  if (phases.has('pooled') || phases.has('authorization')) summary.push(...(await benchSynthetic(phases)));
  if (['isolation', 'writes', 'gateways', 'live', 'import'].some((phase) => phases.has(phase))) summary.push(...(await benchPlatformProcesses(phases)));
  console.log(`\nsummary:\n`);
  console.log(renderSummary(summary));
});

/** The pooled query and the authorization cost on the synthetic dataset, the platform in this process. */
async function benchSynthetic(phases: Set<string>): Promise<SummaryRow[]> {
  const organisations = Number(process.env.BENCH_ORGS ?? defaultSyntheticOptions.organisations);
  const exits = Number(process.env.BENCH_EXITS ?? defaultSyntheticOptions.exits);
  const runs = Number(process.env.BENCH_RUNS ?? 200);
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept ?? (await mkdtemp(join(tmpdir(), 'polku-bench-')));
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
    let data = kept ? await findSynthetic(platform.adminUrl) : undefined;
    if (data) {
      console.log(`reusing the synthetic data in ${kept}: ${data.exits} exits, ${data.organisationIds.length} organisations`);
    } else {
      console.log(`generating ${exits} exits for ${organisations} organisations ...`);
      const loadStarted = Date.now();
      data = await generateSynthetic(platform.adminUrl, {
        ...defaultSyntheticOptions,
        organisations,
        exits,
        onProgress: (message) => console.log(`  ${message}`),
      });
      console.log(
        `loaded ${data.exits} exits, ${data.follow_ups} follow-ups (${data.summary_rows} monthly summary rows), ${data.entries} entries, ${data.placements} placements in ${Math.round((Date.now() - loadStarted) / 1000)} s`,
      );
    }

    const summary: SummaryRow[] = [];
    if (phases.has('pooled')) {
      summary.push(...(await benchReleases(platform, data, { runs: Number(process.env.BENCH_RELEASE_RUNS ?? 10), years: defaultSyntheticOptions.years })));
      summary.push(...(await benchPooledMetrics(platform, data, { runs, years: defaultSyntheticOptions.years })));
    }
    summary.push(
      ...(await benchAuthorization(platform, data, {
        rounds: phases.has('authorization') ? Number(process.env.BENCH_AUTH_ROUNDS ?? 5) : 0,
        requests: Number(process.env.BENCH_AUTH_REQUESTS ?? 100),
        concurrency: Number(process.env.BENCH_AUTH_CONCURRENCY ?? 10),
      })),
    );
    console.log(`\n(${data.exits} exits, ${data.entries} entries, ${data.placements} placements, ${data.organisationIds.length} organisations, ${runs} runs per pooled path)`);
    return summary;
  } finally {
    await platform.stop();
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * npm start's layout on the demo data (each service its own process, in
 * production mode, raw queries allowed): the year-9999 isolation, the write
 * load, the gateway comparison with Hive Gateway in a process of its own and
 * the live referral inbox under 100 subscribers.
 */
async function benchPlatformProcesses(phases: Set<string>): Promise<SummaryRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'polku-bench-processes-'));
  const platform = await startPlatformProcesses({
    dataDir,
    embeddedPostgresPort: await freePort(),
    ports: { gateway: 0, partners: 0, journeys: 0, outcomes: 0 },
    host: '127.0.0.1',
    production: true,
    trustedDocumentsOnly: false,
  });
  const hive = new Supervisor(createLogger('bench', 'warn'));
  try {
    const summary: SummaryRow[] = [];
    if (phases.has('isolation')) summary.push(...(await benchIsolation(platform, Number(process.env.BENCH_ISOLATION_RUNS ?? 20))));
    if (phases.has('gateways')) {
      const hiveGateway = await hive.start({
        name: 'hive-gateway',
        entry: fileURLToPath(new URL('./hive-gateway-main.ts', import.meta.url)),
        env: {
          ...process.env,
          NODE_ENV: 'production',
          TRUSTED_DOCUMENTS: 'false',
          PORT: '0',
          HOST: '127.0.0.1',
          ...Object.fromEntries(Object.entries(platform.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
        },
      });
      summary.push(
        ...(await benchGateways(platform, hiveGateway.url, hiveGateway.pid, {
          rounds: Number(process.env.BENCH_GATEWAY_ROUNDS ?? 3),
          seconds: Number(process.env.BENCH_GATEWAY_SECONDS ?? 5),
          concurrency: Number(process.env.BENCH_GATEWAY_CONCURRENCY ?? 16),
          tokensPerCaller: 24,
        })),
      );
    }
    if (phases.has('live')) {
      summary.push(
        ...(await benchLive(platform, {
          subscribers: Number(process.env.BENCH_LIVE_SUBSCRIBERS ?? 100),
          events: Number(process.env.BENCH_LIVE_EVENTS ?? 20),
          gapMs: Number(process.env.BENCH_LIVE_GAP_MS ?? 1000),
        })),
      );
    }
    if (phases.has('import')) summary.push(...(await benchImport(platform, { rows: Number(process.env.BENCH_IMPORT_ROWS ?? 100_000) })));
    if (phases.has('writes')) {
      const { rows } = await benchWriteLoad(platform, { writers: Number(process.env.BENCH_WRITERS ?? 50), seconds: Number(process.env.BENCH_WRITE_SECONDS ?? 60) });
      summary.push(...rows);
    }
    return summary;
  } finally {
    await hive.stopAll();
    await platform.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
