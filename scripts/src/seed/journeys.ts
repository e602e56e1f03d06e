import type { SeedContext } from './context.js';
import { demoEnrolments } from './demo-data.js';

/** Clients and enrolments, each written as its own organisation (row level security checks the seed too). */
export async function seedJourneys(seed: SeedContext) {
  for (const enrolment of demoEnrolments) {
    const organisationId = seed.organisationIds.get(enrolment.organisation)!;
    const projectId = seed.projectIds.get(enrolment.project)!;
    await seed.actAs(organisationId);
    const client = await seed.client.query('INSERT INTO journeys.client (org_id, code) VALUES ($1, $2) RETURNING id', [organisationId, enrolment.clientCode]);
    const row = await seed.client.query(
      'INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on) VALUES ($1, $2, $3, $4) RETURNING id',
      [organisationId, client.rows[0].id, projectId, enrolment.startedOn],
    );
    seed.enrolments.push({ id: row.rows[0].id, organisationId, projectId, clientCode: enrolment.clientCode, exit: enrolment.exit });
  }
}
