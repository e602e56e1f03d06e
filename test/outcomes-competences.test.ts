import { withAdminClient } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Competence badges and qualification units through the gateway with real
 * tokens (issue 13, seed 004): catalogues per organisation and per project
 * (the lead's), awards to a client as Open Badges 3.0 credentials, coded
 * qualification units; another organisation sees and changes nothing.
 */
let platform: TestPlatform;
let t: Record<'coach' | 'admin' | 'sotekAdmin' | 'sotekCoach' | 'coordinator', string>;
let ids: { enrolment: string; project: string; kuntoutus: string };

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
const reasonOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.reason;
async function ok<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.graphql<T>(query, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const define = `mutation ($input: DefineBadgeInput!) { defineBadge(input: $input) { id code name criteria names { fi sv en } issuerName project { id } } }`;
const award = `mutation ($input: AwardBadgeInput!) { awardBadge(input: $input) { id awardedOn evidence badge { id code } enrolment { id } openBadgeCredential(locale: EN) } }`;
const unit = `mutation ($input: RecordQualificationUnitInput!) { recordQualificationUnit(input: $input) { id unitCode unitName qualificationCode qualificationName passedOn } }`;
const figures = `query ($p: ID!, $year: Int!) { ownCompetenceFigures(projectId: $p, year: $year) { badgesAwarded qualificationUnitsPassed } }`;
const digi = (code: string, projectId: string | null = null) => ({
  projectId,
  code,
  name: { fi: 'Arjen digitaidot', sv: 'Digitala vardagsfärdigheter', en: 'Everyday digital skills' },
  criteria: { fi: 'Hoitaa asiointia verkossa itsenäisesti.', sv: 'Sköter ärenden på nätet självständigt.', en: 'Runs errands online on their own.' },
  issuerName: 'Kuntoutussäätiö',
});

beforeAll(async () => {
  platform = await bootPlatform();
  t = {
    coach: await platform.tokenFor('kuntoutussaatio', ['COACH']),
    admin: await platform.tokenFor('kuntoutussaatio', ['ORG_ADMIN']),
    sotekAdmin: await platform.tokenFor('sotek', ['ORG_ADMIN']),
    sotekCoach: await platform.tokenFor('sotek', ['COACH']),
    coordinator: await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']),
  };
  ids = await withAdminClient(platform.adminUrl, async (db) => ({
    enrolment: (await db.query(`SELECT e.id FROM journeys.enrolment e JOIN journeys.client c ON c.id = e.client_id WHERE c.code = 'KUN-0001'`)).rows[0].id,
    project: (await db.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id,
    kuntoutus: (await db.query(`SELECT id FROM partners.organisation WHERE slug = 'kuntoutussaatio'`)).rows[0].id,
  }));
});
afterAll(() => platform?.stop());

describe('badge catalogues', () => {
  it("an ORG_ADMIN defines its organisation's badges in fi/sv/en; a coach may not; a code is unique in its catalogue", async () => {
    const { defineBadge } = await platform.graphql(define, { token: t.admin, variables: { input: digi('digi-1') }, headers: { 'accept-language': 'sv' } }).then((r) => r.data!);
    expect(defineBadge).toMatchObject({ code: 'digi-1', name: 'Digitala vardagsfärdigheter', criteria: 'Sköter ärenden på nätet självständigt.', project: null, issuerName: 'Kuntoutussäätiö' });
    expect(codeOf(await platform.graphql(define, { token: t.admin, variables: { input: digi('digi-1') } }))).toBe('CONFLICT');
    expect(codeOf(await platform.graphql(define, { token: t.coach, variables: { input: digi('digi-2') } }))).toBe('FORBIDDEN');
    expect(codeOf(await platform.graphql(define, { token: t.admin, variables: { input: { ...digi('digi-3'), name: { fi: 'x', sv: ' ', en: 'x' } } } }))).toBe('BAD_USER_INPUT');
  });

  it("only the lead's ORG_ADMIN defines a project's badges, which every partner then awards", async () => {
    // Sotek leads Yhteinen Askel; Kuntoutussäätiö implements it.
    expect(codeOf(await platform.graphql(define, { token: t.admin, variables: { input: digi('yhteinen-digi', ids.project) } }))).toBe('FORBIDDEN');
    const { defineBadge } = await ok(t.sotekAdmin, define, { input: { ...digi('yhteinen-digi', ids.project), issuerName: 'Yhteinen Askel' } });
    expect(defineBadge.project).toEqual({ id: ids.project });
    const { badges } = await ok(t.coach, `query ($p: ID) { badges(projectId: $p) { code project { id } } }`, { p: ids.project });
    // its own and the project's (the demo's three too), never another organisation's own
    expect(badges.map((b: any) => b.code).sort()).toEqual(['arjen-digitaidot', 'asiakaspalvelu', 'digi-1', 'tyoturvallisuus', 'yhteinen-digi']);
  });
});

describe('awards and Open Badges 3.0', () => {
  it('a coach awards a badge; the client takes it along as an unsigned OB 3.0 credential without the evidence note', async () => {
    const { badges } = await ok(t.coach, `query ($p: ID) { badges(projectId: $p) { id code } }`, { p: ids.project });
    const own = badges.find((b: any) => b.code === 'digi-1');
    const { awardBadge } = await ok(t.coach, award, { input: { enrolmentId: ids.enrolment, badgeId: own.id, awardedOn: '2026-05-20', evidence: 'Hoiti Kela-asian verkossa itse' } });
    const credential = awardBadge.openBadgeCredential;
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toEqual({ id: `urn:uuid:${ids.kuntoutus}`, type: ['Profile'], name: 'Kuntoutussäätiö' });
    expect(credential.credentialSubject.achievement).toMatchObject({ id: `urn:uuid:${own.id}`, type: ['Achievement'], name: 'Everyday digital skills', criteria: { narrative: 'Runs errands online on their own.' } });
    expect(credential.validFrom).toBe('2026-05-20T00:00:00Z');
    expect(JSON.stringify(credential)).not.toContain('Kela-asian');
    expect(credential.proof).toBeUndefined();

    const project = badges.find((b: any) => b.code === 'yhteinen-digi');
    await ok(t.coach, award, { input: { enrolmentId: ids.enrolment, badgeId: project.id, awardedOn: '2026-06-01' } });
    expect(codeOf(await platform.graphql(award, { token: t.coach, variables: { input: { enrolmentId: ids.enrolment, badgeId: own.id, awardedOn: '2026-06-01' } } }))).toBe('CONFLICT');
    const future = await platform.graphql(award, { token: t.coach, variables: { input: { enrolmentId: ids.enrolment, badgeId: project.id, awardedOn: '2099-01-01' } } });
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const { enrolment } = await ok(t.coach, `query ($id: ID!) { enrolment(id: $id) { badgeAwards { badge { code } } } }`, { id: ids.enrolment });
    expect(enrolment.badgeAwards.map((a: any) => a.badge.code)).toEqual(['arjen-digitaidot', 'digi-1', 'yhteinen-digi']);
  });

  it("refuses another organisation's own badge", async () => {
    const { defineBadge } = await ok(t.sotekAdmin, define, { input: { ...digi('sotek-only'), issuerName: 'Sotek' } });
    const response = await platform.graphql(award, { token: t.coach, variables: { input: { enrolmentId: ids.enrolment, badgeId: defineBadge.id, awardedOn: '2026-06-01' } } });
    expect([codeOf(response), response.errors?.[0]?.extensions?.argument]).toEqual(['BAD_USER_INPUT', 'badgeId']);
  });
});

describe('qualification units', () => {
  it('records coded units, refuses malformed codes and duplicates, and counts them in own figures', async () => {
    const input = { enrolmentId: ids.enrolment, unitCode: '106727', unitName: 'Toimitilahuolto', qualificationCode: '351407', qualificationName: 'Puhtaus- ja kiinteistöpalvelualan perustutkinto', passedOn: '2026-06-15' };
    const { recordQualificationUnit } = await ok(t.coach, unit, { input });
    expect(recordQualificationUnit).toMatchObject({ unitCode: '106727', qualificationCode: '351407', passedOn: '2026-06-15' });
    expect(codeOf(await platform.graphql(unit, { token: t.coach, variables: { input } }))).toBe('CONFLICT');
    for (const bad of [{ unitCode: 'TO-1' }, { qualificationCode: '35140' }]) {
      const response = await platform.graphql(unit, { token: t.coach, variables: { input: { ...input, ...bad } } });
      expect([codeOf(response), reasonOf(response)]).toEqual(['BAD_USER_INPUT', 'INVALID_CODE']);
    }
    const { ownCompetenceFigures } = await ok(t.coach, figures, { p: ids.project, year: 2026 });
    expect(ownCompetenceFigures.badgesAwarded).toBeGreaterThanOrEqual(2);
    expect(ownCompetenceFigures.qualificationUnitsPassed).toBeGreaterThanOrEqual(1);
    const before = ownCompetenceFigures.qualificationUnitsPassed;
    await ok(t.coach, `mutation ($id: ID!) { withdrawQualificationUnit(qualificationUnitId: $id) }`, { id: recordQualificationUnit.id });
    expect((await ok(t.coach, figures, { p: ids.project, year: 2026 })).ownCompetenceFigures.qualificationUnitsPassed).toBe(before - 1);
  });
});

describe('separation', () => {
  it('another organisation sees no award or unit of these clients and withdraws none', async () => {
    const { badgeAwards } = await ok(t.coach, `{ badgeAwards(first: 50) { nodes { id } } }`);
    expect(badgeAwards.nodes.length).toBeGreaterThan(0);
    const theirs = await ok(t.sotekCoach, `{ badgeAwards(first: 50) { nodes { id enrolment { id } } } qualificationUnits(first: 50) { nodes { id enrolment { id } } } }`);
    expect([...theirs.badgeAwards.nodes, ...theirs.qualificationUnits.nodes].filter((n: any) => n.enrolment.id === ids.enrolment)).toEqual([]);
    const withdraw = await platform.graphql(`mutation ($id: ID!) { withdrawBadgeAward(awardId: $id) }`, { token: t.sotekCoach, variables: { id: badgeAwards.nodes[0].id } });
    expect(codeOf(withdraw)).toBe('NOT_FOUND');
    const recorded = await platform.graphql(unit, { token: t.sotekCoach, variables: { input: { enrolmentId: ids.enrolment, unitCode: '1', qualificationCode: '351407', passedOn: '2026-06-15' } } });
    expect(codeOf(recorded)).toBe('NOT_FOUND');
    const direct = await platform.graphql(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on BadgeAward { id } } }`, {
      token: t.sotekCoach, url: platform.subgraphUrls.outcomes, variables: { r: [{ __typename: 'BadgeAward', id: badgeAwards.nodes[0].id }] },
    });
    expect(direct.data?._entities).toEqual([null]);
  });

  it('a coordinator reads no award of a person', async () => {
    for (const query of [`{ badgeAwards(first: 5) { nodes { id } } }`, `{ qualificationUnits(first: 5) { nodes { id } } }`]) {
      expect(codeOf(await platform.graphql(query, { token: t.coordinator }))).toBe('FORBIDDEN');
    }
  });
});
