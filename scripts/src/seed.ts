import type pg from 'pg';
import { demoEnrolments, demoOrganisations, demoProjects } from './demo-data.js';
import { withAdminClient } from './database.js';

/**
 * Loads the demo data when the platform's database is empty. Writes to
 * organisation data set app.org_id first: row level security checks the
 * seed like any other writer.
 */
export async function seedDemoData(adminUrl: string): Promise<boolean> {
  return withAdminClient(adminUrl, async (client) => {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM partners.organisation');
    if (rows[0].n > 0) return false;
    await client.query('BEGIN');
    try {
      const orgIds = new Map<string, string>();
      for (const org of demoOrganisations) {
        const result = await client.query('INSERT INTO partners.organisation (slug, name) VALUES ($1, $2) RETURNING id', [org.slug, org.name]);
        orgIds.set(org.slug, result.rows[0].id);
      }
      const projectIds = new Map<string, string>();
      for (const project of demoProjects) {
        const result = await client.query(
          'INSERT INTO partners.project (slug, name, lead_organisation_id) VALUES ($1, $2, $3) RETURNING id',
          [project.slug, project.name, orgIds.get(project.lead)],
        );
        const projectId = result.rows[0].id as string;
        projectIds.set(project.slug, projectId);
        const partners = [[project.lead, 'LEAD'], ...project.implementers.map((slug) => [slug, 'IMPLEMENTER'])];
        for (const [slug, role] of partners) {
          await client.query('INSERT INTO partners.project_partner (project_id, organisation_id, role) VALUES ($1, $2, $3)', [
            projectId,
            orgIds.get(slug!),
            role,
          ]);
        }
      }
      for (const enrolment of demoEnrolments) {
        await insertEnrolment(client, orgIds.get(enrolment.organisation)!, projectIds.get(enrolment.project)!, enrolment);
      }
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

async function insertEnrolment(client: pg.Client, orgId: string, projectId: string, enrolment: (typeof demoEnrolments)[number]) {
  await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
  const clientRow = await client.query('INSERT INTO journeys.client (org_id, code) VALUES ($1, $2) RETURNING id', [orgId, enrolment.clientCode]);
  const enrolmentRow = await client.query(
    'INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on) VALUES ($1, $2, $3, $4) RETURNING id',
    [orgId, clientRow.rows[0].id, projectId, enrolment.startedOn],
  );
  if (enrolment.exit) {
    await client.query(
      'INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination) VALUES ($1, $2, $3, $4, $5)',
      [orgId, enrolmentRow.rows[0].id, projectId, enrolment.exit.exitDate, enrolment.exit.destination],
    );
  }
}
