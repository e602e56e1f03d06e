import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { envPort, runMain, runUntilStopped, StartupError, tokenSettingsFromEnv, TokenVerifier } from '@polku/kit';
import { devSignInFromEnv, oidcSettingsFromEnv } from './app-serving.js';
import { startGateway } from './gateway.js';
import { defaultTrustedDocumentsPath, TrustedDocuments, trustedDocumentsOnlyFromEnv } from './trusted-documents.js';

const defaultSupergraph = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

runMain(async () => {
  const path = process.env.SUPERGRAPH_PATH ?? defaultSupergraph;
  const supergraphSdl = await readFile(path, 'utf8').catch(() => {
    throw new StartupError(`cannot read the supergraph at ${path}; run npm run compose or set SUPERGRAPH_PATH`);
  });
  const subgraphUrls = Object.fromEntries(
    (['partners', 'journeys', 'outcomes'] as const)
      .map((name) => [name, process.env[`${name.toUpperCase()}_URL`]])
      .filter(([, url]) => url),
  );
  const trustedDocumentsOnly = trustedDocumentsOnlyFromEnv();
  const gateway = await startGateway({
    trustedDocuments: await TrustedDocuments.load(process.env.TRUSTED_DOCUMENTS_PATH ?? defaultTrustedDocumentsPath, trustedDocumentsOnly),
    trustedDocumentsOnly,
    supergraphSdl,
    subgraphUrls,
    verifier: await TokenVerifier.create(tokenSettingsFromEnv()),
    port: envPort('PORT', 4000),
    host: process.env.HOST,
    production: process.env.NODE_ENV === 'production',
    // Development only (npm start sets it): a demo token prefilled in the IDE.
    ideToken: process.env.NODE_ENV === 'production' ? undefined : process.env.GATEWAY_IDE_TOKEN || undefined,
    // Development only: npm start hands the separately running gateway the demo people's tokens for the app's sign-in.
    app: { distDir: process.env.APP_DIST_DIR || undefined, oidc: oidcSettingsFromEnv(), devSignIn: process.env.NODE_ENV === 'production' ? undefined : devSignInFromEnv() },
  });
  runUntilStopped(gateway);
});
