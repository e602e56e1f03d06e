import type { Logger } from '@polku/kit';
import type { DataSource } from 'typeorm';
import { releaseStore } from './release.store.js';

const hour = 60 * 60 * 1000;

/**
 * The default release schedule: at start and every hour, a release for every
 * closed year that has figures and no release yet. Several replicas may run
 * it at once: the database function takes a lock per project-year and
 * publishes only what is still missing.
 */
export async function startReleaseSchedule(dataSource: DataSource, logger: Logger, every = hour): Promise<{ stop(): void }> {
  let running: Promise<void> | undefined;
  const tick = () =>
    (running ??= dataSource
      .transaction((manager) => releaseStore.publishDue(manager))
      .then((published) => {
        if (published > 0) logger.info('statistics releases published', { published });
      })
      .catch((error: unknown) => logger.error('statistics release schedule failed', { error: String(error) }))
      .finally(() => (running = undefined)));
  // the first round before the service answers: pooled reads find the closed years' releases
  await tick();
  const timer = setInterval(tick, every);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
