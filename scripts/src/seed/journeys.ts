import { linkageSecretFromEnv, linkageStore } from '@polku/journeys';
import type { SeedContext } from './context.js';
import { demoEnrolments, demoPathTemplates, demoPersonalData, demoReferralAnswerDays, demoReferrals, type DemoEnrolment } from './journeys-data.js';

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
  seed.enrolments.push({ id: row.rows[0].id, organisationId, projectId, clientCode: enrolment.clientCode, startedOn: enrolment.startedOn, exit: enrolment.exit });
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
  for (const person of demoPersonalData) {
    const organisationId = seed.organisationIds.get(person.organisation)!;
    await seed.actAs(organisationId);
    const identityCode = 'personalIdentityCode' in person ? person.personalIdentityCode : null;
    const { rows } = await seed.client.query(
      `INSERT INTO journeys.client_personal (client_id, org_id, full_name, birth_year, municipality, languages, contact, personal_identity_code)
       SELECT id, org_id, $3, $4, $5, $6, $7, $8 FROM journeys.client WHERE org_id = $1 AND code = $2 RETURNING client_id`,
      [organisationId, person.clientCode, person.fullName, person.birthYear, person.municipality, person.languages, person.contact, identityCode],
    );
    const clientId = rows[0].client_id as string;
    // The keys through the service's own path (journeys.record_linkage, as the organisation), with the platform's secret.
    if (identityCode) await linkageStore.refresh({ query: async (sql, params) => (await seed.client.query(sql, params)).rows }, { clientId }, linkageSecretFromEnv());
    if ('participationCheckConsent' in person && person.participationCheckConsent) {
      await seed.client.query(
        `INSERT INTO journeys.consent (owner_org_id, recipient_org_id, client_id, purpose, project_id, data_categories, given_at, recorded_by)
         SELECT DISTINCT e.org_id, e.org_id, e.client_id, 'PARTICIPATION_CHECK', e.project_id, '{}'::text[], now() - interval '1 day', $2
         FROM journeys.enrolment e WHERE e.client_id = $1`,
        [clientId, `coach@${person.organisation}`],
      );
    }
  }
  for (const referral of demoReferrals) await seedReferral(seed, referral);
}

/** A consent and a referral under it, as the referring organisation would record them. */
async function seedReferral(seed: SeedContext, referral: (typeof demoReferrals)[number]) {
  const sender = seed.organisationIds.get(referral.from)!;
  const receiver = seed.organisationIds.get(referral.to)!;
  const enrolment = seed.enrolments.find((e) => e.organisationId === sender && e.clientCode === referral.clientCode)!;
  // The offering's id, looked up by the seed (admin tooling); the journeys service itself asks partners over GraphQL.
  const offering = await seed.client.query('SELECT id FROM partners.service_offering WHERE organisation_id = $1 AND project_id = $2 AND type = $3', [
    receiver,
    enrolment.projectId,
    referral.serviceType,
  ]);
  await seed.actAs(sender);
  const consent = await seed.client.query(
    `INSERT INTO journeys.consent (owner_org_id, recipient_org_id, client_id, purpose, project_id, data_categories, given_at, recorded_by)
     SELECT $1, $2, client_id, 'REFERRAL', project_id, $4, now() - interval '2 days', $5 FROM journeys.enrolment WHERE id = $3 RETURNING id`,
    [sender, receiver, enrolment.id, referral.dataCategories, `coach@${referral.from}`],
  );
  const created = await seed.client.query(
    `INSERT INTO journeys.referral (sender_org_id, receiver_org_id, project_id, service_offering_id, enrolment_id, consent_id, status, sent_at, answer_by, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $8::timestamptz + interval '14 days', $9) RETURNING id`,
    [sender, receiver, enrolment.projectId, offering.rows[0].id, enrolment.id, consent.rows[0].id, referral.sent ? 'SENT' : 'DRAFT', referral.sent ? new Date() : null, `coach@${referral.from}`],
  );
  const referralId = created.rows[0].id;
  const events = referral.sent ? [[null, 'DRAFT'], ['DRAFT', 'SENT']] : [[null, 'DRAFT']];
  for (const [from, to] of events) {
    await seed.client.query(
      `INSERT INTO journeys.referral_event (referral_id, sender_org_id, receiver_org_id, from_status, to_status, actor_subject, actor_org_id) VALUES ($1, $2, $3, $4, $5, $6, $2)`,
      [referralId, sender, receiver, from, to, `coach@${referral.from}`],
    );
  }
  if (!referral.sent) return;
  await seed.client.query(
    `INSERT INTO journeys.referral_shared_data (referral_id, sender_org_id, receiver_org_id, consent_id, data_categories, full_name, languages, contact)
     SELECT r.id, r.sender_org_id, r.receiver_org_id, r.consent_id, c.data_categories,
       CASE WHEN 'NAME' = ANY(c.data_categories) THEN p.full_name END,
       CASE WHEN 'LANGUAGES' = ANY(c.data_categories) THEN p.languages END,
       CASE WHEN 'CONTACT' = ANY(c.data_categories) THEN p.contact END
     FROM journeys.referral r JOIN journeys.consent c ON c.id = r.consent_id JOIN journeys.enrolment e ON e.id = r.enrolment_id
     LEFT JOIN journeys.client_personal p ON p.client_id = e.client_id WHERE r.id = $1`,
    [referralId],
  );
}
