import { sqlStatementCount } from '@polku/kit';
import { withAdminClient } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * The SQL statements a list of placements, badge awards or qualification
 * units costs do not grow with its length: every field below the list is
 * batched by a per-request dataloader. Pages stop at 100 rows; 1000 rows come
 * the way the gateway asks for a long list of enrolments' fields, through
 * `_entities` on the outcomes subgraph.
 */
let platform: TestPlatform;
let token: string;
let enrolmentIds: string[];

beforeAll(async () => {
  platform = await bootPlatform();
  token = await platform.tokenFor('kuntoutussaatio', ['COACH']);
  const org = await platform.organisationId('kuntoutussaatio');
  // 1000 enrolments' placements (two mentoring months each), badge awards and qualification units, loaded as the admin.
  enrolmentIds = await withAdminClient(platform.adminUrl, async (db) => {
    const project = (await db.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id;
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.org_id', $1, true)`, [org]);
    // the project's 4–8 h norm, as its lead (Sotek) would set it
    await db.query(
      `INSERT INTO outcomes.project_setting (project_id, org_id, mentoring_hours_min, mentoring_hours_max)
       SELECT $1, p.lead_organisation_id, 4, 8 FROM partners.project p WHERE p.id = $1
       ON CONFLICT (project_id) DO UPDATE SET mentoring_hours_min = 4, mentoring_hours_max = 8`,
      [project],
    );
    const { rows } = await db.query(`SELECT gen_random_uuid() AS id FROM generate_series(1, 1000)`);
    const ids = rows.map((r) => r.id as string);
    await db.query(
      `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, employer_business_id, employer_name, starts_on, hours_per_week, funding, instructor_name)
       SELECT $1, e, $2, 'PAY_SUBSIDY_THIRD_SECTOR', '0112038-9', 'Yhdistys ry', date '2026-03-01' + (n % 60)::int, 30, 'PAY_SUBSIDY', 'Ohjaaja'
       FROM unnest($3::uuid[]) WITH ORDINALITY AS u(e, n)`,
      [org, project, ids],
    );
    await db.query(
      `INSERT INTO outcomes.placement_mentoring (org_id, placement_id, project_id, kind, month, hours)
       SELECT $1, p.id, p.project_id, p.kind, m, 6 FROM outcomes.placement p CROSS JOIN (VALUES (date '2026-05-01'), (date '2026-06-01')) v(m) WHERE p.org_id = $1`,
      [org],
    );
    const badge = await db.query(
      `INSERT INTO outcomes.badge (org_id, code, name_fi, name_sv, name_en, criteria_fi, criteria_sv, criteria_en, issuer_name)
       VALUES ($1, 'tyoturvallisuus', 'Työturvallisuus', 'Arbetssäkerhet', 'Occupational safety', 'Kurssi suoritettu.', 'Kursen avklarad.', 'Course completed.', 'Kuntoutussäätiö') RETURNING id`,
      [org],
    );
    await db.query(
      `INSERT INTO outcomes.badge_award (org_id, enrolment_id, project_id, badge_id, awarded_on) SELECT $1, e, $2, $3, '2026-06-15' FROM unnest($4::uuid[]) e`,
      [org, project, badge.rows[0].id, ids],
    );
    await db.query(
      `INSERT INTO outcomes.qualification_unit (org_id, enrolment_id, project_id, unit_code, unit_name, qualification_code, passed_on)
       SELECT $1, e, $2, '106727', 'Toimitilahuolto', '351407', '2026-06-20' FROM unnest($3::uuid[]) e`,
      [org, project, ids],
    );
    await db.query('COMMIT');
    return ids;
  });
});
afterAll(() => platform?.stop());

async function count(query: string, variables: Record<string, unknown>, url?: string) {
  const before = sqlStatementCount('outcomes');
  const { data, errors } = await platform.graphql(query, { token, variables, url });
  expect(errors).toBeUndefined();
  return { data, statements: sqlStatementCount('outcomes') - before };
}

const lists = {
  placements: `query ($first: Int!) { placements(first: $first) { nodes { id kind kindLabel employer { businessId name } workplaceInstructor { name } mentoring { month hours withinNorm } enrolment { id } } } }`,
  badgeAwards: `query ($first: Int!) { badgeAwards(first: $first) { nodes { id awardedOn badge { code name } openBadgeCredential } } }`,
  qualificationUnits: `query ($first: Int!) { qualificationUnits(first: $first) { nodes { id unitCode qualificationCode passedOn enrolment { id } } } }`,
};

describe('statements per list', () => {
  it.each(Object.entries(lists))('%s: as many for 100 rows as for 10', async (name, query) => {
    await count(query, { first: 1 }); // the first request of a token also confirms the caller with partners
    const ten = await count(query, { first: 10 });
    const hundred = await count(query, { first: 100 });
    expect(ten.data[name].nodes).toHaveLength(10);
    expect(hundred.data[name].nodes).toHaveLength(100);
    if (name === 'placements') expect(hundred.data.placements.nodes.every((p: any) => p.mentoring.length === 2 && p.mentoring[0].withinNorm === true)).toBe(true);
    if (name === 'badgeAwards') expect(hundred.data.badgeAwards.nodes.every((a: any) => a.openBadgeCredential.type[1] === 'OpenBadgeCredential')).toBe(true);
    console.info(`SQL statements in outcomes, ${name}: ${ten.statements} for 10 rows, ${hundred.statements} for 100`);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
  });

  it("enrolments' placements, badge awards and qualification units: as many for 1000 enrolments as for 10 (through _entities)", async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enrolment {
      placements { id kindLabel mentoring { hours withinNorm } } badgeAwards { badge { code } openBadgeCredential } qualificationUnits { unitCode } } } }`;
    const reps = (n: number) => ({ r: enrolmentIds.slice(0, n).map((id) => ({ __typename: 'Enrolment', id })) });
    const url = platform.subgraphUrls.outcomes;
    await count(query, reps(1), url);
    const ten = await count(query, reps(10), url);
    const logged = () => withAdminClient(platform.adminUrl, async (db) => (await db.query(`SELECT count(*)::int AS n FROM outcomes.personal_data_access`)).rows[0].n as number);
    const before = await logged();
    const thousand = await count(query, reps(1000), url);
    // every placement, badge award and qualification unit read is logged (one row each), in one insert per batch
    expect((await logged()) - before).toBe(3000);
    expect(thousand.data._entities).toHaveLength(1000);
    expect(thousand.data._entities.every((e: any) => e.placements.length === 1 && e.placements[0].mentoring.length === 2 && e.badgeAwards.length === 1 && e.qualificationUnits.length === 1)).toBe(true);
    console.info(`SQL statements in outcomes, Enrolment placements + badgeAwards + qualificationUnits: ${ten.statements} for 10 enrolments, ${thousand.statements} for 1000`);
    expect(thousand.statements).toBe(ten.statements);
  });
});
