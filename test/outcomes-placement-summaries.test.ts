import { withAdminClient } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * The two yearly summaries the statistics release reads for placements and
 * competences (migration 1742000000000) always equal their rows regrouped,
 * through inserts, updates and deletes, and the SECURITY DEFINER triggers
 * that keep them are bound to the calling organisation.
 */
let platform: TestPlatform;
let org: { kalliola: string; sotek: string };
const project = '00000000-0000-4000-8000-00000000a001';
const enrolment = '00000000-0000-4000-8000-00000000e001';

beforeAll(async () => {
  platform = await bootPlatform();
  org = { kalliola: await platform.organisationId('kalliola'), sotek: await platform.organisationId('sotek') };
});
afterAll(() => platform?.stop());

async function asOrganisation<T>(orgId: string, work: (db: any) => Promise<T>): Promise<T> {
  return withAdminClient(platform.adminUrl, async (db) => {
    await db.query('BEGIN');
    // as the service's role: row level security applies (the admin is a superuser)
    await db.query('SET LOCAL ROLE outcomes_app');
    await db.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    try {
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  });
}

const summaryRows = (orgId: string) =>
  asOrganisation(orgId, async (db) => (await db.query(
    `SELECT year, kind, started, ended, placement_months, mentoring_hours::float AS hours FROM outcomes.placement_year_summary
     WHERE project_id = $1 ORDER BY year, kind`, [project])).rows);

/** The same figures regrouped from the rows themselves. */
const regrouped = (orgId: string) =>
  asOrganisation(orgId, async (db) => (await db.query(
    `WITH p AS (SELECT * FROM outcomes.placement WHERE project_id = $1),
     c AS (
       SELECT extract(year FROM starts_on)::int AS year, kind, 1 AS s, 0 AS e, 0 AS m, 0::numeric AS h FROM p
       UNION ALL SELECT extract(year FROM ends_on)::int, kind, 0, 1, 0, 0 FROM p WHERE ends_on IS NOT NULL
       UNION ALL SELECT extract(year FROM month)::int, kind, 0, 0, 1, hours FROM outcomes.placement_mentoring WHERE project_id = $1)
     SELECT year, kind, sum(s)::int AS started, sum(e)::int AS ended, sum(m)::int AS placement_months, sum(h)::float AS hours
     FROM c GROUP BY 1, 2 ORDER BY 1, 2`, [project])).rows);

describe('placement_year_summary', () => {
  it('follows inserts, an end day set, mentoring logged and corrected, and a withdrawal', async () => {
    const ids = await asOrganisation(org.kalliola, async (db) => {
      const { rows } = await db.query(
        `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, programme, employer_unit_id, starts_on, hours_per_week, funding)
         SELECT $1, $2, $3, k, 'Paikka auki', gen_random_uuid(), d, 30, 'STEA'
         FROM (VALUES ('EMPLOYMENT_WITHIN_ORGANISATION', date '2024-11-01'), ('EMPLOYMENT_WITHIN_ORGANISATION', date '2025-02-01'), ('WORK_TRIAL', date '2025-03-01')) v(k, d)
         RETURNING id`,
        [org.kalliola, enrolment, project],
      );
      return rows.map((r: any) => r.id as string);
    });
    await asOrganisation(org.kalliola, async (db) => {
      await db.query(`UPDATE outcomes.placement SET ends_on = '2025-10-31' WHERE id = $1`, [ids[0]]);
      await db.query(
        `INSERT INTO outcomes.placement_mentoring (org_id, placement_id, project_id, kind, month, hours)
         VALUES ($1, $2, $3, 'EMPLOYMENT_WITHIN_ORGANISATION', '2024-11-01', 6), ($1, $2, $3, 'EMPLOYMENT_WITHIN_ORGANISATION', '2024-12-01', 4),
                ($1, $2, $3, 'EMPLOYMENT_WITHIN_ORGANISATION', '2025-01-01', 8), ($1, $4, $3, 'WORK_TRIAL', '2025-03-01', 0)`,
        [org.kalliola, ids[0], project, ids[2]],
      );
      await db.query(`UPDATE outcomes.placement_mentoring SET hours = 7.5 WHERE placement_id = $1 AND month = '2024-12-01'`, [ids[0]]);
    });
    expect(await summaryRows(org.kalliola)).toEqual([
      { year: 2024, kind: 'EMPLOYMENT_WITHIN_ORGANISATION', started: 1, ended: 0, placement_months: 2, hours: 13.5 },
      { year: 2025, kind: 'EMPLOYMENT_WITHIN_ORGANISATION', started: 1, ended: 1, placement_months: 1, hours: 8 },
      { year: 2025, kind: 'WORK_TRIAL', started: 1, ended: 0, placement_months: 1, hours: 0 },
    ]);
    expect(await summaryRows(org.kalliola)).toEqual(await regrouped(org.kalliola));

    // A withdrawal (with its mentoring, cascading) takes everything of it out; emptied rows go.
    await asOrganisation(org.kalliola, (db) => db.query(`DELETE FROM outcomes.placement WHERE id = $1`, [ids[2]]));
    expect(await summaryRows(org.kalliola)).toEqual(await regrouped(org.kalliola));
    expect((await summaryRows(org.kalliola)).some((r: any) => r.kind === 'WORK_TRIAL')).toBe(false);
  });

  it("another organisation's rows are out of its reach, even through the triggers", async () => {
    // Sotek writing a row that carries Kalliola's organisation is refused by row level security.
    await expect(
      asOrganisation(org.sotek, (db) =>
        db.query(
          `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, employer_business_id, starts_on, hours_per_week, funding)
           VALUES ($1, $2, $3, 'WORK_TRIAL', '0112038-9', '2025-01-01', 20, 'UNEMPLOYMENT_BENEFIT')`,
          [org.kalliola, enrolment, project],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await summaryRows(org.sotek)).toEqual([]);
  });
});

describe('competence_year_summary', () => {
  it('counts badges awarded and qualification units passed per year, and forgets withdrawn ones', async () => {
    await asOrganisation(org.kalliola, async (db) => {
      const { rows } = await db.query(
        `INSERT INTO outcomes.badge (org_id, code, name_fi, name_sv, name_en, criteria_fi, criteria_sv, criteria_en, issuer_name)
         VALUES ($1, 'digi', 'Digitaidot', 'Digitala färdigheter', 'Digital skills', 'k', 'k', 'c', 'Kalliola') RETURNING id`,
        [org.kalliola],
      );
      await db.query(
        `INSERT INTO outcomes.badge_award (org_id, enrolment_id, project_id, badge_id, awarded_on) VALUES ($1, $2, $3, $4, '2025-05-01')`,
        [org.kalliola, enrolment, project, rows[0].id],
      );
      await db.query(
        `INSERT INTO outcomes.qualification_unit (org_id, enrolment_id, project_id, unit_code, qualification_code, passed_on)
         VALUES ($1, $2, $3, '106727', '351407', '2025-06-01'), ($1, $2, $3, '106728', '351407', '2026-01-10')`,
        [org.kalliola, enrolment, project],
      );
    });
    const rows = () =>
      asOrganisation(org.kalliola, async (db) => (await db.query(
        `SELECT year, badges_awarded, qualification_units_passed FROM outcomes.competence_year_summary WHERE project_id = $1 ORDER BY year`, [project])).rows);
    expect(await rows()).toEqual([
      { year: 2025, badges_awarded: 1, qualification_units_passed: 1 },
      { year: 2026, badges_awarded: 0, qualification_units_passed: 1 },
    ]);
    await asOrganisation(org.kalliola, (db) => db.query(`DELETE FROM outcomes.qualification_unit WHERE passed_on = '2026-01-10'`));
    expect(await rows()).toEqual([{ year: 2025, badges_awarded: 1, qualification_units_passed: 1 }]);
  });
});
