import type { SeedContext } from './context.js';

/** Exit outcomes of the demo enrolments that have ended. */
export async function seedOutcomes(seed: SeedContext) {
  for (const enrolment of seed.enrolments) {
    if (!enrolment.exit) continue;
    await seed.actAs(enrolment.organisationId);
    await seed.client.query(
      'INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination) VALUES ($1, $2, $3, $4, $5)',
      [enrolment.organisationId, enrolment.id, enrolment.projectId, enrolment.exit.exitDate, enrolment.exit.destination],
    );
  }
}
