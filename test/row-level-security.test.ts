import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs, withAdminClient } from '@polku/scripts';
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

async function projectId(slug: string): Promise<string> {
  return withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT id FROM partners.project WHERE slug = $1', [slug])).rows[0].id);
}

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

/**
 * Directory tables: an organisation writes its rows (org_id names the writer)
 * and every organisation reads them (a `directory_read` policy), because they
 * hold no personal data: project settings, badge catalogues, instruments,
 * feedback survey definitions. Listed here so that a new one is a decision.
 */
const directoryTables: Record<string, string[]> = { outcomes: ['badge', 'feedback_survey', 'instrument', 'project_setting'] };
/** Tables the service role cannot read at all (only a NOLOGIN role's SECURITY DEFINER function does). */
const unreadableTables: Record<string, string[]> = { outcomes: ['feedback_response'] };

async function directoryTablesOf(client: pg.Client, schema: string): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT DISTINCT c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND p.polname = 'directory_read' AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = $1 AND k.table_name = c.relname AND k.column_name = 'org_id')
     ORDER BY 1`,
    [schema],
  );
  return rows.map((row) => row.relname);
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

    it('every SECURITY DEFINER function is owned by a NOLOGIN role that is neither superuser nor BYPASSRLS', async () => {
      const owners = await withAdminClient(platform.adminUrl, async (db) =>
        (
          await db.query(
            `SELECT p.proname AS function, r.rolname AS owner, r.rolcanlogin AS login, r.rolsuper AS super, r.rolbypassrls AS bypass
             FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.pronamespace = $1::regnamespace AND p.prosecdef ORDER BY 1`,
            [schema],
          )
        ).rows,
      );
      for (const owner of owners) expect(owner).toEqual({ ...owner, login: false, super: false, bypass: false });
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
        const directory = await directoryTablesOf(client, schema);
        expect(directory).toEqual(directoryTables[schema] ?? []);
        for (const table of (await orgTablesOf(client, schema)).filter((t) => !directory.includes(t))) {
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
        const unreadable: string[] = [];
        for (const { table_name: table } of rows) {
          const { rows: grant } = await client.query(`SELECT has_table_privilege($1, 'SELECT') AS readable`, [`${schema}.${table}`]);
          if (!grant[0].readable) {
            unreadable.push(table);
            continue;
          }
          const count = await client.query(`SELECT count(*)::int AS n FROM ${schema}.${table}`);
          expect({ table, rows: count.rows[0].n }).toEqual({ table, rows: 0 });
        }
        expect(unreadable.sort()).toEqual(unreadableTables[schema] ?? []);
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
    // Tekijän polku's 11 people and one exit in Yhteinen Askel.
    expect(exits).toBe(12);
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

/**
 * Tables shared by two organisations name both (e.g. sender_org_id and
 * receiver_org_id of a referral) instead of an org_id: a row may be visible to
 * either party, never to a third organisation.
 */
describe('two-party tables in the journeys schema', () => {
  async function twoPartyTables(client: pg.Client): Promise<Array<{ table: string; columns: string[] }>> {
    const { rows } = await client.query(
      `SELECT table_name AS table, array_agg(column_name::text ORDER BY column_name) AS columns FROM information_schema.columns
       WHERE table_schema = 'journeys' AND column_name LIKE '%\\_org\\_id' AND column_name <> 'actor_org_id'
       GROUP BY table_name HAVING count(*) = 2 ORDER BY table_name`,
    );
    return rows;
  }

  it('with one organisation set, every visible row names it as one of the two parties', async () => {
    const seen = await asServiceRole('journeys', async (client) => {
      const tables = await twoPartyTables(client);
      expect(tables.map((t) => t.table)).toEqual(['consent', 'referral', 'referral_event', 'referral_shared_data']);
      let visibleRows = 0;
      for (const { table, columns } of tables) {
        for (const [slug, orgId] of Object.entries(orgIds)) {
          await client.query('BEGIN');
          await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
          const { rows } = await client.query(`SELECT ${columns.join(', ')} FROM journeys.${table}`);
          await client.query('COMMIT');
          visibleRows += rows.length;
          const foreign = rows.filter((row) => !columns.some((column) => row[column] === orgId));
          expect({ table, slug, foreign }).toEqual({ table, slug, foreign: [] });
        }
      }
      return visibleRows;
    });
    expect(seen).toBeGreaterThan(0);
  });

  it('the receiver sees a sent referral with its consented data, never a draft; a third partner sees neither', async () => {
    const counts = async (slug: string) =>
      asServiceRole('journeys', async (client) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds[slug]]);
        const { rows } = await client.query(`SELECT
          (SELECT count(*) FROM journeys.referral WHERE status = 'SENT')::int AS sent,
          (SELECT count(*) FROM journeys.referral WHERE status = 'DRAFT')::int AS drafts,
          (SELECT count(*) FROM journeys.referral_shared_data)::int AS shared,
          (SELECT count(*) FROM journeys.consent)::int AS consents`);
        await client.query('COMMIT');
        return rows[0];
      });
    expect(await counts('sotek')).toEqual({ sent: 1, drafts: 1, shared: 1, consents: 2 });
    // The referral's consent, and Aino's own PARTICIPATION_CHECK consent at Kuntoutussäätiö (docs/linkage.md).
    expect(await counts('kuntoutussaatio')).toEqual({ sent: 1, drafts: 0, shared: 1, consents: 2 });
    expect(await counts('kalliola')).toEqual({ sent: 0, drafts: 0, shared: 0, consents: 0 });
    expect(await counts('valo-valmennus')).toEqual({ sent: 0, drafts: 0, shared: 0, consents: 0 });
  });

  it("no party can rewrite a referral's parties or a consent's scope, only its status", async () => {
    const failures = await asServiceRole('journeys', async (client) => {
      const attempt = async (orgId: string, sql: string) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
        const failure = await client.query(sql, [orgIds.kalliola]).then(() => null, (e: Error) => e.message);
        await client.query('ROLLBACK');
        return failure;
      };
      return [
        await attempt(orgIds.kuntoutussaatio, 'UPDATE journeys.referral SET receiver_org_id = $1'),
        await attempt(orgIds.sotek, 'UPDATE journeys.referral SET receiver_org_id = $1'),
        await attempt(orgIds.sotek, 'UPDATE journeys.consent SET recipient_org_id = $1'),
        await attempt(orgIds.sotek, 'DELETE FROM journeys.referral_event WHERE sender_org_id <> $1'),
      ];
    });
    for (const failure of failures) expect(failure).toMatch(/permission denied/);
  });

  it('a status moves only as its party may move it: the receiver cannot reopen or skip, the sender cannot accept', async () => {
    const outcomes = await asServiceRole('journeys', async (client) => {
      const attempt = async (orgId: string, status: string) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
        const result = await client
          .query(`UPDATE journeys.referral SET status = $1 WHERE status = 'SENT' RETURNING id`, [status])
          .then((r) => `updated ${r.rowCount}`, (e: Error) => e.message);
        await client.query('ROLLBACK');
        return result;
      };
      return {
        receiverSkipsToCompleted: await attempt(orgIds.kuntoutussaatio, 'COMPLETED'),
        receiverBackToDraft: await attempt(orgIds.kuntoutussaatio, 'DRAFT'),
        senderAccepts: await attempt(orgIds.sotek, 'ACCEPTED'),
        expiresBeforeDeadline: await attempt(orgIds.kuntoutussaatio, 'EXPIRED'),
        receiverAccepts: await attempt(orgIds.kuntoutussaatio, 'ACCEPTED'),
      };
    });
    const refused = /cannot move from SENT to/;
    expect(outcomes.receiverSkipsToCompleted).toMatch(refused);
    expect(outcomes.receiverBackToDraft).toMatch(refused);
    expect(outcomes.senderAccepts).toMatch(refused);
    expect(outcomes.expiresBeforeDeadline).toMatch(refused);
    // The legal move is not blocked: the guard is not simply refusing everything.
    expect(outcomes.receiverAccepts).toBe('updated 1');
  });

  it("a referral's consent must be the sender's consent for that receiver", async () => {
    const failure = await asServiceRole('journeys', async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.sotek]);
      // Sotek's consent to Kuntoutussäätiö, reused for a referral to Kalliola.
      const result = await client
        .query(
          `INSERT INTO journeys.referral (sender_org_id, receiver_org_id, project_id, service_offering_id, enrolment_id, consent_id, created_by)
           SELECT r.sender_org_id, $1, r.project_id, r.service_offering_id, r.enrolment_id, r.consent_id, 'test' FROM journeys.referral r WHERE r.status = 'SENT'`,
          [orgIds.kalliola],
        )
        .then(() => null, (e: Error) => e.message);
      await client.query('ROLLBACK');
      return result;
    });
    expect(failure).toMatch(/referral_consent_parties_fkey/);
  });

  it('no organisation can weaken small-count suppression below k = 5 in the database', async () => {
    const failure = await asServiceRole('outcomes', async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.kalliola]);
      const result = await client
        // Tekijän polku: Kalliola leads it, so only the threshold's own check can refuse this.
        .query(`INSERT INTO outcomes.project_setting (project_id, org_id, min_cell_size) VALUES ($2, $1, 3)`, [orgIds.kalliola, await projectId('tekijan-polku')])
        .then(() => null, (e: Error) => e.message);
      await client.query('ROLLBACK');
      return result;
    });
    expect(failure).toMatch(/project_setting_min_cell_size_check/);
  });
});
