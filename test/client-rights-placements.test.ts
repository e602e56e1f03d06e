import { withAdminClient } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Clients' rights over placements, badges and qualification units (issue
 * 14's export and erasure, extended by issue 13): the export carries them,
 * each badge also as Open Badges 3.0 credentials; the erasure removes the
 * employer, contacts, evidence note and unit names and keeps the
 * pseudonymous rows that the yearly summaries (and so every release) count.
 */
let platform: TestPlatform;
let coach: string;
let admin: string;
let kuntoutusAdmin: string;
let ids: { client: string; enrolment: string; sotek: string };
const mark = 'Merkkijono-7Q';

const summaries = () =>
  withAdminClient(platform.adminUrl, async (db) => ({
    placements: (await db.query(`SELECT project_id, year, kind, started, ended, placement_months, mentoring_hours::text FROM outcomes.placement_year_summary WHERE org_id = $1 ORDER BY 1, 2, 3`, [ids.sotek])).rows,
    competences: (await db.query(`SELECT project_id, year, badges_awarded, qualification_units_passed FROM outcomes.competence_year_summary WHERE org_id = $1 ORDER BY 1, 2`, [ids.sotek])).rows,
  }));

/** Every text column of the rows outcomes holds about the enrolment, as one string. */
const outcomesText = () =>
  withAdminClient(platform.adminUrl, async (db) => {
    const parts = await Promise.all(
      ['placement', 'placement_mentoring', 'badge_award', 'qualification_unit'].map(async (table) => {
        const key = table === 'placement_mentoring' ? `placement_id IN (SELECT id FROM outcomes.placement WHERE enrolment_id = $1)` : 'enrolment_id = $1';
        return JSON.stringify((await db.query(`SELECT * FROM outcomes.${table} WHERE ${key}`, [ids.enrolment])).rows);
      }),
    );
    return parts.join('\n');
  });

async function ok(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await platform.graphql(query, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  platform = await bootPlatform();
  coach = await platform.tokenFor('sotek', ['COACH']);
  admin = await platform.tokenFor('sotek', ['ORG_ADMIN']);
  kuntoutusAdmin = await platform.tokenFor('kuntoutussaatio', ['ORG_ADMIN']);
  ids = await withAdminClient(platform.adminUrl, async (db) => {
    const client = (await db.query(`SELECT id FROM journeys.client WHERE code = 'SOT-0004'`)).rows[0].id;
    return {
      client,
      enrolment: (await db.query(`SELECT id FROM journeys.enrolment WHERE client_id = $1`, [client])).rows[0].id,
      sotek: (await db.query(`SELECT id FROM partners.organisation WHERE slug = 'sotek'`)).rows[0].id,
    };
  });
  const { recordPlacement } = await ok(coach, `mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`, {
    input: {
      enrolmentId: ids.enrolment, kind: 'PAY_SUBSIDY_OPEN_MARKET', employerBusinessId: '0112038-9', employerName: `Satama Oy ${mark}`,
      startsOn: '2026-05-04', endsOn: '2026-10-30', hoursPerWeek: 30, funding: 'PAY_SUBSIDY',
      supervisor: { name: `Esa ${mark}` }, workplaceInstructor: { name: `Tiina ${mark}` },
    },
  });
  await ok(coach, `mutation ($id: ID!) { recordMentoring(input: { placementId: $id, month: "2026-05-01", hours: 6 }) { id } }`, { id: recordPlacement.id });
  const { defineBadge } = await ok(admin, `mutation { defineBadge(input: { code: "trukki", name: { fi: "Trukkikortti", sv: "Truckkort", en: "Forklift licence" }, criteria: { fi: "Kortti suoritettu.", sv: "Kortet avlagt.", en: "Licence obtained." }, issuerName: "Sotek-säätiö" }) { id } }`);
  await ok(coach, `mutation ($e: ID!, $b: ID!, $ev: String) { awardBadge(input: { enrolmentId: $e, badgeId: $b, awardedOn: "2026-06-10", evidence: $ev }) { id } }`, { e: ids.enrolment, b: defineBadge.id, ev: `Näyttö satamassa ${mark}` });
  await ok(coach, `mutation ($e: ID!, $n: String) { recordQualificationUnit(input: { enrolmentId: $e, unitCode: "106727", unitName: $n, qualificationCode: "351407", qualificationName: $n, passedOn: "2026-09-15" }) { id } }`, { e: ids.enrolment, n: `Osa ${mark}` });
});
afterAll(() => platform?.stop());

describe("a client's placements, badges and qualification units", () => {
  it('are in the export, each badge also as an Open Badges 3.0 credential in fi, sv and en', async () => {
    const { exportClientData } = await ok(admin, `query ($id: ID!) { exportClientData(clientId: $id) { document printable } }`, { id: ids.client });
    const outcomes = exportClientData.document.outcomes;
    expect(outcomes.placements).toHaveLength(1);
    expect(outcomes.placements[0]).toMatchObject({ kind: 'PAY_SUBSIDY_OPEN_MARKET', employerBusinessId: '0112038-9', employerName: `Satama Oy ${mark}`, workplaceInstructorName: `Tiina ${mark}`, mentoring: [{ month: '2026-05-01', hours: 6 }] });
    expect(outcomes.badgeAwards).toHaveLength(1);
    expect(outcomes.badgeAwards[0]).toMatchObject({ awardedOn: '2026-06-10', evidence: `Näyttö satamassa ${mark}`, badge: { code: 'trukki', names: { sv: 'Truckkort' } } });
    const credential = outcomes.badgeAwards[0].openBadgeCredentials.en;
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.credentialSubject.achievement).toMatchObject({ name: 'Forklift licence', criteria: { narrative: 'Licence obtained.' } });
    expect(outcomes.qualificationUnits).toEqual([expect.objectContaining({ unitCode: '106727', qualificationCode: '351407', unitName: `Osa ${mark}`, passedOn: '2026-09-15' })]);
    expect(exportClientData.printable).toContain('Tutkinnon osat');
    // Another organisation's admin gets nothing of it.
    const other = await platform.graphql(`query ($id: ID!) { exportClientData(clientId: $id) { document } }`, { token: kuntoutusAdmin, variables: { id: ids.client } });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(other)).not.toContain(mark);
  });

  it('erasure removes employer, contacts, evidence and names and keeps what the figures count', async () => {
    const before = await summaries();
    expect(before.placements.length).toBeGreaterThan(0);
    expect(await outcomesText()).toContain(mark);
    await ok(admin, `mutation ($id: ID!) { eraseClient(clientId: $id, reason: "Asiakkaan pyyntö") { exitsErased } }`, { id: ids.client });
    expect(await outcomesText()).not.toContain(mark);
    expect(await outcomesText()).not.toContain('0112038-9');
    expect(await summaries()).toEqual(before);
    const { exportClientData } = await ok(admin, `query ($id: ID!) { exportClientData(clientId: $id) { document } }`, { id: ids.client });
    const outcomes = exportClientData.document.outcomes;
    expect(JSON.stringify(outcomes)).not.toContain(mark);
    expect(outcomes.placements[0]).toMatchObject({ kind: 'PAY_SUBSIDY_OPEN_MARKET', startsOn: '2026-05-04', employerName: null, employerBusinessId: null, erasedAt: expect.any(String) });
    expect(outcomes.badgeAwards[0]).toMatchObject({ evidence: null, badge: { code: 'trukki' } });
    expect(outcomes.qualificationUnits[0]).toMatchObject({ unitCode: '106727', unitName: null, qualificationName: null });
    // An erased placement is no longer changed through the API.
    const { placements } = await ok(coach, `{ placements(first: 100) { nodes { id employer { name } } } }`);
    const erased = placements.nodes.find((p: any) => p.employer === null);
    const update = await platform.graphql(`mutation ($id: ID!) { updatePlacement(placementId: $id, input: { hoursPerWeek: 10 }) { id } }`, { token: coach, variables: { id: erased.id } });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
