import { fileURLToPath } from 'node:url';
import { envPort } from '@polku/kit';
import { trustedDocumentsOnlyFromEnv } from '@polku/gateway';
import type { PlatformOptions } from './platform.js';

const repoDataDir = fileURLToPath(new URL('../../.data', import.meta.url));

/** `npm start` settings; README.md lists each variable. */
export function platformOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Omit<PlatformOptions, 'onProgress'> {
  return {
    dataDir: env.DATA_DIR ?? repoDataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabasePassword: env.APP_DB_PASSWORD || undefined,
    embeddedPostgresPort: envPort('EMBEDDED_PG_PORT', 54329, env),
    ports: {
      gateway: envPort('PORT', 4000, env),
      partners: envPort('PARTNERS_PORT', 4001, env),
      journeys: envPort('JOURNEYS_PORT', 4002, env),
      outcomes: envPort('OUTCOMES_PORT', 4003, env),
    },
    host: env.HOST,
    production: env.NODE_ENV === 'production',
    trustedDocumentsOnly: trustedDocumentsOnlyFromEnv(env),
    trustedDocumentsPath: env.TRUSTED_DOCUMENTS_PATH || undefined,
    seed: env.SEED_DEMO_DATA !== 'false',
  };
}
