import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { defaultTrustedDocumentsPath, oidcSettingsFromEnv, startGateway, TrustedDocuments } from '@polku/gateway';
import { fileURLToPath } from 'node:url';
import { createLogger, StartupError, startSubgraph, TokenVerifier, tokenSettingsFromEnv, type Logger } from '@polku/kit';
import { supergraphPath } from './composition.js';
import { freePort } from './free-port.js';
import { prepareDatabase, startEmbeddedPostgres, urlAsRole, type EmbeddedDatabase } from './database.js';
import { Supervisor, type RunningService } from './supervisor.js';
import { demoSignIn, demoUsers, tokenForDemoUser } from './demo-users.js';
import { createTokenSigner, ensureDevKeys, type TokenSigner } from './dev-keys.js';
import { seedDemoData } from './seed/index.js';
import { ensureLinkageSecret } from './linkage.js';
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
 * each on its own HTTP port. The end-to-end tests use it; `npm start` runs
 * the same parts as separate processes (startPlatformProcesses).
 */
/** PostgreSQL up, migrated and seeded; the token keys ready. Shared by both ways of running the platform. */
async function prepareData(options: PlatformOptions, closers: Array<() => Promise<void>>, restartOnCrash?: Logger) {
  const progress = options.onProgress ?? (() => {});
  const keys = await ensureDevKeys(options.dataDir);
  // Before the seed and journeys: both compute linkage keys with it.
  await ensureLinkageSecret(options.dataDir, options.production ?? false);
  let adminUrl = options.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!adminUrl) {
    progress(`starting embedded PostgreSQL on port ${options.embeddedPostgresPort}`);
    embedded = await startEmbeddedPostgres(options.dataDir, options.embeddedPostgresPort, { restartOnCrash });
    closers.push(() => embedded!.stop());
    adminUrl = embedded.adminUrl;
  }
  // Without APP_DB_PASSWORD, a fresh password on every start: nothing stored, nothing left from an old run.
  const appPassword = options.appDatabasePassword ?? randomBytes(18).toString('base64url');
  progress('migrating');
  await prepareDatabase(adminUrl, subgraphs, appPassword);
  if (options.seed !== false && (await seedDemoData(adminUrl))) progress('loaded demo data');
  const settings = tokenSettingsFromEnv();
  const signToken = await createTokenSigner(keys.privateKeyPem, settings.issuer, settings.audience);
  const serviceDatabaseUrls = Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, urlAsRole(adminUrl, subgraph.database.appRole, appPassword)]));
  // The IDE's prefilled token is a demo user's: only where demo data is loaded.
  const ideToken = options.production || options.seed === false ? undefined : await tokenForDemoUser(adminUrl, signToken, demoUsers[0]!);
  return { keys, adminUrl, embedded, settings, signToken, serviceDatabaseUrls, ideToken };
}

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  // Closers of what has started, run in reverse on stop or on a failed start.
  const closers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => {});
  };
  try {
    const { keys, adminUrl, settings, signToken, serviceDatabaseUrls, ideToken } = await prepareData(options, closers);
    const verifier = await TokenVerifier.create({ ...settings, publicKeyPem: settings.publicKeyPem ?? keys.publicKeyPem });
    const subgraphUrls: Record<string, string> = {};
    for (const subgraph of subgraphs) {
      const service = await startSubgraph(subgraph, {
        databaseUrl: serviceDatabaseUrls[subgraph.name]!,
        port: options.ports[subgraph.name as keyof PlatformOptions['ports']],
        host: options.host,
        verifier,
        // Filled in as the subgraphs start: read at call time, so journeys reaches outcomes (started after it) too.
        peerUrls: subgraphUrls,
        production: options.production,
      });
      closers.push(() => service.close());
      subgraphUrls[subgraph.name] = service.url;
    }
    const supergraphSdl = await readFile(supergraphPath, 'utf8').catch(() => {
      throw new StartupError(`cannot read ${supergraphPath}; run npm run compose`);
    });
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
      app: { oidc: oidcSettingsFromEnv(), devSignIn: options.production || options.seed === false ? undefined : demoSignIn(adminUrl, signToken) },
    });
    closers.push(() => gateway.close());
    return { gatewayUrl: gateway.url, subgraphUrls, adminUrl, serviceDatabaseUrls, signToken, devPublicKeyPem: keys.publicKeyPem, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface RunningPlatformProcesses extends RunningPlatform {
  /** Each supervised service by name (partners, journeys, outcomes, gateway): its URL, current pid and restarts. */
  services: Record<string, RunningService>;
  /** The embedded PostgreSQL server's pid; undefined with DATABASE_URL. */
  readonly postgresPid: number | undefined;
}

export const serviceEntries: Record<string, string> = {
  partners: fileURLToPath(new URL('../../services/partners/src/main.ts', import.meta.url)),
  journeys: fileURLToPath(new URL('../../services/journeys/src/main.ts', import.meta.url)),
  outcomes: fileURLToPath(new URL('../../services/outcomes/src/main.ts', import.meta.url)),
  gateway: fileURLToPath(new URL('../../gateway/src/main.ts', import.meta.url)),
};

/**
 * `npm start`: PostgreSQL, each subgraph and the gateway as separate
 * supervised processes (see supervisor.ts). One request that blocks a
 * service's event loop cannot freeze the others, and a crashed service (or
 * PostgreSQL) is logged and started again. Each service process reads the
 * same variables as in a container (README.md, Configuration).
 */
export async function startPlatformProcesses(options: PlatformOptions): Promise<RunningPlatformProcesses> {
  const logger = createLogger('supervisor');
  const progress = options.onProgress ?? (() => {});
  const closers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => {});
  };
  try {
    const { keys, adminUrl, embedded, settings, signToken, serviceDatabaseUrls, ideToken } = await prepareData(options, closers, logger);
    // The web app's development sign-in: the gateway process gets a token per demo person (never in production).
    const devSignIn =
      options.production || options.seed === false
        ? undefined
        : {
            personas: demoUsers.map(({ subject, description, organisation, roles }) => ({ subject, description, organisation, roles })),
            tokens: Object.fromEntries(await Promise.all(demoUsers.map(async (user) => [user.subject, await tokenForDemoUser(adminUrl, signToken, user)] as const))),
          };
    const supervisor = new Supervisor(logger);
    closers.push(() => supervisor.stopAll());
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      JWT_ISSUER: settings.issuer,
      JWT_AUDIENCE: settings.audience,
      ...(settings.publicKeyPem || settings.jwksUrl ? {} : { JWT_PUBLIC_KEY: keys.publicKeyPem }),
      NODE_ENV: options.production ? 'production' : (process.env.NODE_ENV ?? 'development'),
      ...(options.host ? { HOST: options.host } : {}),
    };
    const services: Record<string, RunningService> = {};
    const urls: Record<string, string> = {};
    const subgraphUrlEnv = () => Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
    // Every subgraph's port is fixed before any starts, so each can ask any other (journeys asks outcomes,
    // which starts after it, for a client's export, erasure and access report).
    const ports: Record<string, number> = {};
    for (const subgraph of subgraphs) ports[subgraph.name] = options.ports[subgraph.name as keyof PlatformOptions['ports']] || (await freePort());
    const peerUrlEnv = Object.fromEntries(subgraphs.map((subgraph) => [`${subgraph.name.toUpperCase()}_URL`, `http://localhost:${ports[subgraph.name]}/graphql`]));
    for (const subgraph of subgraphs) {
      progress(`starting ${subgraph.name}`);
      const service = await supervisor.start({
        name: subgraph.name,
        entry: serviceEntries[subgraph.name]!,
        env: { ...common, ...peerUrlEnv, DATABASE_URL: serviceDatabaseUrls[subgraph.name], PORT: String(ports[subgraph.name]) },
      });
      services[subgraph.name] = service;
      urls[subgraph.name] = service.url;
    }
    progress('starting the gateway');
    services.gateway = await supervisor.start({
      name: 'gateway',
      entry: serviceEntries.gateway!,
      env: {
        ...common,
        ...subgraphUrlEnv(),
        PORT: String(options.ports.gateway),
        TRUSTED_DOCUMENTS: String(options.trustedDocumentsOnly ?? false),
        ...(options.trustedDocumentsPath ? { TRUSTED_DOCUMENTS_PATH: options.trustedDocumentsPath } : {}),
        ...(ideToken ? { GATEWAY_IDE_TOKEN: ideToken } : {}),
        ...(devSignIn ? { GATEWAY_DEV_SIGN_IN: JSON.stringify(devSignIn) } : {}),
      },
    });
    return {
      gatewayUrl: services.gateway.url,
      subgraphUrls: urls,
      adminUrl,
      serviceDatabaseUrls,
      signToken,
      devPublicKeyPem: keys.publicKeyPem,
      services,
      get postgresPid() {
        return embedded?.pid;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
