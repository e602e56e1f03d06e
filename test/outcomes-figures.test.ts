import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Issue 10, "wrong figures": pooled follow-ups, and exits with more than one
 * destination so that shares are over people (Tekijän polku, seed 003),
 * through the gateway with real tokens.
 */
let platform: TestPlatform;
const projects: Record<string, string> = {};

async function ok(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await platform.graphql(query, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data;
}

beforeAll(async () => {
  platform = await bootPlatform();
  const token = await platform.tokenFor('kalliola', ['COACH']);
  for (const slug of ['tekijan-polku', 'uusi-askel', 'yhteinen-askel']) projects[slug] = (await ok(token, `{ project(slug: "${slug}") { id } }`)).project.id;
});
afterAll(() => platform?.stop());

const metricsQuery = `query ($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!) {
  projectMetrics(projectId: $projectId, view: $view, from: $from, to: $to, granularity: YEAR) {
    exits { value suppressed } qualityPath { value }
    destinations { destination count { value suppressed } primaryCount { value suppressed } share { value suppressed } }
    esfIndicators { indicator count { value } }
    followUps { due { value suppressed } completed { value suppressed } completionRate { value suppressed } }
  }
}`;
const metrics = async (token: string, projectId: string, view: string, from: string, to: string) =>
  (await ok(token, metricsQuery, { projectId, view, from, to })).projectMetrics;

describe('pooled follow-ups', () => {
  it("a coordinator sees the follow-ups due and their completion rate, the same as the owner's own figures", async () => {
    const coordinator = await platform.tokenFor('sotek', ['COORDINATOR'], ['uusi-askel']);
    const owner = await platform.tokenFor('sotek', ['ORG_ADMIN']);
    const pooled = await metrics(coordinator, projects['uusi-askel']!, 'POOLED', '2018-01-01', '2018-12-31');
    const own = await metrics(owner, projects['uusi-askel']!, 'OWN_ORGANISATION', '2018-01-01', '2018-12-31');
    // Seed 000's follow-ups were all completed; 2018's 50 exits have follow-ups due in 2018 and 2019.
    // The owner's view counts the follow-ups due in the period; a release counts those of the year's
    // exits (its cohort: three offsets each, all due), so that it adds no relation to another year.
    expect(own.followUps.due.value).toBeGreaterThan(50);
    expect(own.followUps.completionRate).toEqual({ value: 1, suppressed: false });
    expect(pooled.followUps.due).toEqual({ value: 50 * 3, suppressed: false });
    expect(pooled.followUps.completed).toEqual({ value: 50 * 3, suppressed: false });
    expect(pooled.followUps.completionRate).toEqual({ value: 1, suppressed: false });
  });
});

describe("Tekijän polku (seed 003): 11 people, shares over people as the document prints them", () => {
  it('gives the owner 27 / 45 / 9 / 9 / 18 % exactly, one person in two categories', async () => {
    const kalliola = await platform.tokenFor('kalliola', ['ORG_ADMIN']);
    const m = await metrics(kalliola, projects['tekijan-polku']!, 'OWN_ORGANISATION', '2025-01-01', '2025-12-31');
    const figure = (d: string) => m.destinations.find((x: any) => x.destination === d);
    const percent = (...ds: string[]) => Math.round((ds.reduce((sum, d) => sum + figure(d).count.value, 0) / m.exits.value) * 100);
    expect(m.exits).toEqual({ value: 11, suppressed: false });
    expect([
      percent('EMPLOYED_OPEN_MARKET'),
      percent('FURTHER_PATH_IN_ORGANISATION'),
      percent('SEARCH_IN_ANOTHER_TOWN'),
      percent('WORK_TRIAL'),
      percent('OTHER', 'OUT_OF_LABOUR_FORCE'),
    ]).toEqual([27, 45, 9, 9, 18]);
    // Each share is the count over the 11 people, as the API gives it.
    expect(figure('EMPLOYED_OPEN_MARKET').share.value).toBe(0.2727);
    expect(figure('FURTHER_PATH_IN_ORGANISATION').share.value).toBe(0.4545);
    expect(figure('WORK_TRIAL').share.value).toBe(0.0909);
    // The work trial is a further destination: primary destinations still add up to the 11 people,
    // and the quality path is read from them (3 employed + 5 studying for competence-based qualifications).
    expect(figure('WORK_TRIAL').primaryCount.value).toBe(0);
    expect(m.destinations.reduce((sum: number, d: any) => sum + d.primaryCount.value, 0)).toBe(11);
    expect(m.destinations.reduce((sum: number, d: any) => sum + d.count.value, 0)).toBe(12);
    expect(m.qualityPath.value).toBe(8);
    // ESF+ reads the primary destination: 3 in employment, 5 in education (competence-based qualifications),
    // 1 job searching (in another town); the 5 took qualification units during their year (EECR03).
    const esf = Object.fromEntries(m.esfIndicators.map((e: any) => [e.indicator, e.count.value]));
    expect(esf).toEqual({ JOB_SEARCHING: 1, IN_EDUCATION_OR_TRAINING: 5, IN_EMPLOYMENT: 3, GAINED_QUALIFICATION: 5 });
  });

  it('keeps the further destination on the exit, with labels', async () => {
    const kalliola = await platform.tokenFor('kalliola', ['COACH']);
    const { exitOutcomes } = await ok(kalliola, '{ exitOutcomes(first: 50) { nodes { destination furtherDestinations furtherDestinationLabels qualityPath esfIndicator } } }');
    const withFurther = exitOutcomes.nodes.filter((e: any) => e.furtherDestinations.length > 0);
    expect(withFurther).toEqual([
      { destination: 'FURTHER_PATH_IN_ORGANISATION', furtherDestinations: ['WORK_TRIAL'], furtherDestinationLabels: ['Työkokeilu'], qualityPath: true, esfIndicator: 'IN_EDUCATION_OR_TRAINING' },
    ]);
  });
});

describe('recording an exit with further destinations', () => {
  async function newEnrolment(token: string, code: string, startedOn: string) {
    const { createClient } = await ok(token, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input: { code } });
    const { enrolClient } = await ok(token, 'mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }', {
      input: { clientId: createClient.id, projectId: projects['yhteinen-askel'], startedOn },
    });
    return enrolClient.id as string;
  }
  const record = (token: string, input: Record<string, unknown>) =>
    platform.graphql('mutation ($input: RecordExitInput!) { recordExit(input: $input) { id destination furtherDestinations } }', { token, variables: { input } });

  it('counts the person under each destination in the own figures and refuses a repeated or primary further destination', async () => {
    const token = await platform.tokenFor('kuntoutussaatio', ['COACH']);
    const before = await metrics(token, projects['yhteinen-askel']!, 'OWN_ORGANISATION', '2024-01-01', '2024-12-31');
    const enrolmentId = await newEnrolment(token, 'KUN-F001', '2024-02-01');
    for (const further of [['WORK_TRIAL', 'WORK_TRIAL'], ['VOCATIONAL_EDUCATION'], ['OTHER', 'UNEMPLOYED', 'WORK_TRIAL', 'LANGUAGE_COURSE', 'UNKNOWN']]) {
      const refused = await record(token, { enrolmentId, exitDate: '2024-10-01', destination: 'VOCATIONAL_EDUCATION', furtherDestinations: further });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'furtherDestinations' });
    }
    const { data } = await record(token, { enrolmentId, exitDate: '2024-10-01', destination: 'VOCATIONAL_EDUCATION', furtherDestinations: ['WORK_TRIAL'] });
    expect(data.recordExit).toMatchObject({ destination: 'VOCATIONAL_EDUCATION', furtherDestinations: ['WORK_TRIAL'] });
    const after = await metrics(token, projects['yhteinen-askel']!, 'OWN_ORGANISATION', '2024-01-01', '2024-12-31');
    const count = (m: any, d: string) => m.destinations.find((x: any) => x.destination === d).count.value;
    expect(after.exits.value - before.exits.value).toBe(1);
    expect(count(after, 'VOCATIONAL_EDUCATION') - count(before, 'VOCATIONAL_EDUCATION')).toBe(1);
    expect(count(after, 'WORK_TRIAL') - count(before, 'WORK_TRIAL')).toBe(1);
    // ESF+ reads the primary destination only: one person, one situation upon leaving.
    const esf = (m: any, i: string) => m.esfIndicators.find((x: any) => x.indicator === i).count.value;
    expect(esf(after, 'IN_EDUCATION_OR_TRAINING') - esf(before, 'IN_EDUCATION_OR_TRAINING')).toBe(1);
    expect(esf(after, 'JOB_SEARCHING') - esf(before, 'JOB_SEARCHING')).toBe(0);
  });
});
