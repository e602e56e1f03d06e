import { runMain, StartupError } from '@polku/kit';
import { linkageSecretFromEnv } from '@polku/journeys';
import { embeddedAdminUrl } from './database.js';
import { rotateLinkageKeys } from './linkage.js';
import { platformOptionsFromEnv } from './settings.js';

// npm run linkage:rotate: after journeys runs with the new POLKU_LINKAGE_SECRET (and POLKU_LINKAGE_KEY_ID),
// recompute every stored key under it, with the same variables set (docs/linkage.md, Rotation).
runMain(async () => {
  const linkage = linkageSecretFromEnv();
  const options = platformOptionsFromEnv();
  const ownerUrl = options.databaseUrl ?? embeddedAdminUrl(options.dataDir, options.embeddedPostgresPort);
  if (!ownerUrl) throw new StartupError('no database yet: run npm start first (or set DATABASE_URL)');
  const { written, removed } = await rotateLinkageKeys(ownerUrl, linkage);
  console.log(`linkage keys now under key id ${linkage.keyId}: ${written} written, ${removed} removed`);
});
