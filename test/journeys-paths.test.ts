import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
let kalliola: string;
let tekijanPolku: string;

async function ok(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await platform.graphql(query, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data;
}
const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

/** The day `months` months before today (Finnish time), as YYYY-MM-DD. */
function monthsAgo(months: number, extraDays = 0) {
  const today = new Date(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()));
  today.setUTCMonth(today.getUTCMonth() - months);
  today.setUTCDate(today.getUTCDate() - extraDays);
  return today.toISOString().slice(0, 10);
}

async function enrolNew(code: string, startedOn: string) {
  const { createClient } = await ok(kalliola, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', {
    input: { code, personal: { fullName: 'Matti Meikäläinen', birthYear: 1968, languages: ['fi'] }, obstacles: ['AGE_DISCRIMINATION'] },
  });
  const { enrolClient } = await ok(kalliola, 'mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id phase coachSubject } }', {
    input: { clientId: createClient.id, projectId: tekijanPolku, startedOn, plannedEndOn: '2099-12-31' },
  });
  return enrolClient;
}

const move = (enrolmentId: string, to: string) =>
  platform.graphql('mutation ($id: ID!, $to: Phase!) { movePhase(enrolmentId: $id, to: $to) { phase phaseLabel nextPhases } }', { token: kalliola, variables: { id: enrolmentId, to } });

beforeAll(async () => {
  platform = await bootPlatform();
  kalliola = await platform.tokenFor('kalliola', ['COACH']);
  tekijanPolku = (await ok(kalliola, '{ project(slug: "tekijan-polku") { id } }')).project.id;
});
afterAll(() => platform?.stop());

describe('the phases of a path', () => {
  it("follows Tekijän polku's twelve-month template to tell the phase a client should be in now", async () => {
    const { project } = await ok(kalliola, '{ project(slug: "tekijan-polku") { pathTemplate { fromMonth toMonth phase phaseLabel(locale: EN) } } }');
    expect(project.pathTemplate.map((s: any) => [s.fromMonth, s.toMonth, s.phase])).toEqual([
      [1, 1, 'INTAKE'],
      [2, 3, 'ASSESSMENT'],
      [4, 6, 'COACHING'],
      [7, 8, 'COACHING'],
      [9, 12, 'TRANSITION'],
    ]);
    const fiveMonthsIn = await enrolNew('KAL-P001', monthsAgo(4, 3));
    const { enrolment } = await ok(kalliola, 'query ($id: ID!) { enrolment(id: $id) { phase monthOnPath expectedPhase { phase focus fromMonth } } }', { id: fiveMonthsIn.id });
    expect(enrolment).toMatchObject({ phase: 'INTAKE', monthOnPath: 5, expectedPhase: { phase: 'COACHING', fromMonth: 4 } });
    expect(enrolment.expectedPhase.focus).toMatch(/CV/);
    const longAgo = await enrolNew('KAL-P002', monthsAgo(14));
    expect((await ok(kalliola, 'query ($id: ID!) { enrolment(id: $id) { expectedPhase { phase } } }', { id: longAgo.id })).enrolment.expectedPhase).toBeNull();
  });

  it('moves forward one phase at a time and refuses any other move with a clear error', async () => {
    const enrolment = await enrolNew('KAL-P003', monthsAgo(0));
    expect(enrolment).toMatchObject({ phase: 'INTAKE', coachSubject: 'coach@kalliola' });
    const skip = await move(enrolment.id, 'COACHING');
    expect(errorOf(skip)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_PHASE_TRANSITION', phase: 'INTAKE' });
    expect(skip.errors![0]!.message).toBe('An enrolment in INTAKE cannot move to COACHING; it can move to ASSESSMENT or EXITED.');
    expect((await move(enrolment.id, 'ASSESSMENT')).data.movePhase).toEqual({ phase: 'ASSESSMENT', phaseLabel: 'Alkukartoitus', nextPhases: ['COACHING', 'EXITED'] });
    expect(errorOf(await move(enrolment.id, 'INTAKE'))!.reason).toBe('ILLEGAL_PHASE_TRANSITION');
    expect(errorOf(await move(enrolment.id, 'ASSESSMENT'))!.reason).toBe('ILLEGAL_PHASE_TRANSITION');
    expect((await move(enrolment.id, 'COACHING')).data.movePhase.phase).toBe('COACHING');
    expect((await move(enrolment.id, 'TRANSITION')).data.movePhase.phase).toBe('TRANSITION');
    expect((await move(enrolment.id, 'EXITED')).data.movePhase.nextPhases).toEqual([]);
    for (const to of ['INTAKE', 'ASSESSMENT', 'COACHING', 'TRANSITION', 'EXITED']) {
      expect(errorOf(await move(enrolment.id, to))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_PHASE_TRANSITION', phase: 'EXITED' });
    }
    // Another organisation cannot move it: not found, like an enrolment that does not exist.
    const sotek = await platform.tokenFor('sotek', ['COACH']);
    const foreign = await platform.graphql('mutation ($id: ID!) { movePhase(enrolmentId: $id, to: EXITED) { phase } }', { token: sotek, variables: { id: enrolment.id } });
    expect(errorOf(foreign)!.code).toBe('NOT_FOUND');
  });
});

describe('the content of a path', () => {
  it('records the assessment with "My goals", sessions, group activities, activities and reports', async () => {
    const enrolment = await enrolNew('KAL-P004', monthsAgo(1));
    await ok(kalliola, 'mutation ($input: RecordInitialAssessmentInput!) { recordInitialAssessment(input: $input) { assessedOn } }', {
      input: { enrolmentId: enrolment.id, assessedOn: '2026-02-01', summary: 'Motivated, needs a CV.', goals: ['Write a CV', 'Find a work trial in retail'] },
    });
    const { enrolment: withGoals } = await ok(kalliola, 'query ($id: ID!) { enrolment(id: $id) { goals { id title status } } }', { id: enrolment.id });
    await ok(kalliola, 'mutation ($id: ID!) { setGoalStatus(goalId: $id, status: ACHIEVED) { status } }', { id: withGoals.goals[0].id });
    const session = { enrolmentId: enrolment.id, kind: 'INDIVIDUAL', heldOn: '2026-02-03', minutes: 90, notes: 'Talked about debts.', idempotencyKey: 'session-KAL-P004-1' };
    const first = await ok(kalliola, 'mutation ($input: RecordCoachingSessionInput!) { recordCoachingSession(input: $input) { id } }', { input: session });
    const retry = await ok(kalliola, 'mutation ($input: RecordCoachingSessionInput!) { recordCoachingSession(input: $input) { id } }', { input: session });
    expect(retry.recordCoachingSession.id).toBe(first.recordCoachingSession.id);
    await ok(kalliola, 'mutation ($input: RecordGroupActivityInput!) { recordGroupActivity(input: $input) { id participants { id } } }', {
      input: { projectId: tekijanPolku, kind: 'EXPERT_LECTURE', title: 'Työturvallisuus', heldOn: '2026-02-10', minutes: 120, ledBy: 'Asiantuntija', participantEnrolmentIds: [enrolment.id] },
    });
    await ok(kalliola, 'mutation ($input: RecordActivityInput!) { recordActivity(input: $input) { id } }', {
      input: { enrolmentId: enrolment.id, kind: 'WORK_TRIAL', title: 'Myymälätyö', unitName: 'Kalliolan kierrätysmyymälä', completedOn: '2026-03-01' },
    });
    await ok(kalliola, 'mutation ($input: WriteReportInput!) { writeReport(input: $input) { kind } }', { input: { enrolmentId: enrolment.id, kind: 'START', writtenOn: '2026-02-01', summary: 'Started.' } });

    const endTooEarly = await platform.graphql('mutation ($input: WriteReportInput!) { writeReport(input: $input) { kind } }', {
      token: kalliola,
      variables: { input: { enrolmentId: enrolment.id, kind: 'END', writtenOn: '2026-03-01', summary: 'Done.' } },
    });
    expect(errorOf(endTooEarly)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_EXITING' });
    for (const to of ['ASSESSMENT', 'COACHING', 'TRANSITION']) await move(enrolment.id, to);
    await ok(kalliola, 'mutation ($input: WriteReportInput!) { writeReport(input: $input) { kind } }', { input: { enrolmentId: enrolment.id, kind: 'END', writtenOn: '2026-12-01', summary: 'Done.' } });
    const twice = await platform.graphql('mutation ($input: WriteReportInput!) { writeReport(input: $input) { kind } }', {
      token: kalliola,
      variables: { input: { enrolmentId: enrolment.id, kind: 'END', writtenOn: '2026-12-02', summary: 'Again.' } },
    });
    expect(errorOf(twice)!.code).toBe('CONFLICT');

    const { enrolment: path } = await ok(
      kalliola,
      `query ($id: ID!) { enrolment(id: $id) {
        initialAssessment { summary } goals { title status statusLabel(locale: EN) }
        coachingSessions { kind minutes coachSubject notes }
        groupActivities { kind kindLabel title participants { id } }
        activities { kind kindLabel unitName } reports { kind }
        client { personal { fullName birthYear } background { obstacles obstacleLabels } } } }`,
      { id: enrolment.id },
    );
    expect(path).toEqual({
      initialAssessment: { summary: 'Motivated, needs a CV.' },
      goals: [
        { title: 'Write a CV', status: 'ACHIEVED', statusLabel: 'Achieved' },
        { title: 'Find a work trial in retail', status: 'OPEN', statusLabel: 'Open' },
      ],
      coachingSessions: [{ kind: 'INDIVIDUAL', minutes: 90, coachSubject: 'coach@kalliola', notes: 'Talked about debts.' }],
      groupActivities: [{ kind: 'EXPERT_LECTURE', kindLabel: 'Asiantuntijaluento', title: 'Työturvallisuus', participants: [{ id: enrolment.id }] }],
      activities: [{ kind: 'WORK_TRIAL', kindLabel: 'Työkokeilu', unitName: 'Kalliolan kierrätysmyymälä' }],
      reports: [{ kind: 'START' }, { kind: 'END' }],
      client: { personal: { fullName: 'Matti Meikäläinen', birthYear: 1968 }, background: { obstacles: ['AGE_DISCRIMINATION'], obstacleLabels: ['Ikäsyrjintä'] } },
    });
  });

  it('keeps personal data and notes from roles outside the organisation staff', async () => {
    const funder = await platform.tokenFor('kalliola', ['FUNDER'], ['tekijan-polku']);
    const refused = await platform.graphql('{ clients { nodes { code personal { fullName } } } }', { token: funder });
    expect(errorOf(refused)!.code).toBe('FORBIDDEN');
    const sotek = await platform.tokenFor('sotek', ['COACH']);
    const { clients } = await ok(sotek, '{ clients(first: 100) { nodes { code personal { fullName } } } }');
    expect(clients.nodes.map((c: any) => c.code)).not.toContain('KAL-P004');
  });
});
