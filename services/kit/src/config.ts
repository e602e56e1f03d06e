import { StartupError } from './errors.js';

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new StartupError(`${name} is not set`);
  return value;
}

export function envPort(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartupError(`${name} must be a port number, got "${raw}"`);
  return port;
}

/** A service's PostgreSQL limits (see databaseSettingsFromEnv). */
export interface DatabaseSettings {
  /** Connections in the service's pool. */
  poolSize: number;
  /** Connections one organisation may hold at once; the rest stay free for the others. */
  poolPerOrganisation: number;
  /** PostgreSQL cancels a statement running longer (statement_timeout). */
  statementTimeoutMs: number;
}

export const defaultDatabaseSettings: DatabaseSettings = { poolSize: 10, poolPerOrganisation: 5, statementTimeoutMs: 5_000 };

/**
 * DB_POOL_SIZE, DB_POOL_PER_ORGANISATION and DB_STATEMENT_TIMEOUT_MS, each
 * overridable per service with its name first (JOURNEYS_DB_POOL_SIZE, ...).
 * The per-organisation share defaults to half the pool.
 */
export function databaseSettingsFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const read = (name: string, fallback: number, min: number) => {
    const key = [`${service.toUpperCase()}_${name}`, name].find((candidate) => env[candidate] !== undefined && env[candidate] !== '');
    if (!key) return fallback;
    const value = Number(env[key]);
    if (!Number.isInteger(value) || value < min) throw new StartupError(`${key} must be a whole number of at least ${min}, got "${env[key]}"`);
    return value;
  };
  const poolSize = read('DB_POOL_SIZE', defaultDatabaseSettings.poolSize, 2);
  return {
    poolSize,
    poolPerOrganisation: Math.min(poolSize, read('DB_POOL_PER_ORGANISATION', Math.max(1, Math.floor(poolSize / 2)), 1)),
    statementTimeoutMs: read('DB_STATEMENT_TIMEOUT_MS', defaultDatabaseSettings.statementTimeoutMs, 100),
  };
}
