import { randomUUID } from 'node:crypto';
import { createServiceDataSource, databaseSettingsFromEnv, OrgScope, shareConnectionsPerOrganisation, type Caller } from '@polku/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { bootPlatform, type TestPlatform } from './support/platform.js';

// Issue 11, finding 3 (the platform's part): every service's statements have
// a timeout, and one organisation's slow requests cannot take the whole pool
// (ten large assessments at once once made other organisations' reads fail).

let platform: TestPlatform;
const sources: DataSource[] = [];
beforeAll(async () => {
  platform = await bootPlatform();
});
afterAll(async () => {
  for (const source of sources) await source.destroy();
  await platform?.stop();
});

async function journeysPool(poolSize: number, statementTimeoutMs?: number) {
  const source = createServiceDataSource({ url: platform.serviceDatabaseUrls.journeys!, schema: 'journeys', entities: [], poolSize, statementTimeoutMs, applicationName: 'limits-test' });
  await source.initialize();
  sources.push(source);
  return source;
}
const callerOf = (organisationId: string): Caller => ({ subject: `limits@${organisationId}`, organisationId, roles: ['COACH'], projectIds: [] });

describe('database limits per service', () => {
  it('cancels a statement that runs longer than the statement timeout, and the connection serves the next one', async () => {
    const source = await journeysPool(2, 300);
    const scope = new OrgScope(source, callerOf(randomUUID()));
    await expect(scope.run((manager) => manager.query('SELECT pg_sleep(2)'))).rejects.toMatchObject({ driverError: { code: '57014' } });
    await expect(scope.run((manager) => manager.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
  });

  it('keeps connections free for other organisations while one organisation fills its share', async () => {
    const source = await journeysPool(4);
    shareConnectionsPerOrganisation(source, 2);
    const busy = new OrgScope(source, callerOf(randomUUID()));
    const slow = Array.from({ length: 8 }, () => busy.run((manager) => manager.query('SELECT pg_sleep(0.6)')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const began = performance.now();
    await new OrgScope(source, callerOf(randomUUID())).run((manager) => manager.query('SELECT 1'));
    // Without the share the eight slow transactions hold all four connections for 1.2 s.
    expect(performance.now() - began).toBeLessThan(400);
    await Promise.all(slow);
  });

  it('reads pool size, share and timeout per service from the environment', () => {
    expect(databaseSettingsFromEnv('journeys', {})).toEqual({ poolSize: 10, poolPerOrganisation: 5, statementTimeoutMs: 5000 });
    const env = { DB_POOL_SIZE: '20', JOURNEYS_DB_POOL_SIZE: '6', DB_STATEMENT_TIMEOUT_MS: '2000' };
    expect(databaseSettingsFromEnv('journeys', env)).toEqual({ poolSize: 6, poolPerOrganisation: 3, statementTimeoutMs: 2000 });
    expect(databaseSettingsFromEnv('outcomes', env)).toEqual({ poolSize: 20, poolPerOrganisation: 10, statementTimeoutMs: 2000 });
    expect(() => databaseSettingsFromEnv('journeys', { DB_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
  });
});
