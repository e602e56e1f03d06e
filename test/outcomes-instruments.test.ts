import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Soft-outcome instruments defined through the API (issue 13): an ORG_ADMIN
 * defines one for its organisation, or for a project its organisation leads;
 * the soft-outcome module takes assessments on it and counts distance
 * travelled as with the built-in Polun askeleet; other organisations cannot
 * use it.
 */
let platform: TestPlatform;
let t: Record<'admin' | 'coach' | 'kuntoutusAdmin' | 'kuntoutusCoach' | 'kalliolaCoach', string>;
let ids: { yhteinen: string; sotekEnrolment: string; kuntoutusEnrolment: string };

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
async function ok(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await platform.graphql(query, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data!;
}
const text = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const instrument = (code: string, projectId: string | null = null) => ({
  projectId,
  code,
  name: text('Työelämätaidot'),
  scaleMax: 4,
  items: [
    { code: 'punctuality', label: text('Täsmällisyys'), anchors: [{ score: 1, label: text('Myöhästelen usein') }, { score: 4, label: text('Olen aina ajoissa') }] },
    { code: 'teamwork', label: text('Yhteistyö'), anchors: [{ score: 4, label: text('Toimin hyvin ryhmässä') }, { score: 1, label: text('Työskentelen mieluiten yksin') }, { score: 2, label: text('Joskus') }] },
  ],
});
const define = `mutation ($input: DefineInstrumentInput!) { defineInstrument(input: $input) { id code name builtIn project { id } items { id code label scaleMax anchors { score label } } } }`;
const record = `mutation ($e: ID!, $i: ID!, $on: LocalDate!, $tp: AssessmentTimePoint!, $scores: [ItemScoreInput!]!) {
  recordAssessment(input: { enrolmentId: $e, instrumentId: $i, assessedOn: $on, timePoint: $tp, scores: $scores }) { id meanScore instrument { code } } }`;

beforeAll(async () => {
  platform = await bootPlatform();
  t = {
    admin: await platform.tokenFor('sotek', ['ORG_ADMIN']),
    coach: await platform.tokenFor('sotek', ['COACH']),
    kuntoutusAdmin: await platform.tokenFor('kuntoutussaatio', ['ORG_ADMIN']),
    kuntoutusCoach: await platform.tokenFor('kuntoutussaatio', ['COACH']),
    kalliolaCoach: await platform.tokenFor('kalliola', ['COACH']),
  };
  ids = await withAdminClient(platform.adminUrl, async (db) => {
    const enrolmentOf = async (code: string) => (await db.query(`SELECT e.id FROM journeys.enrolment e JOIN journeys.client c ON c.id = e.client_id WHERE c.code = $1`, [code])).rows[0].id;
    return {
      yhteinen: (await db.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id,
      sotekEnrolment: await enrolmentOf('SOT-0003'),
      kuntoutusEnrolment: await enrolmentOf('KUN-0003'),
    };
  });
});
afterAll(() => platform?.stop());

describe('defining an instrument', () => {
  it("an ORG_ADMIN defines its organisation's instrument in fi/sv/en; anchors are kept in scale order; a coach may not", async () => {
    const response = await platform.graphql(define, { token: t.admin, variables: { input: instrument('sotek-tyoelamataidot') }, headers: { 'accept-language': 'en' } });
    expect(response.errors).toBeUndefined();
    const defined = response.data.defineInstrument;
    expect(defined).toMatchObject({ code: 'sotek-tyoelamataidot', name: 'Työelämätaidot (en)', builtIn: false, project: null });
    expect(defined.items[1]).toMatchObject({ code: 'teamwork', scaleMax: 4, anchors: [{ score: 1 }, { score: 2 }, { score: 4 }] });
    expect(codeOf(await platform.graphql(define, { token: t.admin, variables: { input: instrument('sotek-tyoelamataidot') } }))).toBe('CONFLICT');
    expect(codeOf(await platform.graphql(define, { token: t.coach, variables: { input: instrument('sotek-muu') } }))).toBe('FORBIDDEN');
  });

  it.each([
    ['a scale of 11', { scaleMax: 11 }],
    ['no items', { items: [] }],
    ['anchors without the top of the scale', { items: [{ code: 'x', label: text('X'), anchors: [{ score: 1, label: text('a') }, { score: 3, label: text('b') }] }] }],
    ['an item code twice', { items: [{ code: 'x', label: text('X'), anchors: [{ score: 1, label: text('a') }, { score: 4, label: text('b') }] }, { code: 'x', label: text('Y'), anchors: [{ score: 1, label: text('a') }, { score: 4, label: text('b') }] }] }],
    ['a missing Swedish name', { name: { fi: 'Nimi', sv: ' ', en: 'Name' } }],
    ['an upper-case code', { code: 'Sotek' }],
  ])('refuses %s with BAD_USER_INPUT', async (_name, change) => {
    expect(codeOf(await platform.graphql(define, { token: t.admin, variables: { input: { ...instrument('sotek-virhe'), ...change } } }))).toBe('BAD_USER_INPUT');
  });

  it("only the lead's ORG_ADMIN defines one for a project", async () => {
    expect(codeOf(await platform.graphql(define, { token: t.kuntoutusAdmin, variables: { input: instrument('yhteinen-taidot', ids.yhteinen) } }))).toBe('FORBIDDEN');
    const { defineInstrument } = await ok(t.admin, define, { input: instrument('yhteinen-taidot', ids.yhteinen) });
    expect(defineInstrument.project).toEqual({ id: ids.yhteinen });
  });
});

describe('using a defined instrument', () => {
  it("the soft-outcome module takes assessments on it and reports the distance travelled; another organisation cannot use an organisation's own", async () => {
    const { instruments } = await ok(t.coach, `query ($p: ID) { instruments(projectId: $p) { id code builtIn items { id } } }`, { p: ids.yhteinen });
    expect(instruments.map((i: any) => i.code).sort()).toEqual(['polun-askeleet', 'sotek-tyoelamataidot', 'yhteinen-taidot']);
    const own = instruments.find((i: any) => i.code === 'sotek-tyoelamataidot');
    const scores = (a: number, b: number) => [{ itemId: own.items[0].id, score: a }, { itemId: own.items[1].id, score: b }];
    await ok(t.coach, record, { e: ids.sotekEnrolment, i: own.id, on: '2026-03-10', tp: 'START', scores: scores(1, 2) });
    const { recordAssessment } = await ok(t.coach, record, { e: ids.sotekEnrolment, i: own.id, on: '2026-09-10', tp: 'END', scores: scores(3, 4) });
    expect(recordAssessment).toMatchObject({ meanScore: 3.5, instrument: { code: 'sotek-tyoelamataidot' } });
    const out = await platform.graphql(record, { token: t.coach, variables: { e: ids.sotekEnrolment, i: own.id, on: '2026-09-11', tp: 'OTHER', scores: scores(3, 5) } });
    expect(codeOf(out)).toBe('BAD_USER_INPUT');
    const { enrolment } = await ok(t.coach, `query ($id: ID!) { enrolment(id: $id) { distanceTravelled { instrument { code } change } } }`, { id: ids.sotekEnrolment });
    expect(enrolment.distanceTravelled).toContainEqual({ instrument: { code: 'sotek-tyoelamataidot' }, change: 2 });

    // Kuntoutussäätiö sees the platform's and the project's, not Sotek's own, and cannot assess on Sotek's own.
    const theirs = await ok(t.kuntoutusCoach, `query ($p: ID) { instruments(projectId: $p) { id code } }`, { p: ids.yhteinen });
    expect(theirs.instruments.map((i: any) => i.code).sort()).toEqual(['polun-askeleet', 'yhteinen-taidot']);
    const refused = await platform.graphql(record, { token: t.kuntoutusCoach, variables: { e: ids.kuntoutusEnrolment, i: own.id, on: '2026-07-01', tp: 'START', scores: scores(1, 1) } });
    expect([codeOf(refused), refused.errors?.[0]?.extensions?.argument]).toEqual(['BAD_USER_INPUT', 'instrumentId']);
    // The project's instrument is usable by its partners on the project's enrolments.
    const project = instruments.find((i: any) => i.code === 'yhteinen-taidot');
    const { recordAssessment: partner } = await ok(t.kuntoutusCoach, record, {
      e: ids.kuntoutusEnrolment, i: project.id, on: '2026-07-01', tp: 'START', scores: [{ itemId: project.items[0].id, score: 2 }, { itemId: project.items[1].id, score: 2 }],
    });
    expect(partner.instrument.code).toBe('yhteinen-taidot');
  });
});
