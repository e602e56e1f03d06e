import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { defaultTrustedDocumentsPath, startGateway, TrustedDocuments } from '@polku/gateway';
import { StartupError, startSubgraph, TokenVerifier, tokenSettingsFromEnv } from '@polku/kit';
import { supergraphPath } from './composition.js';
import { prepareDatabase, startEmbeddedPostgres, urlAsRole } from './database.js';
import { demoUsers, tokenForDemoUser } from './demo-users.js';
import { createTokenSigner, ensureDevKeys, type TokenSigner } from './dev-keys.js';
import { seedDemoData } from './seed/index.js';
import { subgraphs } from './subgraphs.js';

export interface PlatformOptions {
  /** Development data: the embedded cluster and the token signing keys. */
  dataDir: string;
  /** An external PostgreSQL (as a role that may create roles and schemas); embedded when absent. */
  databaseUrl?: string;
  /** Password of the service login roles; random per start when absent. */
  appDatabasePassword?: string;
  embeddedPostgresPort: number;
  /** 0 picks a free port. */
  ports: { gateway: number; partners: number; journeys: number; outcomes: number };
  host?: string;
  production?: boolean;
  /** Gateway runs only the manifest's trusted documents (TRUSTED_DOCUMENTS); off when absent. */
  trustedDocumentsOnly?: boolean;
  /** The manifest of trusted documents; the one npm run codegen writes when absent. */
  trustedDocumentsPath?: string;
  seed?: boolean;
  onProgress?: (message: string) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  adminUrl: string;
  /** Each service's own login (for tests that check row level security as that role). */
  serviceDatabaseUrls: Record<string, string>;
  signToken: TokenSigner;
  devPublicKeyPem: string;
  stop(): Promise<void>;
}

/**
 * Starts the whole platform in this process: PostgreSQL (embedded unless a
 * URL is given), migrations, demo data, the three subgraphs and the gateway,
 * each on its own HTTP port. `npm start` and the end-to-end tests use it.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const progress = options.onProgress ?? (() => {});
  // Closers of what has started, run in reverse on stop or on a failed start.
  const closers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => {});
  };
  try {
    const keys = await ensureDevKeys(options.dataDir);
    let adminUrl = options.databaseUrl;
    if (!adminUrl) {
      progress(`starting embedded PostgreSQL on port ${options.embeddedPostgresPort}`);
      const embedded = await startEmbeddedPostgres(options.dataDir, options.embeddedPostgresPort);
      closers.push(() => embedded.stop());
      adminUrl = embedded.adminUrl;
    }
    // Without APP_DB_PASSWORD, a fresh password on every start: nothing stored, nothing left from an old run.
    const appPassword = options.appDatabasePassword ?? randomBytes(18).toString('base64url');
    progress('migrating');
    await prepareDatabase(adminUrl, subgraphs, appPassword);
    if (options.seed !== false && (await seedDemoData(adminUrl))) progress('loaded demo data');

    const settings = tokenSettingsFromEnv();
    const verifier = await TokenVerifier.create({ ...settings, publicKeyPem: settings.publicKeyPem ?? keys.publicKeyPem });
    const serviceDatabaseUrls: Record<string, string> = {};
    const subgraphUrls: Record<string, string> = {};
    for (const subgraph of subgraphs) {
      serviceDatabaseUrls[subgraph.name] = urlAsRole(adminUrl, subgraph.database.appRole, appPassword);
      const service = await startSubgraph(subgraph, {
        databaseUrl: serviceDatabaseUrls[subgraph.name]!,
        port: options.ports[subgraph.name as keyof PlatformOptions['ports']],
        host: options.host,
        verifier,
        // Filled in as the subgraphs start: read at call time, so journeys reaches outcomes (started after it) too.
        peerUrls: subgraphUrls,
      });
      closers.push(() => service.close());
      subgraphUrls[subgraph.name] = service.url;
    }
    const supergraphSdl = await readFile(supergraphPath, 'utf8').catch(() => {
      throw new StartupError(`cannot read ${supergraphPath}; run npm run compose`);
    });
    const signToken = await createTokenSigner(keys.privateKeyPem, settings.issuer, settings.audience);
    // The IDE's prefilled token is a demo user's: only where demo data is loaded.
    const ideToken = options.production || options.seed === false ? undefined : await tokenForDemoUser(adminUrl, signToken, demoUsers[0]!);
    const gateway = await startGateway({
      supergraphSdl,
      subgraphUrls,
      verifier,
      port: options.ports.gateway,
      host: options.host,
      production: options.production ?? false,
      ideToken,
      trustedDocuments: await TrustedDocuments.load(options.trustedDocumentsPath ?? defaultTrustedDocumentsPath, options.trustedDocumentsOnly ?? false),
      trustedDocumentsOnly: options.trustedDocumentsOnly ?? false,
    });
    closers.push(() => gateway.close());
    return { gatewayUrl: gateway.url, subgraphUrls, adminUrl, serviceDatabaseUrls, signToken, devPublicKeyPem: keys.publicKeyPem, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
