import type { SeedContext } from './context.js';
import { demoFunders, demoOrganisations, demoProjectDetails, demoProjects, demoServiceOfferings, demoStaff, demoUnits } from './partners-data.js';

/**
 * The partner directory: written by the owner role, which maintains it.
 * Staff records are organisation data: each is written as its organisation.
 */
export async function seedPartners(seed: SeedContext) {
  const { client } = seed;
  for (const org of demoOrganisations) {
    const result = await client.query(
      'INSERT INTO partners.organisation (slug, name, kind, business_id, municipality, contact_email) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [org.slug, org.name, org.kind, org.businessId, org.municipality, org.email],
    );
    seed.organisationIds.set(org.slug, result.rows[0].id);
  }

  const funderIds = new Map<string, string>();
  const programmeIds = new Map<string, string>();
  for (const funder of demoFunders) {
    const result = await client.query('INSERT INTO partners.funder (kind, name, region) VALUES ($1, $2, $3) RETURNING id', [funder.kind, funder.name, funder.region]);
    funderIds.set(funder.key, result.rows[0].id);
    for (const programme of funder.programmes) {
      const row = await client.query('INSERT INTO partners.funding_programme (funder_id, name, employment_policy) VALUES ($1, $2, $3) RETURNING id', [
        result.rows[0].id,
        programme.name,
        programme.employmentPolicy,
      ]);
      programmeIds.set(`${funder.key}/${programme.name}`, row.rows[0].id);
    }
  }

  for (const project of demoProjects) {
    const details = demoProjectDetails[project.slug];
    const result = await client.query(
      `INSERT INTO partners.project (slug, name, lead_organisation_id, description, funder_id, programme_id, starts_on, ends_on, status, target_groups, targets)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        project.slug,
        project.name,
        seed.organisationIds.get(project.lead),
        details?.description ?? '',
        details?.funder ? funderIds.get(details.funder) : null,
        details?.funder && details.programme ? programmeIds.get(`${details.funder}/${details.programme}`) : null,
        details?.startsOn ?? null,
        details?.endsOn ?? null,
        details?.status ?? 'PLANNED',
        details?.targetGroups ?? [],
        JSON.stringify(details?.targets ?? []),
      ],
    );
    const projectId = result.rows[0].id as string;
    seed.projectIds.set(project.slug, projectId);
    const partners = [[project.lead, 'LEAD'], ...project.implementers.map((slug) => [slug, 'IMPLEMENTER'])];
    for (const [slug, role] of partners) {
      await client.query(
        `INSERT INTO partners.project_partner (project_id, organisation_id, role, status, joined_on, invited_at, responded_at)
         VALUES ($1, $2, $3, 'ACCEPTED', $4, $4::date, $4::date)`,
        [projectId, seed.organisationIds.get(slug!), role, details?.startsOn ?? '2024-01-01'],
      );
    }
  }

  const unitIds = new Map<string, string>();
  for (const unit of demoUnits) {
    const result = await client.query('INSERT INTO partners.unit (organisation_id, name, kind, municipality) VALUES ($1, $2, $3, $4) RETURNING id', [
      seed.organisationIds.get(unit.organisation),
      unit.name,
      unit.kind,
      unit.municipality,
    ]);
    unitIds.set(unit.key, result.rows[0].id);
  }

  for (const offering of demoServiceOfferings) {
    await client.query('INSERT INTO partners.service_offering (organisation_id, project_id, unit_id, type, name, capacity) VALUES ($1, $2, $3, $4, $5, $6)', [
      seed.organisationIds.get(offering.organisation),
      seed.projectIds.get(offering.project),
      'unit' in offering ? unitIds.get(offering.unit) : null,
      offering.type,
      offering.name,
      offering.capacity,
    ]);
  }

  for (const member of demoStaff) {
    const organisationId = seed.organisationIds.get(member.organisation)!;
    await seed.actAs(organisationId);
    const result = await client.query('INSERT INTO partners.staff_member (org_id, subject, name, email, title) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
      organisationId,
      member.subject,
      member.name,
      `${member.subject.split('@')[0]!.replace('_', '.')}@${member.organisation}.example`,
      member.title,
    ]);
    for (const role of member.roles) {
      await client.query('INSERT INTO partners.staff_role (org_id, staff_member_id, role, project_id) VALUES ($1, $2, $3, $4)', [
        organisationId,
        result.rows[0].id,
        role.role,
        'project' in role ? seed.projectIds.get(role.project) : null,
      ]);
    }
  }
}
