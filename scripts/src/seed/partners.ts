import type { SeedContext } from './context.js';
import { demoOrganisations, demoProjects, demoServiceOfferings } from './partners-data.js';

/** The partner directory: written by the owner role, which maintains it. */
export async function seedPartners(seed: SeedContext) {
  for (const org of demoOrganisations) {
    const result = await seed.client.query('INSERT INTO partners.organisation (slug, name) VALUES ($1, $2) RETURNING id', [org.slug, org.name]);
    seed.organisationIds.set(org.slug, result.rows[0].id);
  }
  for (const project of demoProjects) {
    const result = await seed.client.query('INSERT INTO partners.project (slug, name, lead_organisation_id) VALUES ($1, $2, $3) RETURNING id', [
      project.slug,
      project.name,
      seed.organisationIds.get(project.lead),
    ]);
    const projectId = result.rows[0].id as string;
    seed.projectIds.set(project.slug, projectId);
    const partners = [[project.lead, 'LEAD'], ...project.implementers.map((slug) => [slug, 'IMPLEMENTER'])];
    for (const [slug, role] of partners) {
      await seed.client.query('INSERT INTO partners.project_partner (project_id, organisation_id, role) VALUES ($1, $2, $3)', [
        projectId,
        seed.organisationIds.get(slug!),
        role,
      ]);
    }
  }
  for (const offering of demoServiceOfferings) {
    await seed.client.query('INSERT INTO partners.service_offering (organisation_id, project_id, type, name, capacity) VALUES ($1, $2, $3, $4, $5)', [
      seed.organisationIds.get(offering.organisation),
      seed.projectIds.get(offering.project),
      offering.type,
      offering.name,
      offering.capacity,
    ]);
  }
}
