import type { SeedContext } from './context.js';
import { demoEnrolments, demoPathTemplates, demoReferralAnswerDays, type DemoEnrolment } from './journeys-data.js';

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
  const phase = enrolment.phase ?? (enrolment.exit ? 'EXITED' : 'COACHING');
  const row = await seed.client.query(
    `INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on, planned_end_on, coach_subject, phase)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [organisationId, client.rows[0].id, projectId, enrolment.startedOn, enrolment.plannedEndOn ?? null, enrolment.coachSubject ?? `coach@${enrolment.organisation}`, phase],
  );
  seed.enrolments.push({ id: row.rows[0].id, organisationId, projectId, clientCode: enrolment.clientCode, exit: enrolment.exit });
  return row.rows[0].id;
}

export async function seedJourneys(seed: SeedContext) {
  // Directory data of journeys (no personal data): written by the owner role.
  for (const [project, template] of Object.entries(demoPathTemplates)) {
    for (const stretch of template) {
      await seed.client.query('INSERT INTO journeys.path_template_phase (project_id, from_month, to_month, phase, focus) VALUES ($1, $2, $3, $4, $5)', [
        seed.projectIds.get(project),
        stretch.fromMonth,
        stretch.toMonth,
        stretch.phase,
        stretch.focus,
      ]);
    }
  }
  for (const [project, days] of Object.entries(demoReferralAnswerDays)) {
    await seed.client.query('INSERT INTO journeys.project_setting (project_id, referral_answer_days) VALUES ($1, $2)', [seed.projectIds.get(project), days]);
  }
  for (const enrolment of demoEnrolments) await enrol(seed, enrolment);
}
