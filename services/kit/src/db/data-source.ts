import pg from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { countingLogger } from './statement-counter.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own Postgres schema; it never reads another. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations?: Function[];
  poolSize?: number;
  /** PostgreSQL cancels a statement running longer (and a transaction left idle three times as long). */
  statementTimeoutMs?: number;
  applicationName?: string;
}

export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations ?? [],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['query', 'error'],
    logger: countingLogger(options.applicationName ?? options.schema),
    applicationName: options.applicationName ?? options.schema,
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      ...(options.statementTimeoutMs
        ? { statement_timeout: options.statementTimeoutMs, idle_in_transaction_session_timeout: options.statementTimeoutMs * 3 }
        : {}),
    },
  });
}

/**
 * Runs a service's migrations as the schema owner. The schema is created first
 * because TypeORM keeps its migrations table inside it.
 */
export async function migrateServiceSchema(options: Omit<ServiceDatabaseOptions, 'entities'> & { migrations: Function[] }) {
  const dataSource = createServiceDataSource({ ...options, entities: [], poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
