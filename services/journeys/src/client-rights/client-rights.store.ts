import type { EntityManager } from 'typeorm';

/** The transaction's organisation, stated in every statement too (the retention job's owner connection stays scoped as well). */
const currentOrg = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
/** What free text becomes where the column must hold some text. */
export const ERASED = '[erased]';

export type ErasureBasis = 'REQUEST' | 'RETENTION';

export interface ErasureRow {
  id: string;
  clientId: string;
  actorSubject: string;
  basis: ErasureBasis;
  reason: string;
  erasedAt: Date;
}

export interface RetentionCandidateRow {
  clientId: string;
  code: string;
  enrolmentIds: string[];
}

const erasureColumns = `id::text AS id, client_id AS "clientId", actor_subject AS "actorSubject", basis, reason, erased_at AS "erasedAt"`;

/**
 * Journeys' part of a client's rights: the client's whole record as one JSON
 * document, the erasure of its personal data and free text, the erasure log
 * and the retention policy. Row level security limits every statement to the
 * caller's organisation: an export holds the owner's rows and nothing else.
 */
export const clientRightsStore = {
  /** The journeys part of an export (docs/client-data-export.md); null when the organisation has no such client. */
  async document(manager: EntityManager, clientId: string): Promise<{ journeys: Record<string, unknown>; enrolmentIds: string[] } | null> {
    const [row] = await manager.query(
      `/* clientDataExport */
       SELECT json_build_object(
         'client', json_build_object('id', c.id, 'code', c.code, 'createdAt', c.created_at, 'erasedAt', c.erased_at,
           'personal', (SELECT json_build_object('fullName', p.full_name, 'birthYear', p.birth_year, 'municipality', p.municipality,
                          'languages', p.languages, 'contact', p.contact, 'personalIdentityCode', p.personal_identity_code,
                          'birthDate', p.birth_date::text) FROM journeys.client_personal p WHERE p.client_id = c.id),
           'background', json_build_object('educationLevel', c.education_level, 'obstacles', c.obstacles)),
         'enrolments', COALESCE((SELECT json_agg(json_build_object(
             'id', e.id, 'projectId', e.project_id, 'startedOn', e.started_on::text, 'plannedEndOn', e.planned_end_on::text,
             'phase', e.phase, 'phaseChangedAt', e.phase_changed_at, 'coachSubject', e.coach_subject, 'fromReferralId', e.referral_id,
             'createdAt', e.created_at,
             'initialAssessment', (SELECT json_build_object('assessedOn', a.assessed_on::text, 'summary', a.summary, 'assessedBy', a.assessed_by)
                                   FROM journeys.assessment a WHERE a.enrolment_id = e.id),
             'goals', COALESCE((SELECT json_agg(json_build_object('id', g.id, 'title', g.title, 'status', g.status, 'createdAt', g.created_at,
                        'updatedAt', g.updated_at) ORDER BY g.created_at) FROM journeys.goal g WHERE g.enrolment_id = e.id), '[]'),
             'coachingSessions', COALESCE((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'heldOn', s.held_on::text, 'minutes', s.minutes,
                        'coachSubject', s.coach_subject, 'notes', s.notes) ORDER BY s.held_on, s.id) FROM journeys.coaching_session s WHERE s.enrolment_id = e.id), '[]'),
             'groupActivities', COALESCE((SELECT json_agg(json_build_object('id', ga.id, 'kind', ga.kind, 'title', ga.title, 'heldOn', ga.held_on::text,
                        'minutes', ga.minutes, 'ledBy', ga.led_by) ORDER BY ga.held_on, ga.id)
                        FROM journeys.group_activity_participant gp JOIN journeys.group_activity ga ON ga.id = gp.group_activity_id
                        WHERE gp.enrolment_id = e.id), '[]'),
             'activities', COALESCE((SELECT json_agg(json_build_object('id', t.id, 'kind', t.kind, 'title', t.title, 'unitName', t.unit_name,
                        'completedOn', t.completed_on::text) ORDER BY t.completed_on, t.id) FROM journeys.activity t WHERE t.enrolment_id = e.id), '[]'),
             'reports', COALESCE((SELECT json_agg(json_build_object('id', r.id, 'kind', r.kind, 'writtenOn', r.written_on::text, 'summary', r.summary,
                        'writtenBy', r.written_by) ORDER BY r.written_on, r.id) FROM journeys.report r WHERE r.enrolment_id = e.id), '[]')
           ) ORDER BY e.started_on, e.id) FROM journeys.enrolment e WHERE e.client_id = c.id), '[]'),
         'consents', COALESCE((SELECT json_agg(json_build_object('id', k.id, 'recipientOrganisationId', k.recipient_org_id, 'purpose', k.purpose,
             'projectId', k.project_id, 'serviceOfferingId', k.service_offering_id, 'dataCategories', k.data_categories, 'givenAt', k.given_at,
             'expiresAt', k.expires_at, 'withdrawnAt', k.withdrawn_at, 'withdrawnBy', k.withdrawn_by, 'recordedBy', k.recorded_by)
             ORDER BY k.given_at, k.id) FROM journeys.consent k WHERE k.client_id = c.id AND k.owner_org_id = c.org_id), '[]'),
         'referralsSent', COALESCE((SELECT json_agg(json_build_object('id', f.id, 'receiverOrganisationId', f.receiver_org_id, 'projectId', f.project_id,
             'serviceOfferingId', f.service_offering_id, 'enrolmentId', f.enrolment_id, 'consentId', f.consent_id, 'status', f.status,
             'declineReason', f.decline_reason, 'sentAt', f.sent_at, 'answerBy', f.answer_by, 'createdBy', f.created_by, 'createdAt', f.created_at,
             'events', COALESCE((SELECT json_agg(json_build_object('fromStatus', v.from_status, 'toStatus', v.to_status, 'actorSubject', v.actor_subject,
                 'actorOrganisationId', v.actor_org_id, 'reason', v.reason, 'at', v.at) ORDER BY v.id) FROM journeys.referral_event v WHERE v.referral_id = f.id), '[]'),
             'sharedWithReceiver', (SELECT json_build_object('dataCategories', d.data_categories, 'sharedAt', d.shared_at, 'fullName', d.full_name,
                 'birthYear', d.birth_year, 'municipality', d.municipality, 'languages', d.languages, 'contact', d.contact,
                 'educationLevel', d.education_level, 'obstacles', d.obstacles) FROM journeys.referral_shared_data d WHERE d.referral_id = f.id)
           ) ORDER BY f.created_at, f.id)
           FROM journeys.referral f JOIN journeys.enrolment e ON e.id = f.enrolment_id
           WHERE e.client_id = c.id AND f.sender_org_id = c.org_id), '[]'),
         'erasures', COALESCE((SELECT json_agg(json_build_object('basis', x.basis, 'reason', x.reason, 'actorSubject', x.actor_subject, 'erasedAt', x.erased_at)
             ORDER BY x.id) FROM journeys.client_erasure x WHERE x.client_id = c.id), '[]'),
         'importKeys', COALESCE((SELECT json_agg(json_build_object('kind', k.kind, 'sourceKey', k.source_key, 'recordId', k.record_id) ORDER BY k.kind, k.source_key)
             FROM journeys.import_key k WHERE k.org_id = c.org_id AND (k.record_id = c.id
               OR k.record_id IN (SELECT e.id FROM journeys.enrolment e WHERE e.client_id = c.id)
               OR k.record_id IN (SELECT s.id FROM journeys.coaching_session s JOIN journeys.enrolment e ON e.id = s.enrolment_id WHERE e.client_id = c.id))), '[]')
       ) AS journeys,
       ARRAY(SELECT e.id FROM journeys.enrolment e WHERE e.client_id = c.id ORDER BY e.started_on, e.id)::text[] AS "enrolmentIds"
       FROM journeys.client c WHERE c.id = $1 AND c.org_id = ${currentOrg}`,
      [clientId],
    );
    return row ?? null;
  },

  /** The client's enrolments; null when the organisation has no such client. */
  async enrolmentIdsOf(manager: EntityManager, clientId: string): Promise<string[] | null> {
    const [row] = await manager.query(
      `/* clientEnrolmentIds */ SELECT ARRAY(SELECT e.id FROM journeys.enrolment e WHERE e.client_id = c.id)::text[] AS ids
       FROM journeys.client c WHERE c.id = $1 AND c.org_id = ${currentOrg}`,
      [clientId],
    );
    return row ? row.ids : null;
  },

  /** Whether a reason repeats one of the client's personal values (the erasure log must never hold them). */
  async reasonRepeatsPersonalData(manager: EntityManager, clientId: string, reason: string): Promise<boolean> {
    const [row] = await manager.query(
      `/* erasureReasonCheck */ SELECT EXISTS (
         SELECT 1 FROM journeys.client_personal p, LATERAL unnest(ARRAY[p.full_name, p.contact, p.municipality, p.personal_identity_code]) AS v(value)
         WHERE p.client_id = $1 AND length(v.value) >= 3 AND position(lower(v.value) IN lower($2)) > 0) AS repeats`,
      [clientId, reason],
    );
    return row.repeats;
  },

  /**
   * Erases the client's personal data and free text in journeys, in one
   * transaction that starts with the erasure log row (the database refuses
   * the deletes without it): personal data and shared copies deleted, the
   * consents withdrawn (receivers lose access at once), the code replaced by
   * a new random one, background, goals, notes, reports, activity titles and
   * referral reasons cleared, hashes of retried requests' inputs dropped. Enrolments, phases, dates, minutes and statuses
   * stay: they are the pseudonymous statistical record.
   */
  async erase(manager: EntityManager, clientId: string, basis: ErasureBasis, reason: string): Promise<ErasureRow> {
    const [erasure]: ErasureRow[] = await manager.query(
      `/* recordErasure */ INSERT INTO journeys.client_erasure (org_id, client_id, basis, reason) VALUES (${currentOrg}, $1, $2, $3) RETURNING ${erasureColumns}`,
      [clientId, basis, reason],
    );
    const enrolments = `SELECT id FROM journeys.enrolment WHERE client_id = $1 AND org_id = ${currentOrg}`;
    const statements = [
      `DELETE FROM journeys.referral_shared_data WHERE client_id = $1 AND sender_org_id = ${currentOrg}`,
      `DELETE FROM journeys.client_personal WHERE client_id = $1 AND org_id = ${currentOrg}`,
      `UPDATE journeys.consent SET withdrawn_at = now(), withdrawn_by = current_setting('app.subject', true)
         WHERE client_id = $1 AND owner_org_id = ${currentOrg} AND withdrawn_at IS NULL`,
      `UPDATE journeys.client SET code = 'ERASED-' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)),
         education_level = NULL, obstacles = '{}', erased_at = now() WHERE id = $1 AND org_id = ${currentOrg}`,
      `UPDATE journeys.assessment SET summary = '${ERASED}' WHERE enrolment_id IN (${enrolments})`,
      `UPDATE journeys.goal SET title = '${ERASED}' WHERE enrolment_id IN (${enrolments})`,
      `UPDATE journeys.coaching_session SET notes = NULL WHERE enrolment_id IN (${enrolments})`,
      `UPDATE journeys.activity SET title = '${ERASED}', unit_name = NULL WHERE enrolment_id IN (${enrolments})`,
      `UPDATE journeys.report SET summary = '${ERASED}' WHERE enrolment_id IN (${enrolments})`,
      `UPDATE journeys.referral SET decline_reason = '${ERASED}' WHERE enrolment_id IN (${enrolments}) AND decline_reason IS NOT NULL`,
      `UPDATE journeys.referral_event v SET reason = '${ERASED}' FROM journeys.referral f
         WHERE f.id = v.referral_id AND f.enrolment_id IN (${enrolments}) AND v.reason IS NOT NULL`,
      // A retried request's hash is of its input (a name, notes): no longer comparable once the input is gone.
      `UPDATE journeys.idempotency_key SET request_hash = 'erased' WHERE org_id = ${currentOrg} AND result_id IN (
         SELECT $1::uuid UNION ALL ${enrolments}
         UNION ALL SELECT id FROM journeys.coaching_session WHERE enrolment_id IN (${enrolments})
         UNION ALL SELECT id FROM journeys.activity WHERE enrolment_id IN (${enrolments})
         UNION ALL SELECT id FROM journeys.report WHERE enrolment_id IN (${enrolments})
         UNION ALL SELECT id FROM journeys.consent WHERE client_id = $1 AND owner_org_id = ${currentOrg}
         UNION ALL SELECT id FROM journeys.referral WHERE enrolment_id IN (${enrolments}))`,
    ];
    for (const sql of statements) await manager.query(`/* eraseClient */ ${sql}`, [clientId]);
    return erasure!;
  },

  /** A page of the organisation's erasure log, newest first. */
  erasures(manager: EntityManager, limit: number, afterId?: string): Promise<ErasureRow[]> {
    return manager.query(
      `/* clientErasures */ SELECT ${erasureColumns} FROM journeys.client_erasure
       WHERE org_id = ${currentOrg} AND ($2::bigint IS NULL OR id < $2::bigint) ORDER BY id DESC LIMIT $1`,
      [limit, afterId ?? null],
    );
  },

  async retentionPolicy(manager: EntityManager): Promise<{ yearsAfterLastExit: number; updatedBy: string; updatedAt: Date } | null> {
    const [row] = await manager.query(
      `/* retentionPolicy */ SELECT years_after_last_exit AS "yearsAfterLastExit", updated_by AS "updatedBy", updated_at AS "updatedAt"
       FROM journeys.retention_policy WHERE org_id = ${currentOrg}`,
    );
    return row ?? null;
  },

  async setRetentionPolicy(manager: EntityManager, years: number) {
    await manager.query(
      `/* setRetentionPolicy */ INSERT INTO journeys.retention_policy (org_id, years_after_last_exit, updated_by)
       VALUES (${currentOrg}, $1, current_setting('app.subject', true))
       ON CONFLICT (org_id) DO UPDATE SET years_after_last_exit = EXCLUDED.years_after_last_exit, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [years],
    );
  },

  /** Clients not yet erased whose every enrolment is older than the cutoff: only they can be due (their exits decide). */
  retentionCandidates(manager: EntityManager, startedBefore: string): Promise<RetentionCandidateRow[]> {
    return manager.query(
      `/* retentionCandidates */ SELECT c.id AS "clientId", c.code, array_agg(e.id::text ORDER BY e.id) AS "enrolmentIds"
       FROM journeys.client c JOIN journeys.enrolment e ON e.client_id = c.id
       WHERE c.org_id = ${currentOrg} AND c.erased_at IS NULL
       GROUP BY c.id, c.code HAVING max(e.started_on) < $1::date ORDER BY c.code`,
      [startedBefore],
    );
  },
};
