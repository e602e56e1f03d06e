import { sqlStatementCount } from '@polku/kit';
import { withAdminClient } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * The number of SQL statements a list costs must not grow with its length:
 * every field below the list is batched by a per-request dataloader.
 */
let platform: TestPlatform;
let token: string;
let projectId: string;

beforeAll(async () => {
  platform = await bootPlatform();
  token = await platform.tokenFor('kuntoutussaatio', ['COACH']);
  const kuntoutus = await platform.organisationId('kuntoutussaatio');
  const sotek = await platform.organisationId('sotek');
  // 120 more Kuntoutussäätiö clients in Yhteinen Askel, each with two coaching
  // sessions and a referral to Sotek's work trial under a consent. Loaded as the admin:
  // this is test data, not a path through the API.
  await withAdminClient(platform.adminUrl, async (db) => {
    const { rows } = await db.query(
      `SELECT p.id AS project, o.id AS offering FROM partners.project p JOIN partners.service_offering o ON o.project_id = p.id
       WHERE p.slug = 'yhteinen-askel' AND o.organisation_id = $1 AND o.type = 'WORK_TRIAL'`,
      [sotek],
    );
    projectId = rows[0].project;
    const params = [kuntoutus, projectId, sotek];
    await db.query('BEGIN');
    await db.query(`INSERT INTO journeys.client (org_id, code) SELECT $1, 'KUN-L' || lpad(n::text, 4, '0') FROM generate_series(1, 120) n`, [kuntoutus]);
    await db.query(
      `INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on, phase)
       SELECT $1, c.id, $2, date '2026-01-01' + (n % 90), 'COACHING'
       FROM generate_series(1, 120) n JOIN journeys.client c ON c.org_id = $1 AND c.code = 'KUN-L' || lpad(n::text, 4, '0')`,
      [kuntoutus, projectId],
    );
    await db.query(
      `INSERT INTO journeys.coaching_session (org_id, enrolment_id, kind, held_on, minutes, coach_subject, notes)
       SELECT e.org_id, e.id, k.kind, e.started_on + 7, 60, 'coach@kuntoutussaatio', 'notes'
       FROM journeys.enrolment e CROSS JOIN (VALUES ('INDIVIDUAL'), ('GROUP')) k(kind) WHERE e.org_id = $1`,
      [kuntoutus],
    );
    await db.query(
      `INSERT INTO journeys.consent (owner_org_id, recipient_org_id, client_id, purpose, project_id, data_categories, given_at, recorded_by)
       SELECT $1, $3, c.id, 'REFERRAL', $2, '{NAME}', now() - interval '1 day', 'coach@kuntoutussaatio'
       FROM journeys.client c WHERE c.org_id = $1 AND c.code LIKE 'KUN-L%'`,
      params,
    );
    await db.query(
      `INSERT INTO journeys.referral (sender_org_id, receiver_org_id, project_id, service_offering_id, enrolment_id, consent_id, status, sent_at, answer_by, created_by)
       SELECT $1, $3, $2, $4, e.id, k.id, 'SENT', now(), now() + interval '14 days', 'coach@kuntoutussaatio'
       FROM journeys.enrolment e JOIN journeys.consent k ON k.client_id = e.client_id AND k.purpose = 'REFERRAL' WHERE e.org_id = $1`,
      [...params, rows[0].offering],
    );
    await db.query('COMMIT');
  });
});
afterAll(() => platform?.stop());

const listQuery = /* GraphQL */ `
  query Enrolments($projectId: ID!, $first: Int!) {
    enrolments(projectId: $projectId, first: $first) {
      nodes {
        id
        client { code }
        coachingSessions { kind minutes }
        latestReferral { status serviceOffering { id } }
        organisation { name }
      }
    }
  }
`;

async function statementsFor(first: number) {
  const journeysBefore = sqlStatementCount('journeys');
  const allBefore = sqlStatementCount();
  const { data, errors } = await platform.graphql(listQuery, { token, variables: { projectId, first } });
  expect(errors).toBeUndefined();
  return { rows: data.enrolments.nodes, journeys: sqlStatementCount('journeys') - journeysBefore, all: sqlStatementCount() - allBefore };
}

describe('listing enrolments with client, sessions, latest referral and organisation', () => {
  it('issues as many SQL statements for 100 enrolments as for 10', async () => {
    // The first request of a token also confirms the caller with partners (once a minute, not per row).
    await statementsFor(1);
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.rows).toHaveLength(10);
    expect(hundred.rows).toHaveLength(100);
    // The lists really are full: every row has its client, two sessions, a referral and the organisation's name.
    for (const row of hundred.rows) {
      expect(row.client.code).toMatch(/^KUN-/);
      expect(row.organisation.name).toBe('Kuntoutussäätiö');
    }
    expect(hundred.rows.filter((row: any) => row.coachingSessions.length === 2 && row.latestReferral?.status === 'SENT').length).toBeGreaterThanOrEqual(97);
    console.info(`SQL statements: journeys ${ten.journeys} for 10 enrolments, ${hundred.journeys} for 100; all services ${ten.all} and ${hundred.all}`);
    expect(ten.journeys).toBeGreaterThan(0);
    expect(hundred.journeys).toBe(ten.journeys);
    expect(hundred.all).toBe(ten.all);
  });
});
