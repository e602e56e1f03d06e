import type { Logger as TypeOrmLogger } from 'typeorm';
import { createLogger } from '../logger.js';

/**
 * Counts the SQL statements each service sends, so tests can prove that a
 * query's statement count does not grow with the rows it returns.
 */
const counts = new Map<string, number>();

export function sqlStatementCount(service?: string): number {
  if (service) return counts.get(service) ?? 0;
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

export function countingLogger(service: string): TypeOrmLogger {
  const logger = createLogger(service);
  return {
    logQuery: () => void counts.set(service, (counts.get(service) ?? 0) + 1),
    // Expected failures (a unique key taken, a check refused) become typed errors upstream: debug, not error.
    logQueryError: (error, query) => logger.debug('query failed', { error: String(error), query }),
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
}
