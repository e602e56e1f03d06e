import { freePort } from './free-port.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '@polku/kit';
import { benchAuthorization } from './bench-authorization.js';
import { benchPooledMetrics } from './bench-pooled.js';
import { benchReleases } from './bench-releases.js';
import { renderSummary, type SummaryRow } from './bench-stats.js';
import { startPlatform } from './platform.js';
import { defaultSyntheticOptions, findSynthetic, generateSynthetic } from './synthetic.js';

/** The benchmark itself; bench.ts starts it in production mode. */
runMain(async () => {
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
        `loaded ${data.exits} exits, ${data.follow_ups} follow-ups (${data.summary_rows} monthly summary rows) in ${Math.round((Date.now() - loadStarted) / 1000)} s`,
      );
    }

    const summary: SummaryRow[] = [];
    summary.push(...(await benchReleases(platform, data, { runs: Number(process.env.BENCH_RELEASE_RUNS ?? 10), years: defaultSyntheticOptions.years })));
    summary.push(...(await benchPooledMetrics(platform, data, { runs, years: defaultSyntheticOptions.years })));
    summary.push(
      ...(await benchAuthorization(platform, data, {
        rounds: Number(process.env.BENCH_AUTH_ROUNDS ?? 5),
        requests: Number(process.env.BENCH_AUTH_REQUESTS ?? 100),
        concurrency: Number(process.env.BENCH_AUTH_CONCURRENCY ?? 10),
      })),
    );
    console.log(`\nsummary (${data.exits} exits, ${data.organisationIds.length} organisations, ${runs} runs per pooled path):\n`);
    console.log(renderSummary(summary));
  } finally {
    await platform.stop();
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
});
