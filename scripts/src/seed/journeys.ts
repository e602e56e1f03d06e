import type { SeedContext } from './context.js';
import { demoEnrolments, type DemoEnrolment } from './journeys-data.js';

/**
 * Enrols a demo client (created on first use of its code) in a project, as
 * its own organisation: row level security checks the seed too. Other seed
 * steps (e.g. outcomes' historical cohorts) enrol their clients through here.
 */
export async function enrol(seed: SeedContext, enrolment: DemoEnrolment): Promise<string> {
  const organisationId = seed.organisationIds.get(enrolment.organisation)!;
  const projectId = seed.projectIds.get(enrolment.project);
  if (!projectId) throw new Error(`demo data: no project ${enrolment.project}`);
  await seed.actAs(organisationId);
  const client = await seed.client.query(
    `INSERT INTO journeys.client (org_id, code) VALUES ($1, $2)
     ON CONFLICT (org_id, code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
    [organisationId, enrolment.clientCode],
  );
  const row = await seed.client.query(
    'INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on) VALUES ($1, $2, $3, $4) RETURNING id',
    [organisationId, client.rows[0].id, projectId, enrolment.startedOn],
  );
  seed.enrolments.push({ id: row.rows[0].id, organisationId, projectId, clientCode: enrolment.clientCode, exit: enrolment.exit });
  return row.rows[0].id;
}

export async function seedJourneys(seed: SeedContext) {
  for (const enrolment of demoEnrolments) await enrol(seed, enrolment);
}
