import type { EntityManager } from 'typeorm';
import type { BadgeAwardRow, BadgeRow } from '../competences/competence.store.js';

/** The transaction's organisation: stated in every statement too, so the job's owner connection stays scoped as well. */
const currentOrg = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
const snapshot = (e: string, title: string) =>
  `jsonb_build_object('exitDate', ${e}.exit_date::text, 'destination', ${e}.destination, 'furtherDestinations', to_jsonb(${e}.further_destinations),
     'title', ${title}, 'sector', ${e}.sector, 'qualificationGained', ${e}.qualification_gained)`;

/** What outcomes holds about a client's enrolments, for an export (docs/client-data-export.md, part `outcomes`). */
export interface OutcomeRecords {
  exits: unknown[];
  withdrawnExits: unknown[];
  assessments: unknown[];
  placements: unknown[];
  badgeAwards: Array<{ award: BadgeAwardRow; badge: BadgeRow; [field: string]: unknown }>;
  qualificationUnits: unknown[];
  participantEntries: unknown[];
  importKeys: unknown[];
}

/**
 * Outcomes' part of a client's rights: every row about a set of enrolments
 * (one client's, named by journeys), the erasure of its free text, and the
 * exit days the retention job counts from. Row level security limits every
 * statement to the caller's organisation.
 */
export const clientRightsStore = {
  async records(manager: EntityManager, enrolmentIds: string[]): Promise<OutcomeRecords> {
    const [row] = await manager.query(
      `/* clientOutcomeRecords */
       SELECT
         COALESCE((SELECT json_agg(json_build_object(
             'id', e.id, 'enrolmentId', e.enrolment_id, 'projectId', e.project_id, 'exitDate', e.exit_date::text,
             'destination', e.destination, 'furtherDestinations', e.further_destinations, 'title', e.title, 'sector', e.sector,
             'qualificationGained', e.qualification_gained, 'recordedBy', e.recorded_by, 'recordedAt', e.created_at,
             'corrections', COALESCE((SELECT json_agg(json_build_object('kind', c.kind, 'reason', c.reason, 'actorSubject', c.actor_subject,
                 'at', c.at, 'before', c.before, 'after', c.after) ORDER BY c.seq)
               FROM outcomes.exit_correction c WHERE c.exit_outcome_id = e.id), '[]'),
             'followUps', COALESCE((SELECT json_agg(json_build_object('after', f.after::text, 'dueOn', f.due_on::text, 'completedOn', f.completed_on::text,
                 'foundDestination', f.found_destination, 'recordedBy', f.recorded_by) ORDER BY f.due_on, f.id)
               FROM outcomes.follow_up f WHERE f.exit_outcome_id = e.id), '[]')
           ) ORDER BY e.exit_date, e.id)
           FROM outcomes.exit_outcome e WHERE e.enrolment_id = ANY($1::uuid[]) AND e.org_id = ${currentOrg}), '[]') AS exits,
         COALESCE((SELECT json_agg(json_build_object('exitId', w.exit_outcome_id, 'enrolmentId', w.enrolment_id, 'corrections', w.corrections) ORDER BY w.first_seq)
           FROM (SELECT c.exit_outcome_id, c.enrolment_id, min(c.seq) AS first_seq,
                        json_agg(json_build_object('kind', c.kind, 'reason', c.reason, 'actorSubject', c.actor_subject, 'at', c.at,
                          'before', c.before, 'after', c.after) ORDER BY c.seq) AS corrections
                 FROM outcomes.exit_correction c
                 WHERE c.enrolment_id = ANY($1::uuid[]) AND c.org_id = ${currentOrg}
                   AND NOT EXISTS (SELECT 1 FROM outcomes.exit_outcome e WHERE e.id = c.exit_outcome_id)
                 GROUP BY c.exit_outcome_id, c.enrolment_id) w), '[]') AS "withdrawnExits",
         COALESCE((SELECT json_agg(json_build_object(
             'id', a.id, 'enrolmentId', a.enrolment_id, 'projectId', a.project_id, 'instrument', i.code, 'assessedOn', a.assessed_on::text,
             'timePoint', a.time_point, 'meanScore', a.mean_score, 'recordedBy', a.recorded_by,
             'scores', COALESCE((SELECT json_agg(json_build_object('item', ii.code, 'score', s.score) ORDER BY ii.position)
               FROM outcomes.assessment_score s JOIN outcomes.instrument_item ii ON ii.id = s.item_id WHERE s.assessment_id = a.id), '[]')
           ) ORDER BY a.assessed_on, a.created_at, a.id)
           FROM outcomes.assessment a JOIN outcomes.instrument i ON i.id = a.instrument_id
           WHERE a.enrolment_id = ANY($1::uuid[]) AND a.org_id = ${currentOrg}), '[]') AS assessments,
         COALESCE((SELECT json_agg(json_build_object(
             'id', p.id, 'enrolmentId', p.enrolment_id, 'projectId', p.project_id, 'kind', p.kind, 'programme', p.programme,
             'employerUnitId', p.employer_unit_id, 'employerBusinessId', p.employer_business_id, 'employerName', p.employer_name,
             'startsOn', p.starts_on::text, 'endsOn', p.ends_on::text, 'hoursPerWeek', p.hours_per_week, 'funding', p.funding,
             'supervisorStaffId', p.supervisor_staff_id, 'supervisorName', p.supervisor_name,
             'workplaceInstructorStaffId', p.instructor_staff_id, 'workplaceInstructorName', p.instructor_name,
             'recordedBy', p.recorded_by, 'recordedAt', p.created_at, 'erasedAt', p.erased_at,
             'mentoring', COALESCE((SELECT json_agg(json_build_object('month', m.month::text, 'hours', m.hours, 'recordedBy', m.recorded_by) ORDER BY m.month)
               FROM outcomes.placement_mentoring m WHERE m.placement_id = p.id), '[]')
           ) ORDER BY p.starts_on, p.id)
           FROM outcomes.placement p WHERE p.enrolment_id = ANY($1::uuid[]) AND p.org_id = ${currentOrg}), '[]') AS placements,
         COALESCE((SELECT json_agg(json_build_object(
             'award', json_build_object('id', a.id, 'orgId', a.org_id, 'enrolmentId', a.enrolment_id, 'projectId', a.project_id, 'badgeId', a.badge_id,
               'awardedOn', a.awarded_on::text, 'evidence', a.evidence),
             'badge', json_build_object('id', b.id, 'orgId', b.org_id, 'projectId', b.project_id, 'code', b.code, 'issuerName', b.issuer_name,
               'names', json_build_object('fi', b.name_fi, 'sv', b.name_sv, 'en', b.name_en),
               'criteriaTexts', json_build_object('fi', b.criteria_fi, 'sv', b.criteria_sv, 'en', b.criteria_en)),
             'recordedBy', a.recorded_by, 'recordedAt', a.created_at
           ) ORDER BY a.awarded_on, a.id)
           FROM outcomes.badge_award a JOIN outcomes.badge b ON b.id = a.badge_id
           WHERE a.enrolment_id = ANY($1::uuid[]) AND a.org_id = ${currentOrg}), '[]') AS "badgeAwards",
         COALESCE((SELECT json_agg(json_build_object(
             'id', q.id, 'enrolmentId', q.enrolment_id, 'projectId', q.project_id, 'unitCode', q.unit_code, 'unitName', q.unit_name,
             'qualificationCode', q.qualification_code, 'qualificationName', q.qualification_name, 'passedOn', q.passed_on::text,
             'recordedBy', q.recorded_by, 'recordedAt', q.created_at
           ) ORDER BY q.passed_on, q.id)
           FROM outcomes.qualification_unit q WHERE q.enrolment_id = ANY($1::uuid[]) AND q.org_id = ${currentOrg}), '[]') AS "qualificationUnits",
         COALESCE((SELECT json_agg(json_build_object(
             'enrolmentId', p.enrolment_id, 'projectId', p.project_id, 'enteredOn', p.enrolment_started_on::text, 'gender', p.gender,
             'birthYear', p.birth_year, 'labourMarketStatus', p.labour_status, 'education', p.education,
             'thirdCountryNational', p.third_country_national, 'foreignBackground', p.foreign_background, 'homeless', p.homeless, 'ruralArea', p.rural_area,
             'specialCategories', (SELECT json_build_object('disability', s.disability, 'minority', s.minority, 'consentGivenOn', s.consent_given_on::text)
                                   FROM outcomes.participant_special s WHERE s.enrolment_id = p.enrolment_id AND s.org_id = ${currentOrg}),
             'recordedBy', p.recorded_by, 'recordedAt', p.created_at
           ) ORDER BY p.enrolment_started_on, p.id)
           FROM outcomes.participant_entry p WHERE p.enrolment_id = ANY($1::uuid[]) AND p.org_id = ${currentOrg}), '[]') AS "participantEntries",
         COALESCE((SELECT json_agg(json_build_object('kind', k.kind, 'sourceKey', k.source_key, 'recordId', k.record_id) ORDER BY k.kind, k.source_key)
           FROM outcomes.import_key k WHERE k.org_id = ${currentOrg} AND k.record_id IN (
             SELECT e.id FROM outcomes.exit_outcome e WHERE e.enrolment_id = ANY($1::uuid[])
             UNION ALL SELECT f.id FROM outcomes.follow_up f JOIN outcomes.exit_outcome e ON e.id = f.exit_outcome_id WHERE e.enrolment_id = ANY($1::uuid[]))), '[]') AS "importKeys"`,
      [enrolmentIds],
    );
    return row;
  },

  /**
   * Erases the free text of the enrolments' exits: one ERASED correction per
   * exit (withdrawn ones included), then the exit's title, then the earlier
   * corrections' titles and reasons (the database allows that redaction only
   * next to the ERASED row). Figures and summaries do not move. Returns the
   * number of exits touched.
   */
  async erase(manager: EntityManager, enrolmentIds: string[], reason: string): Promise<number> {
    const erased: Array<{ id: string }> = await manager.query(
      `/* eraseExitFreeText */
       WITH current AS (
         SELECT e.id, e.org_id, e.project_id, e.enrolment_id, ${snapshot('e', 'NULL')} AS facts
         FROM outcomes.exit_outcome e WHERE e.enrolment_id = ANY($1::uuid[]) AND e.org_id = ${currentOrg}
       ), withdrawn AS (
         SELECT DISTINCT ON (c.exit_outcome_id) c.exit_outcome_id AS id, c.org_id, c.project_id, c.enrolment_id,
                c.before || '{"title": null}'::jsonb AS facts
         FROM outcomes.exit_correction c
         WHERE c.enrolment_id = ANY($1::uuid[]) AND c.org_id = ${currentOrg} AND c.exit_outcome_id NOT IN (SELECT id FROM current)
         ORDER BY c.exit_outcome_id, c.seq DESC
       )
       INSERT INTO outcomes.exit_correction (org_id, exit_outcome_id, enrolment_id, project_id, kind, reason, before, after)
       SELECT org_id, id, enrolment_id, project_id, 'ERASED', $2, facts, facts FROM (SELECT * FROM current UNION ALL SELECT * FROM withdrawn) x
       RETURNING exit_outcome_id AS id`,
      [enrolmentIds, reason],
    );
    await clientRightsStore.eraseCompetencesAndPlacements(manager, enrolmentIds);
    const ids = erased.map((row) => row.id);
    if (!ids.length) return 0;
    await manager.query(
      `/* eraseExitTitle */ UPDATE outcomes.exit_outcome SET title = NULL WHERE id = ANY($1::uuid[]) AND title IS NOT NULL AND org_id = ${currentOrg}`,
      [ids],
    );
    await manager.query(
      `/* redactExitCorrections */
       UPDATE outcomes.exit_correction SET reason = '[erased]', before = before || '{"title": null}'::jsonb,
              after = CASE WHEN after IS NULL THEN NULL ELSE after || '{"title": null}'::jsonb END
       WHERE exit_outcome_id = ANY($1::uuid[]) AND kind <> 'ERASED' AND org_id = ${currentOrg}`,
      [ids],
    );
    return ids.length;
  },

  /**
   * Placements lose their employer (unit, business ID, name) and contacts
   * (staff references and names): where the client worked and with whom.
   * Kind, programme, days, hours, funding and the mentoring hours stay, so
   * the placement summary does not move. Badge awards lose the evidence note,
   * qualification units their names (the codes stay); both stay counted.
   */
  async eraseCompetencesAndPlacements(manager: EntityManager, enrolmentIds: string[]): Promise<void> {
    await manager.query(
      `/* erasePlacements */ UPDATE outcomes.placement SET employer_unit_id = NULL, employer_business_id = NULL, employer_name = NULL,
         supervisor_staff_id = NULL, supervisor_name = NULL, instructor_staff_id = NULL, instructor_name = NULL, erased_at = COALESCE(erased_at, now())
       WHERE enrolment_id = ANY($1::uuid[]) AND org_id = ${currentOrg}`,
      [enrolmentIds],
    );
    // Special-category data (disability, minority) go with the client; the entry record itself stays counted.
    await manager.query(`/* eraseSpecialCategories */ DELETE FROM outcomes.participant_special WHERE enrolment_id = ANY($1::uuid[]) AND org_id = ${currentOrg}`, [enrolmentIds]);
    await manager.query(
      `/* eraseBadgeEvidence */ UPDATE outcomes.badge_award SET evidence = NULL WHERE enrolment_id = ANY($1::uuid[]) AND evidence IS NOT NULL AND org_id = ${currentOrg}`,
      [enrolmentIds],
    );
    await manager.query(
      `/* eraseQualificationUnitNames */ UPDATE outcomes.qualification_unit SET unit_name = NULL, qualification_name = NULL
       WHERE enrolment_id = ANY($1::uuid[]) AND (unit_name IS NOT NULL OR qualification_name IS NOT NULL) AND org_id = ${currentOrg}`,
      [enrolmentIds],
    );
  },

  /** The exit day of each of these enrolments that has an exit. */
  exitDays(manager: EntityManager, enrolmentIds: string[]): Promise<Array<{ enrolmentId: string; exitDate: string }>> {
    return manager.query(
      `/* exitDaysOfEnrolments */ SELECT enrolment_id AS "enrolmentId", exit_date::text AS "exitDate"
       FROM outcomes.exit_outcome WHERE enrolment_id = ANY($1::uuid[]) AND org_id = ${currentOrg}`,
      [enrolmentIds],
    );
  },
};
