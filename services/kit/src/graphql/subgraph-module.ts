import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { TokenVerifier } from '../auth/tokens.js';
import { tokenSettingsFromEnv } from '../auth/settings.js';
import { databaseSettingsFromEnv, envPort, requireEnv, type DatabaseSettings } from '../config.js';
import { createServiceDataSource, migrateServiceSchema } from '../db/data-source.js';
import { shareConnectionsPerOrganisation } from '../db/organisation-share.js';
import type { OrgScope } from '../db/org-scope.js';
import { describeStartupFailure, StartupError } from '../errors.js';
import type { RunningHttpService } from '../http/listen.js';
import { runUntilStopped } from '../http/supervised.js';
import { createLogger, type Logger } from '../logger.js';
import type { BuiltSubgraph } from './subgraph.js';
import { startSubgraphService } from './subgraph-server.js';
import { checkCallerWithPartners, type CallerCheck } from '../auth/caller-check.js';
import { PeerSubgraphs } from './peers.js';
import { NotificationFeed } from '../db/notifications.js';

/** Everything the platform needs to know to migrate, compose and run one subgraph. */
export interface SubgraphModule<Loaders> {
  name: string;
  defaultPort: number;
  database: {
    /** The service's own Postgres schema. */
    schema: string;
    /** Login role the service connects as: not owner, not superuser, not BYPASSRLS. */
    appRole: string;
    entities: MixedList<Function | string | EntitySchema>;
    migrations: Function[];
  };
  build(): Promise<BuiltSubgraph>;
  createLoaders(db: OrgScope): Loaders;
  /** How the service confirms a token's claims; by default it asks the partners subgraph. */
  checkCaller?: CallerCheck;
  /** PostgreSQL channels the service LISTENs on for its subscriptions (one connection per process). */
  notificationChannels?: string[];
  /** Work the service does on its own (e.g. a schedule), as its login role: started before it serves, stopped on close. */
  background?(dataSource: DataSource, logger: Logger): Promise<{ stop(): void }>;
}

export interface SubgraphRuntime {
  /** Connection as the service's login role. */
  databaseUrl: string;
  port: number;
  host?: string;
  verifier: TokenVerifier;
  /** URLs of the other subgraphs by name, for calls on the caller's behalf. */
  peerUrls?: Record<string, string | undefined>;
  logger?: Logger;
  /** Pool size, per-organisation share and statement timeout; from the environment when absent. */
  database?: DatabaseSettings;
  /** Production: no introspection, no field suggestions. */
  production?: boolean;
}

/** Runs a subgraph's migrations as the schema owner. */
export function migrateSubgraph(module: SubgraphModule<unknown>, ownerUrl: string) {
  return migrateServiceSchema({ url: ownerUrl, schema: module.database.schema, migrations: module.database.migrations });
}

export async function startSubgraph<Loaders>(module: SubgraphModule<Loaders>, runtime: SubgraphRuntime): Promise<RunningHttpService> {
  const logger = runtime.logger ?? createLogger(module.name);
  const settings = runtime.database ?? databaseSettingsFromEnv(module.name);
  const dataSource = createServiceDataSource({
    url: runtime.databaseUrl,
    schema: module.database.schema,
    entities: module.database.entities,
    applicationName: module.name,
    poolSize: settings.poolSize,
    statementTimeoutMs: settings.statementTimeoutMs,
  });
  shareConnectionsPerOrganisation(dataSource, settings.poolPerOrganisation);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new StartupError(`${module.name}: ${describeStartupFailure(error)}`);
  }
  try {
    const { schema } = await module.build();
    const background = await module.background?.(dataSource, logger);
    const notifications = module.notificationChannels?.length ? new NotificationFeed(runtime.databaseUrl, module.notificationChannels, logger) : undefined;
    const http = await startSubgraphService({
      name: module.name,
      schema,
      dataSource,
      verifier: runtime.verifier,
      createLoaders: module.createLoaders,
      checkCaller: module.checkCaller ?? checkCallerWithPartners,
      peers: new PeerSubgraphs(runtime.peerUrls ?? {}),
      port: runtime.port,
      host: runtime.host,
      logger,
      production: runtime.production,
      notifications,
    });
    return {
      ...http,
      async close() {
        background?.stop();
        await notifications?.close();
        await http.close();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Entry point of a subgraph running on its own (container, separate process), configured by environment. */
export async function runSubgraphFromEnv(module: SubgraphModule<unknown>) {
  const service = await startSubgraph(module, {
    databaseUrl: requireEnv('DATABASE_URL'),
    port: envPort('PORT', module.defaultPort),
    host: process.env.HOST,
    verifier: await TokenVerifier.create(tokenSettingsFromEnv()),
    peerUrls: { partners: process.env.PARTNERS_URL, journeys: process.env.JOURNEYS_URL, outcomes: process.env.OUTCOMES_URL },
    production: process.env.NODE_ENV === 'production',
  });
  runUntilStopped(service);
}
