import { sqlStatementCount } from '@polku/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Participant figures and entry lists cost as many SQL statements for 1000
 * rows as for 10: entries are aggregated in SQL (own figures) or read from
 * one stored release (pooled), and Enrolment.participantEntry is batched.
 */
let platform: TestPlatform;
let admin: pg.Client;
let project: string;
let coach: string;
let coordinator: string;

/** n enrolments of Kuntoutussäätiö starting in the year, each with an entry record (test data, as the admin). */
async function load(kuntoutus: string, year: number, n: number) {
  await admin.query('BEGIN');
  await admin.query(`SELECT set_config('app.org_id', $1, true)`, [kuntoutus]);
  await admin.query(`INSERT INTO journeys.client (org_id, code) SELECT $1, 'ST' || $2 || '-' || i FROM generate_series(1, $3::int) i`, [kuntoutus, year, n]);
  await admin.query(
    `INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on, phase)
     SELECT $1, c.id, $2, make_date($3, 1 + (hashtext(c.code) & 1023) % 12, 1 + (hashtext(c.code) & 1023) % 28), 'COACHING'
     FROM journeys.client c WHERE c.org_id = $1 AND c.code LIKE 'ST' || $3 || '-%'`,
    [kuntoutus, project, year],
  );
  await admin.query(
    `INSERT INTO outcomes.participant_entry (org_id, enrolment_id, project_id, enrolment_started_on, gender, birth_year, labour_status, education, homeless, recorded_by)
     SELECT e.org_id, e.id, e.project_id, e.started_on, (ARRAY['FEMALE', 'MALE'])[1 + (hashtext(e.id::text) & 1)], $2 - 20 - (hashtext(e.id::text) & 31),
            'LONG_TERM_UNEMPLOYED', 'ISCED_0_2', hashtext(e.id::text) & 4 = 4, 'coach@kuntoutussaatio'
     FROM journeys.enrolment e JOIN journeys.client c ON c.id = e.client_id WHERE e.org_id = $1 AND c.code LIKE 'ST' || $2 || '-%'`,
    [kuntoutus, year],
  );
  await admin.query(
    `INSERT INTO outcomes.participant_special (enrolment_id, org_id, project_id, disability, minority, consent_given_on, recorded_by)
     SELECT enrolment_id, org_id, project_id, true, false, enrolment_started_on, 'coach@kuntoutussaatio'
     FROM outcomes.participant_entry WHERE org_id = $1 AND extract(year FROM enrolment_started_on) = $2 AND hashtext(enrolment_id::text) & 8 = 8`,
    [kuntoutus, year],
  );
  await admin.query('COMMIT');
}

beforeAll(async () => {
  platform = await bootPlatform();
  admin = new pg.Client({ connectionString: platform.adminUrl });
  await admin.connect();
  project = (await admin.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id;
  const kuntoutus = await platform.organisationId('kuntoutussaatio');
  await load(kuntoutus, 2008, 10);
  await load(kuntoutus, 2009, 1000);
  coach = await platform.tokenFor('kuntoutussaatio', ['COACH']);
  coordinator = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
  for (const year of [2008, 2009]) {
    const { errors } = await platform.graphql('mutation ($p: ID!, $y: Int!) { publishStatisticsRelease(projectId: $p, year: $y) { revision } }', {
      token: coordinator, variables: { p: project, y: year },
    });
    expect(errors).toBeUndefined();
  }
});
afterAll(async () => {
  await admin?.end();
  await platform?.stop();
});

const figures = `query ($p: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!) {
  projectMetrics(projectId: $p, view: $view, from: $from, to: $to, granularity: YEAR) {
    participants { entries { value } activeAtPeriodEnd { value } uniqueParticipants { value } outputIndicators { code count { value suppressed } } partners { entries { value } } }
    targets { metric actual { value } }
  }
}`;

async function statements(token: string, query: string, variables: Record<string, unknown>) {
  const outcomesBefore = sqlStatementCount('outcomes');
  const allBefore = sqlStatementCount();
  const { data, errors } = await platform.graphql(query, { token, variables });
  expect(errors).toBeUndefined();
  return { data, outcomes: sqlStatementCount('outcomes') - outcomesBefore, all: sqlStatementCount() - allBefore };
}

describe('statement counts', () => {
  it('own and pooled participant figures: the same for 10 entries as for 1000', async () => {
    const counts: Record<string, number[]> = {};
    for (const [name, token, view] of [['own', coach, 'OWN_ORGANISATION'], ['pooled', coordinator, 'POOLED']] as const) {
      await statements(token, figures, { p: project, view, from: '2008-01-01', to: '2008-12-31' }); // confirms the caller once
      const ten = await statements(token, figures, { p: project, view, from: '2008-01-01', to: '2008-12-31' });
      const thousand = await statements(token, figures, { p: project, view, from: '2009-01-01', to: '2009-12-31' });
      expect(ten.data.projectMetrics.participants.entries.value).toBe(10);
      expect(thousand.data.projectMetrics.participants.entries.value).toBe(1000);
      expect(thousand.outcomes).toBe(ten.outcomes);
      expect(thousand.all).toBe(ten.all);
      counts[name] = [ten.outcomes, thousand.outcomes, ten.all, thousand.all];
    }
    console.info(`SQL statements, participant figures: own view outcomes ${counts.own![0]} for 10 entries, ${counts.own![1]} for 1000 (all services ${counts.own![2]}/${counts.own![3]}); pooled outcomes ${counts.pooled![0]}/${counts.pooled![1]} (all ${counts.pooled![2]}/${counts.pooled![3]})`);
  });

  it('Enrolment.participantEntry with special categories: the same for 10 enrolments as for 100 (a page)', async () => {
    const list = `query ($p: ID!, $first: Int!) { enrolments(projectId: $p, first: $first) { nodes { id participantEntry { gender birthYear specialCategories { disability } } } } }`;
    await statements(coach, list, { p: project, first: 1 });
    const ten = await statements(coach, list, { p: project, first: 10 });
    const hundred = await statements(coach, list, { p: project, first: 100 });
    expect(hundred.data.enrolments.nodes).toHaveLength(100);
    expect(hundred.data.enrolments.nodes.filter((n: any) => n.participantEntry).length).toBeGreaterThanOrEqual(90);
    expect(hundred.data.enrolments.nodes.some((n: any) => n.participantEntry?.specialCategories?.disability)).toBe(true);
    expect(ten.outcomes).toBeGreaterThan(0);
    expect(hundred.outcomes).toBe(ten.outcomes);
    expect(hundred.all).toBe(ten.all);
    console.info(`SQL statements, enrolments with participant entries: outcomes ${ten.outcomes} for 10, ${hundred.outcomes} for 100; all services ${ten.all}/${hundred.all}`);
  });
});
