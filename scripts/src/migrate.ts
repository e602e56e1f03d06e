import { requireEnv, runMain } from '@polku/kit';
import { prepareDatabase } from './database.js';
import { ensureDevKeys } from './dev-keys.js';
import { seedDemoData } from './seed/index.js';
import { platformOptionsFromEnv } from './settings.js';
import { subgraphs } from './subgraphs.js';

// Prepares an external PostgreSQL (docker compose, production): service roles,
// migrations and, unless SEED_DEMO_DATA=false, demo data. The services then
// start on their own with DATABASE_URL as their login role.
runMain(async () => {
  const adminUrl = requireEnv('DATABASE_URL');
  await prepareDatabase(adminUrl, subgraphs, requireEnv('APP_DB_PASSWORD'));
  console.log(`migrated ${subgraphs.map((s) => s.database.schema).join(', ')}`);
  if (process.env.SEED_DEMO_DATA !== 'false' && (await seedDemoData(adminUrl))) console.log('loaded demo data');
  if (process.env.GENERATE_DEV_KEYS === 'true') {
    const { dataDir } = platformOptionsFromEnv();
    await ensureDevKeys(dataDir);
    console.log(`development signing keys are in ${dataDir}/keys`);
  }
});
