import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Issue 10, attack class 3 ("padding"): an insider records exits of its own
 * into a hidden cell until it is published, then subtracts its own. What the
 * platform now holds against it, through the gateway with real tokens and as
 * the service role in SQL: enrolments and exits inside the project's period,
 * exit days not in the future nor before the enrolment, days of years
 * 0001–9999 as BAD_USER_INPUT, and padded or mistaken exits corrected or
 * withdrawn with a reason kept in an append-only history, the summaries
 * (what pooled figures and releases are computed from) following every change.
 */
let platform: TestPlatform;
let sotek: string;
const projects: Record<string, string> = {};
const orgIds: Record<string, string> = {};

async function ok(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await platform.graphql(query, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data;
}
const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

beforeAll(async () => {
  platform = await bootPlatform();
  sotek = await platform.tokenFor('sotek', ['COACH']);
  for (const slug of ['avain-askel', 'yhteinen-askel']) projects[slug] = (await ok(sotek, `{ project(slug: "${slug}") { id } }`)).project.id;
  for (const slug of ['sotek', 'kuntoutussaatio']) orgIds[slug] = await platform.organisationId(slug);
});
afterAll(() => platform?.stop());

let clientSequence = 0;
async function newClient(token = sotek) {
  clientSequence += 1;
  const { createClient } = await ok(token, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input: { code: `PAD-${String(clientSequence).padStart(4, '0')}` } });
  return createClient.id as string;
}
const enrol = async (clientId: string, project: string, startedOn: string, token = sotek) =>
  platform.graphql('mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id startedOn } }', {
    token,
    variables: { input: { clientId, projectId: projects[project], startedOn } },
  });
async function enrolled(project: string, startedOn: string, token = sotek) {
  const { data, errors } = await enrol(await newClient(token), project, startedOn, token);
  expect(errors).toBeUndefined();
  return data.enrolClient.id as string;
}
const recordExit = (enrolmentId: string, exitDate: string, destination: string, token = sotek) =>
  platform.graphql('mutation ($input: RecordExitInput!) { recordExit(input: $input) { id exitDate destination } }', {
    token,
    variables: { input: { enrolmentId, exitDate, destination } },
  });
const correctExit = (exitId: string, input: Record<string, unknown>, reason: string, token = sotek) =>
  platform.graphql(
    `mutation ($id: ID!, $input: CorrectExitInput!, $reason: String!) {
       correctExit(exitId: $id, input: $input, reason: $reason) {
         id exitDate destination furtherDestinations qualificationGained followUps { dueOn }
         corrections { kind reason actorSubject before { exitDate destination } after { exitDate destination furtherDestinations } }
       }
     }`,
    { token, variables: { id: exitId, input, reason } },
  );

async function ownFigures(project: string, year: number, token = sotek) {
  const { projectMetrics } = await ok(
    token,
    `query ($p: ID!, $from: LocalDate!, $to: LocalDate!) { projectMetrics(projectId: $p, view: OWN_ORGANISATION, from: $from, to: $to, granularity: YEAR) {
       exits { value } destinations { destination count { value } } followUps { due { value } } } }`,
    { p: projects[project], from: `${year}-01-01`, to: `${year}-12-31` },
  );
  const destinations = Object.fromEntries(projectMetrics.destinations.filter((d: any) => d.count.value > 0).map((d: any) => [d.destination, d.count.value]));
  return { exits: projectMetrics.exits.value as number, destinations, followUpsDue: projectMetrics.followUps.due.value as number };
}

/** Every summary equals the exits and follow-ups regrouped, row for row (read as the owner, all organisations). */
async function expectSummariesMatchExits() {
  await withAdminClient(platform.adminUrl, async (client) => {
    await client.query('BEGIN');
    const tables = ['exit_outcome', 'follow_up', 'exit_summary', 'exit_year_summary', 'exit_month_summary', 'exit_further_summary', 'follow_up_summary'];
    for (const t of tables) await client.query(`ALTER TABLE outcomes.${t} NO FORCE ROW LEVEL SECURITY`);
    const differences = async (summary: string, regrouped: string) =>
      (await client.query(`SELECT count(*)::int AS n FROM ((${summary} EXCEPT ${regrouped}) UNION ALL (${regrouped} EXCEPT ${summary})) d`)).rows[0].n;
    expect(
      await differences(
        'SELECT project_id, org_id, month, destination, qualification_gained, exits::bigint FROM outcomes.exit_summary',
        `SELECT project_id, org_id, date_trunc('month', exit_date)::date, destination, qualification_gained, count(*) FROM outcomes.exit_outcome GROUP BY 1, 2, 3, 4, 5`,
      ),
    ).toBe(0);
    expect(
      await differences(
        'SELECT project_id, org_id, year, destination, qualification_gained, exits::bigint FROM outcomes.exit_year_summary',
        `SELECT project_id, org_id, extract(year FROM exit_date)::int, destination, qualification_gained, count(*) FROM outcomes.exit_outcome GROUP BY 1, 2, 3, 4, 5`,
      ),
    ).toBe(0);
    expect(
      await differences(
        'SELECT project_id, org_id, month, sum(exits)::bigint FROM outcomes.exit_month_summary GROUP BY 1, 2, 3',
        `SELECT project_id, org_id, date_trunc('month', exit_date)::date, count(*) FROM outcomes.exit_outcome GROUP BY 1, 2, 3`,
      ),
    ).toBe(0);
    expect(
      await differences(
        'SELECT project_id, org_id, month, destination, people::bigint FROM outcomes.exit_further_summary',
        `SELECT project_id, org_id, date_trunc('month', exit_date)::date, f, count(*) FROM outcomes.exit_outcome, unnest(further_destinations) f GROUP BY 1, 2, 3, 4`,
      ),
    ).toBe(0);
    expect(
      await differences(
        'SELECT project_id, org_id, due_month, after, scheduled::bigint, completed::bigint FROM outcomes.follow_up_summary',
        `SELECT project_id, org_id, date_trunc('month', due_on)::date, after, count(*), count(completed_on) FROM outcomes.follow_up GROUP BY 1, 2, 3, 4`,
      ),
    ).toBe(0);
    await client.query('ROLLBACK');
  });
}

describe('padding: enrolments only inside the project period', () => {
  it("refuses an enrolment starting before or after the project's period with BAD_USER_INPUT", async () => {
    const clientId = await newClient();
    for (const startedOn of ['2014-12-31', '2019-03-01']) {
      const refused = await enrol(clientId, 'avain-askel', startedOn);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'startedOn', reason: 'OUTSIDE_PROJECT_PERIOD' });
    }
    const accepted = await enrol(clientId, 'avain-askel', '2016-03-01');
    expect(accepted.errors).toBeUndefined();
  });

  it('refuses days outside the years 0001–9999 as BAD_USER_INPUT, never as an internal error', async () => {
    // Year 0 passes the LocalDate scalar but PostgreSQL has no year 0; a five-digit year fails the scalar in the subgraph.
    const refused = await enrol(await newClient(), 'yhteinen-askel', '0000-06-01');
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'startedOn' });
    expect(errorOf(await enrol(await newClient(), 'yhteinen-askel', '10000-01-01'))?.code).toBe('BAD_USER_INPUT');
    const enrolmentId = await enrolled('yhteinen-askel', '2025-02-01');
    expect(errorOf(await recordExit(enrolmentId, '0000-06-01', 'UNEMPLOYED'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'exitDate' });
    expect(errorOf(await recordExit(enrolmentId, '10000-01-01', 'UNEMPLOYED'))?.code).toBe('BAD_USER_INPUT');
    const exitId = (await recordExit(enrolmentId, '2025-03-01', 'UNEMPLOYED')).data.recordExit.id;
    expect(errorOf(await correctExit(exitId, { exitDate: '0000-06-01' }, 'A day that never was.'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'exitDate' });
  });
});

describe('padding: exit days only inside the project period, after the enrolment started and not in the future', () => {
  it('refuses an exit dated after the project ended, though it lies between the enrolment start and today', async () => {
    const enrolmentId = await enrolled('avain-askel', '2016-03-01');
    const refused = await recordExit(enrolmentId, '2019-05-01', 'KELA_VOCATIONAL_REHABILITATION');
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'exitDate', reason: 'OUTSIDE_PROJECT_PERIOD' });
    for (const [date, reason] of [['2016-02-29', 'EXIT_BEFORE_ENROLMENT'], ['2099-01-01', 'EXIT_IN_FUTURE']]) {
      expect(errorOf(await recordExit(enrolmentId, date!, 'OTHER'))).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    const accepted = await recordExit(enrolmentId, '2017-06-01', 'KELA_VOCATIONAL_REHABILITATION');
    expect(accepted.errors).toBeUndefined();
  });

  it('the database refuses the same whoever writes: an exit in the future, before its enrolment, or out of range', async () => {
    const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
    await client.connect();
    try {
      const insert = async (exitDate: string, startedOn: string) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true), set_config('app.subject', 'attacker@sotek', true)`, [orgIds.sotek]);
        try {
          await client.query(
            `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, enrolment_started_on)
             VALUES ($1, gen_random_uuid(), $2, $3, 'OTHER', $4)`,
            [orgIds.sotek, projects['yhteinen-askel'], exitDate, startedOn],
          );
          return 'inserted';
        } catch (error) {
          return (error as { code: string }).code;
        } finally {
          await client.query('ROLLBACK');
        }
      };
      expect(await insert('2099-01-01', '2025-01-01')).toBe('23514');
      expect(await insert('2025-01-01', '2025-06-01')).toBe('23514');
      expect(await insert('12000-01-01', '2025-01-01')).toBe('23514');
      expect(await insert('2025-07-01', '2025-06-01')).toBe('inserted');
    } finally {
      await client.end();
    }
  });
});

describe('padding: a padded or mistaken exit is corrected, with its reason kept', () => {
  it("corrects a padded exit's destination and day; the figures, follow-ups and history follow", async () => {
    const enrolmentId = await enrolled('yhteinen-askel', '2025-02-01');
    const before = await ownFigures('yhteinen-askel', 2025);
    const { data } = await recordExit(enrolmentId, '2025-03-03', 'KELA_VOCATIONAL_REHABILITATION');
    const exitId = data.recordExit.id;
    expect((await ownFigures('yhteinen-askel', 2025)).destinations.KELA_VOCATIONAL_REHABILITATION).toBe((before.destinations.KELA_VOCATIONAL_REHABILITATION ?? 0) + 1);

    const corrected = await correctExit(exitId, { destination: 'UNEMPLOYED', exitDate: '2025-04-15', furtherDestinations: ['WORK_TRIAL'] }, 'Recorded under the wrong client.');
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.correctExit).toMatchObject({
      exitDate: '2025-04-15',
      destination: 'UNEMPLOYED',
      furtherDestinations: ['WORK_TRIAL'],
      followUps: [{ dueOn: '2025-05-13' }, { dueOn: '2025-07-15' }, { dueOn: '2025-10-15' }],
      corrections: [
        {
          kind: 'CORRECTED',
          reason: 'Recorded under the wrong client.',
          actorSubject: expect.stringContaining('sotek'),
          before: { exitDate: '2025-03-03', destination: 'KELA_VOCATIONAL_REHABILITATION' },
          after: { exitDate: '2025-04-15', destination: 'UNEMPLOYED', furtherDestinations: ['WORK_TRIAL'] },
        },
      ],
    });
    const after = await ownFigures('yhteinen-askel', 2025);
    expect(after.exits).toBe(before.exits + 1);
    expect(after.destinations.KELA_VOCATIONAL_REHABILITATION ?? 0).toBe(before.destinations.KELA_VOCATIONAL_REHABILITATION ?? 0);
    expect(after.destinations.UNEMPLOYED).toBe((before.destinations.UNEMPLOYED ?? 0) + 1);
    expect(after.destinations.WORK_TRIAL).toBe((before.destinations.WORK_TRIAL ?? 0) + 1);
    await expectSummariesMatchExits();
  });

  it('withdraws an exit recorded by mistake: its follow-ups go, the history stays, the enrolment can get its real exit', async () => {
    const enrolmentId = await enrolled('yhteinen-askel', '2025-02-01');
    const before = await ownFigures('yhteinen-askel', 2025);
    const exitId = (await recordExit(enrolmentId, '2025-05-05', 'OTHER')).data.recordExit.id;
    const { data, errors } = await platform.graphql(
      'mutation ($id: ID!) { withdrawExit(exitId: $id, reason: "Padding: no such exit happened.") { kind exitOutcomeId reason before { destination } after { destination } } }',
      { token: sotek, variables: { id: exitId } },
    );
    expect(errors).toBeUndefined();
    expect(data.withdrawExit).toEqual({ kind: 'WITHDRAWN', exitOutcomeId: exitId, reason: 'Padding: no such exit happened.', before: { destination: 'OTHER' }, after: null });
    expect(await ownFigures('yhteinen-askel', 2025)).toEqual(before);
    await expectSummariesMatchExits();
    // The withdrawn exit is gone; its withdrawal stays in the organisation's history, and only there.
    const history = await ok(sotek, '{ exitCorrections(first: 1) { nodes { kind exitOutcomeId reason } pageInfo { hasNextPage } } }');
    expect(history.exitCorrections.nodes).toEqual([{ kind: 'WITHDRAWN', exitOutcomeId: exitId, reason: 'Padding: no such exit happened.' }]);
    const kuntoutussaatio = await platform.tokenFor('kuntoutussaatio', ['ORG_ADMIN']);
    const theirs = await ok(kuntoutussaatio, '{ exitCorrections(first: 100) { nodes { exitOutcomeId } } }');
    expect(theirs.exitCorrections.nodes.map((n: any) => n.exitOutcomeId)).not.toContain(exitId);
    expect((await recordExit(enrolmentId, '2025-06-06', 'EMPLOYED_OPEN_MARKET')).errors).toBeUndefined();
  });

  it("refuses a correction by another organisation, a coordinator, without a reason, or out of the project's period", async () => {
    const enrolmentId = await enrolled('yhteinen-askel', '2025-02-01');
    const exitId = (await recordExit(enrolmentId, '2025-03-03', 'OTHER')).data.recordExit.id;
    const other = await platform.tokenFor('kuntoutussaatio', ['ORG_ADMIN']);
    expect(errorOf(await correctExit(exitId, { destination: 'UNEMPLOYED' }, 'Not mine to change.', other))?.code).toBe('NOT_FOUND');
    const coordinator = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
    expect(errorOf(await correctExit(exitId, { destination: 'UNEMPLOYED' }, 'Coordinators read only.', coordinator))?.code).toBe('FORBIDDEN');
    expect(errorOf(await correctExit(exitId, { destination: 'UNEMPLOYED' }, '  '))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
    expect(errorOf(await correctExit(exitId, { exitDate: '2025-01-31' }, 'Before the path began.'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXIT_BEFORE_ENROLMENT' });
    const closed = (await recordExit(await enrolled('avain-askel', '2016-03-01'), '2017-06-01', 'OTHER')).data.recordExit.id;
    expect(errorOf(await correctExit(closed, { exitDate: '2018-02-01' }, 'Moving it past the end.'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTSIDE_PROJECT_PERIOD' });
    expect(errorOf(await correctExit(exitId, { destination: 'OTHER' }, 'Nothing changes.'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOTHING_TO_CORRECT' });
    expect(errorOf(await correctExit(exitId, { furtherDestinations: ['OTHER'] }, 'Primary twice.'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'furtherDestinations' });
  });

  it('the database keeps the history append-only and refuses any change of an exit without a correction record', async () => {
    const enrolmentId = await enrolled('yhteinen-askel', '2025-02-01');
    const exitId = (await recordExit(enrolmentId, '2025-03-03', 'OTHER')).data.recordExit.id;
    expect((await correctExit(exitId, { destination: 'UNEMPLOYED' }, 'Wrong destination.')).errors).toBeUndefined();
    const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
    await client.connect();
    try {
      const attempt = async (sql: string) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true), set_config('app.subject', 'coach@sotek', true)`, [orgIds.sotek]);
        try {
          return (await client.query(sql, [exitId])).rowCount;
        } catch (error) {
          return (error as { code: string }).code;
        } finally {
          await client.query('ROLLBACK');
        }
      };
      expect(await attempt(`UPDATE outcomes.exit_outcome SET destination = 'EMPLOYED_OPEN_MARKET' WHERE id = $1`)).toBe('42501');
      expect(await attempt(`DELETE FROM outcomes.exit_outcome WHERE id = $1`)).toBe('42501');
      expect(await attempt(`UPDATE outcomes.exit_correction SET reason = 'nothing to see' WHERE exit_outcome_id = $1`)).toBe('42501');
      expect(await attempt(`DELETE FROM outcomes.exit_correction WHERE exit_outcome_id = $1`)).toBe('42501');
      // A correction must name its actor: another subject is refused by row level security.
      expect(
        await attempt(
          `INSERT INTO outcomes.exit_correction (org_id, exit_outcome_id, project_id, kind, reason, actor_subject, before, after)
           SELECT org_id, id, project_id, 'CORRECTED', 'someone else did it', 'someone@else', '{}', '{}' FROM outcomes.exit_outcome WHERE id = $1`,
        ),
      ).toBe('42501');
    } finally {
      await client.end();
    }
  });
});
