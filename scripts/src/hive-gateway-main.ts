import { readFile } from 'node:fs/promises';
import { defaultTrustedDocumentsPath, TrustedDocuments, trustedDocumentsOnlyFromEnv } from '@polku/gateway';
import { envPort, runMain, runUntilStopped, StartupError } from '@polku/kit';
import { supergraphPath } from './composition.js';
import { startHiveGateway } from './hive-gateway.js';

// npm run gateway:hive: Hive Gateway instead of the platform's Apollo Gateway,
// with the same variables as gateway/src/main.ts (README.md, "Switching to Hive Gateway").
runMain(async () => {
  const path = process.env.SUPERGRAPH_PATH ?? supergraphPath;
  const supergraphSdl = await readFile(path, 'utf8').catch(() => {
    throw new StartupError(`cannot read the supergraph at ${path}; run npm run compose or set SUPERGRAPH_PATH`);
  });
  const trustedDocumentsOnly = trustedDocumentsOnlyFromEnv();
  const gateway = await startHiveGateway({
    supergraphSdl,
    subgraphUrls: Object.fromEntries(
      ['partners', 'journeys', 'outcomes'].flatMap((name) => {
        const url = process.env[`${name.toUpperCase()}_URL`];
        return url ? [[name, url]] : [];
      }),
    ),
    trustedDocuments: await TrustedDocuments.load(process.env.TRUSTED_DOCUMENTS_PATH ?? defaultTrustedDocumentsPath, trustedDocumentsOnly),
    trustedDocumentsOnly,
    port: envPort('PORT', 4000),
    host: process.env.HOST,
  });
  console.log(`Hive Gateway serving ${path} at ${gateway.url} (trusted documents ${trustedDocumentsOnly ? 'only' : 'optional'})`);
  runUntilStopped(gateway);
});
