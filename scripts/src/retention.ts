import { parseArgs } from 'node:util';
import { runMain, StartupError } from '@polku/kit';
import { embeddedAdminUrl, retentionJobUrl } from './database.js';
import { ACCESS_LOG_MIN_YEARS, runRetention } from './retention-job.js';
import { platformOptionsFromEnv } from './settings.js';

const usage = 'usage: npm run retention -- [--dry-run] [--today YYYY-MM-DD] [--access-log-years N]';
const todayInFinland = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());

// npm run retention: the scheduled retention job (run it daily, e.g. from cron); --dry-run lists what it would erase and why.
runMain(async () => {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      today: { type: 'string' },
      'access-log-years': { type: 'string' },
    },
  });
  const today = values.today ?? todayInFinland();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new StartupError(usage);
  const accessLogYears = values['access-log-years'] === undefined ? ACCESS_LOG_MIN_YEARS : Number(values['access-log-years']);
  if (!Number.isInteger(accessLogYears) || accessLogYears < ACCESS_LOG_MIN_YEARS) throw new StartupError(`--access-log-years must be a whole number of at least ${ACCESS_LOG_MIN_YEARS}`);
  // Its own login (RETENTION_DATABASE_URL, role retention_job); in development, made from the admin URL for this run.
  const options = platformOptionsFromEnv();
  const adminUrl = options.databaseUrl ?? embeddedAdminUrl(options.dataDir, options.embeddedPostgresPort);
  const jobUrl = process.env.RETENTION_DATABASE_URL || (adminUrl && (await retentionJobUrl(adminUrl)));
  if (!jobUrl) throw new StartupError('no database yet: run npm start first (or set RETENTION_DATABASE_URL)');
  const dryRun = values['dry-run'];
  const report = await runRetention(jobUrl, { dryRun, today, accessLogYears });
  console.log(`${dryRun ? 'dry run: would erase' : 'erased'} on ${today}:`);
  for (const organisation of report.organisations) {
    console.log(`organisation ${organisation.organisationId} (policy: ${organisation.yearsAfterLastExit} years after the last exit): ${organisation.due.length} client(s)`);
    for (const client of organisation.due) console.log(`  ${client.code} ${client.clientId}: last exit ${client.lastExitOn}, erasable from ${client.erasableFrom}`);
  }
  console.log(`${dryRun ? 'would purge' : 'purged'} ${report.accessLogRows} access log row(s), ${report.outcomesAccessLogRows} outcomes access log row(s) and ${report.erasureLogRows} erasure log row(s) older than ${accessLogYears} years`);
});
