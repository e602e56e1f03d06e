import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
let orgIds: Record<string, string>;

beforeAll(async () => {
  platform = await bootPlatform();
  orgIds = Object.fromEntries(
    await Promise.all(['sotek', 'kuntoutussaatio', 'kalliola', 'valo-valmennus'].map(async (slug) => [slug, await platform.organisationId(slug)])),
  );
});
afterAll(() => platform?.stop());

/** Runs SQL as a service's own login role: what a resolver bug could reach at most. */
async function asServiceRole<T>(service: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls[service] });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function orgTablesOf(client: pg.Client, schema: string): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'org_id' ORDER BY table_name`,
    [schema],
  );
  return rows.map((row) => row.table_name);
}

describe.each(subgraphs.map((s) => [s.name, s.database.schema, s.database.appRole] as const))(
  'row level security in the %s schema',
  (service, schema, role) => {
    it('the service connects as a role that is not superuser, not BYPASSRLS and owns no table', async () => {
      await asServiceRole(service, async (client) => {
        const { rows } = await client.query('SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
        expect(rows[0]).toEqual({ name: role, rolsuper: false, rolbypassrls: false });
        const owned = await client.query('SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tableowner = current_user', [schema]);
        expect(owned.rows).toEqual([]);
      });
    });

    it('every table has row level security enabled and forced', async () => {
      await asServiceRole(service, async (client) => {
        const { rows } = await client.query(
          `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> 'migrations'`,
          [schema],
        );
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect({ table: row.relname, enabled: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({ table: row.relname, enabled: true, forced: true });
      });
    });

    it('with one organisation set, no row of another organisation is visible in any org table', async () => {
      await asServiceRole(service, async (client) => {
        for (const table of await orgTablesOf(client, schema)) {
          for (const [slug, orgId] of Object.entries(orgIds)) {
            await client.query('BEGIN');
            await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
            const { rows } = await client.query(`SELECT org_id, count(*)::int AS n FROM ${schema}.${table} GROUP BY org_id`);
            await client.query('COMMIT');
            expect({ table, slug, foreign: rows.filter((r) => r.org_id !== orgId) }).toEqual({ table, slug, foreign: [] });
          }
        }
      });
    });

    it('with no organisation set, every table returns zero rows', async () => {
      await asServiceRole(service, async (client) => {
        const { rows } = await client.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations'`,
          [schema],
        );
        for (const { table_name: table } of rows) {
          const count = await client.query(`SELECT count(*)::int AS n FROM ${schema}.${table}`);
          expect({ table, rows: count.rows[0].n }).toEqual({ table, rows: 0 });
        }
      });
    });
  },
);

describe('the seeded data is really there (the tests above are not vacuous)', () => {
  it('each organisation sees its own rows in every org table that seed data fills', async () => {
    const counts = await asServiceRole('journeys', async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.sotek]);
      const { rows } = await client.query("SELECT (SELECT count(*) FROM journeys.client WHERE code LIKE 'SOT-%')::int AS clients, (SELECT count(*) FROM journeys.enrolment e JOIN journeys.client c ON c.id = e.client_id WHERE c.code LIKE 'SOT-%')::int AS enrolments");
      await client.query('COMMIT');
      return rows[0];
    });
    expect(counts).toEqual({ clients: 5, enrolments: 5 });
    const exits = await asServiceRole('outcomes', async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.kalliola]);
      const { rows } = await client.query('SELECT count(*)::int AS n FROM outcomes.exit_outcome');
      await client.query('COMMIT');
      return rows[0].n;
    });
    expect(exits).toBe(13);
  });

  it("refuses to write a row into another organisation's data", async () => {
    const error = await asServiceRole('journeys', async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.kalliola]);
      const failure = await client.query('INSERT INTO journeys.client (org_id, code) VALUES ($1, $2)', [orgIds.sotek, 'SOT-9999']).catch((e) => e);
      await client.query('ROLLBACK');
      return failure;
    });
    expect(error.message).toMatch(/row-level security/);
  });

  it('a transaction-local organisation does not outlive its transaction on a pooled connection', async () => {
    const visible = await asServiceRole('journeys', async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.sotek]);
      await client.query('COMMIT');
      return (await client.query('SELECT count(*)::int AS n FROM journeys.client')).rows[0].n;
    });
    expect(visible).toBe(0);
  });
});
