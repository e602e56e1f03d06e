import { withAdminClient } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Anonymous client feedback surveys (issue 13): the lead defines one for its
 * project, partners' staff submit responses that carry no client,
 * organisation, day or time, and results come per closed month with small
 * counts suppressed like other pooled figures.
 */
let platform: TestPlatform;
let ids: { yhteinen: string; tekijan: string };
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
const token = (org: string, role: any, projects: string[] = []) => platform.tokenFor(org, [role], projects);
async function ok(t: string, query: string, variables?: Record<string, unknown>) {
  const response = await platform.graphql(query, { token: t, variables });
  expect(response.errors).toBeUndefined();
  return response.data!;
}
const text = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const define = `mutation ($input: DefineFeedbackSurveyInput!) { defineFeedbackSurvey(input: $input) { id code title scaleMax questions { code text } project { id } } }`;
const submit = `mutation ($s: ID!, $a: [Int!]!) { submitFeedbackResponse(surveyId: $s, answers: $a) }`;
const results = `query ($p: ID!, $s: String!) { feedbackSurveyResults(projectId: $p, code: $s) { survey { id } periods { month responses suppressed questionMeans } } }`;
const survey = (projectId: string, code = 'palaute-testi') => ({
  projectId, code, title: text('Asiakaspalaute'), scaleMax: 5,
  questions: [{ code: 'tuki', text: text('Sain tarvitsemaani tukea') }, { code: 'suosittelu', text: text('Suosittelisin valmennusta') }],
});

beforeAll(async () => {
  platform = await bootPlatform();
  ids = await withAdminClient(platform.adminUrl, async (db) => ({
    yhteinen: (await db.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id,
    tekijan: (await db.query(`SELECT id FROM partners.project WHERE slug = 'tekijan-polku'`)).rows[0].id,
  }));
});
afterAll(() => platform?.stop());

describe('feedback surveys', () => {
  let surveyId: string;

  it("the lead's ORG_ADMIN defines a survey; a partner that does not lead may not", async () => {
    expect(codeOf(await platform.graphql(define, { token: await token('kuntoutussaatio', 'ORG_ADMIN'), variables: { input: survey(ids.yhteinen) } }))).toBe('FORBIDDEN');
    expect(codeOf(await platform.graphql(define, { token: await token('sotek', 'COACH'), variables: { input: survey(ids.yhteinen) } }))).toBe('FORBIDDEN');
    const { defineFeedbackSurvey } = await ok(await token('sotek', 'ORG_ADMIN'), define, { input: survey(ids.yhteinen) });
    expect(defineFeedbackSurvey).toMatchObject({ code: 'palaute-testi', title: 'Asiakaspalaute', scaleMax: 5, questions: [{ code: 'tuki' }, { code: 'suosittelu' }] });
    surveyId = defineFeedbackSurvey.id;
    expect(codeOf(await platform.graphql(define, { token: await token('sotek', 'ORG_ADMIN'), variables: { input: survey(ids.yhteinen) } }))).toBe('CONFLICT');
  });

  it("partners' staff submit responses that hold nothing but the month and the answers", async () => {
    expect((await ok(await token('kalliola', 'COACH'), submit, { s: surveyId, a: [4, 5] })).submitFeedbackResponse).toBe(true);
    expect(codeOf(await platform.graphql(submit, { token: await token('kalliola', 'COACH'), variables: { s: surveyId, a: [4] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await platform.graphql(submit, { token: await token('kalliola', 'COACH'), variables: { s: surveyId, a: [6, 1] } }))).toBe('BAD_USER_INPUT');
    // Valo-Valmennus takes no part in Yhteinen Askel; a coordinator submits nothing.
    expect(codeOf(await platform.graphql(submit, { token: await token('valo-valmennus', 'COACH'), variables: { s: surveyId, a: [1, 1] } }))).toBe('NOT_FOUND');
    expect(codeOf(await platform.graphql(submit, { token: await token('sotek', 'COORDINATOR', ['yhteinen-askel']), variables: { s: surveyId, a: [1, 1] } }))).toBe('FORBIDDEN');
    await withAdminClient(platform.adminUrl, async (db) => {
      const { rows: columns } = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'outcomes' AND table_name = 'feedback_response' ORDER BY ordinal_position`);
      expect(columns.map((c) => c.column_name)).toEqual(['survey_id', 'period', 'answers']);
      const { rows } = await db.query(`SELECT period::text, answers FROM outcomes.feedback_response WHERE survey_id = $1`, [surveyId]);
      expect(rows).toEqual([{ period: expect.stringMatching(/^\d{4}-\d{2}-01$/), answers: [4, 5] }]);
    });
  });

  it('the service role cannot read a single response; only the pooled function counts them', async () => {
    const sotek = await platform.organisationId('sotek');
    await withAdminClient(platform.adminUrl, async (db) => {
      await db.query('BEGIN');
      await db.query('SET LOCAL ROLE outcomes_app');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [sotek]);
      await expect(db.query(`SELECT * FROM outcomes.feedback_response`)).rejects.toThrow(/permission denied/);
      await db.query('ROLLBACK');
    });
  });

  it('results come per closed month, suppressed below k, never for the running month', async () => {
    // Responses of two past months, loaded as the admin (the API stamps the current month).
    await withAdminClient(platform.adminUrl, (db) =>
      db.query(
        `INSERT INTO outcomes.feedback_response (survey_id, period, answers)
         SELECT $1::uuid, date '2026-09-01', ARRAY[3 + n % 3, 5]::smallint[] FROM generate_series(1, 6) n
         UNION ALL SELECT $1::uuid, date '2026-10-01', ARRAY[1, 1]::smallint[] FROM generate_series(1, 2)`,
        [surveyId],
      ),
    );
    const coordinator = await token('sotek', 'COORDINATOR', ['yhteinen-askel']);
    const { feedbackSurveyResults } = await ok(coordinator, results, { p: ids.yhteinen, s: 'palaute-testi' });
    expect(feedbackSurveyResults.survey.id).toBe(surveyId);
    expect(feedbackSurveyResults.periods).toEqual([
      { month: '2026-09-01', responses: 6, suppressed: false, questionMeans: [4, 5] },
      { month: '2026-10-01', responses: null, suppressed: true, questionMeans: null },
    ]);
    // A partner's coach sees the same; the response submitted this month is not shown yet.
    const partner = await ok(await token('kuntoutussaatio', 'COACH'), results, { p: ids.yhteinen, s: 'palaute-testi' });
    expect(partner.feedbackSurveyResults).toEqual(feedbackSurveyResults);
    // Not appointed, or not a partner: refused or absent.
    expect(codeOf(await platform.graphql(results, { token: await token('kalliola', 'COORDINATOR', ['tekijan-polku']), variables: { p: ids.yhteinen, s: 'palaute-testi' } }))).toBe('FORBIDDEN');
    expect(codeOf(await platform.graphql(results, { token: await token('valo-valmennus', 'COACH'), variables: { p: ids.yhteinen, s: 'palaute-testi' } }))).toBe('NOT_FOUND');
    expect(codeOf(await platform.graphql(results, { token: coordinator, variables: { p: ids.tekijan, s: 'palaute-testi' } }))).toBe('FORBIDDEN');
  });
});
