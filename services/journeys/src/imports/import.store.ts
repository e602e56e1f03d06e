import type { EntityManager } from 'typeorm';

/**
 * The import's SQL: a constant number of statements per call, whatever the
 * number of rows (rows travel as one JSON parameter, each write is one
 * statement with its import keys in the same statement).
 */
export const importStore = {
  /** Codes among these that the organisation's clients already use. */
  async takenCodes(manager: EntityManager, codes: string[]): Promise<Set<string>> {
    const rows: Array<{ code: string }> = await manager.query(`/* takenClientCodes */ SELECT code FROM journeys.client WHERE code = ANY($1::text[])`, [codes]);
    return new Set(rows.map((row) => row.code));
  },
  /** Which of these clients the organisation has (row level security hides the others'). */
  async clientIds(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await manager.query(`/* importClients */ SELECT id FROM journeys.client WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((row) => row.id));
  },
  /** The organisation's enrolments among these, with what a session's rules need. */
  async enrolmentFacts(manager: EntityManager, ids: string[]): Promise<Map<string, { startedOn: string; phase: string; phaseChangedOn: string }>> {
    const rows: Array<{ id: string; startedOn: string; phase: string; phaseChangedOn: string }> = await manager.query(
      `/* importEnrolments */ SELECT id, started_on::text AS "startedOn", phase, (phase_changed_at AT TIME ZONE 'Europe/Helsinki')::date::text AS "phaseChangedOn"
       FROM journeys.enrolment WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(({ id, ...facts }) => [id, facts]));
  },
  async insertClients(manager: EntityManager, orgId: string, batchId: string, rows: unknown[]): Promise<Map<string, string>> {
    const keys: Array<{ sourceKey: string; id: string }> = await manager.query(
      `/* importClients */ WITH r AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, * FROM jsonb_to_recordset($2::jsonb) AS r("sourceKey" text, code text, "fullName" text, "birthYear" int,
           municipality text, languages jsonb, contact text, "educationLevel" text, obstacles jsonb)
       ), client AS (
         INSERT INTO journeys.client (id, org_id, code, education_level, obstacles)
         SELECT id, $1, code, "educationLevel", ARRAY(SELECT jsonb_array_elements_text(COALESCE(obstacles, '[]'))) FROM r
       ), personal AS (
         INSERT INTO journeys.client_personal (client_id, org_id, full_name, birth_year, municipality, languages, contact)
         SELECT id, $1, "fullName", "birthYear", municipality, ARRAY(SELECT jsonb_array_elements_text(COALESCE(languages, '[]'))), contact FROM r WHERE "fullName" IS NOT NULL
       )
       INSERT INTO journeys.import_key (org_id, kind, source_key, record_id, batch_id)
       SELECT $1, 'CLIENT', "sourceKey", id, $3 FROM r RETURNING source_key AS "sourceKey", record_id AS id`,
      [orgId, JSON.stringify(rows), batchId],
    );
    return new Map(keys.map((key) => [key.sourceKey, key.id]));
  },
  async insertEnrolments(manager: EntityManager, orgId: string, batchId: string, rows: unknown[]): Promise<Map<string, string>> {
    const keys: Array<{ sourceKey: string; id: string }> = await manager.query(
      `/* importEnrolments */ WITH r AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, * FROM jsonb_to_recordset($2::jsonb) AS r("sourceKey" text, "clientId" uuid, "projectId" uuid, "startedOn" date,
           "plannedEndOn" date, phase text, "coachSubject" text)
       ), enrolment AS (
         INSERT INTO journeys.enrolment (id, org_id, client_id, project_id, started_on, planned_end_on, phase, coach_subject)
         SELECT id, $1, "clientId", "projectId", "startedOn", "plannedEndOn", phase, "coachSubject" FROM r
       )
       INSERT INTO journeys.import_key (org_id, kind, source_key, record_id, batch_id)
       SELECT $1, 'ENROLMENT', "sourceKey", id, $3 FROM r RETURNING source_key AS "sourceKey", record_id AS id`,
      [orgId, JSON.stringify(rows), batchId],
    );
    return new Map(keys.map((key) => [key.sourceKey, key.id]));
  },
  async insertSessions(manager: EntityManager, orgId: string, batchId: string, rows: unknown[]): Promise<Map<string, string>> {
    const keys: Array<{ sourceKey: string; id: string }> = await manager.query(
      `/* importCoachingSessions */ WITH r AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, * FROM jsonb_to_recordset($2::jsonb) AS r("sourceKey" text, "enrolmentId" uuid, kind text, "heldOn" date,
           minutes int, notes text, "coachSubject" text)
       ), session AS (
         INSERT INTO journeys.coaching_session (id, org_id, enrolment_id, kind, held_on, minutes, coach_subject, notes)
         SELECT id, $1, "enrolmentId", kind, "heldOn", minutes, "coachSubject", notes FROM r
       )
       INSERT INTO journeys.import_key (org_id, kind, source_key, record_id, batch_id)
       SELECT $1, 'COACHING_SESSION', "sourceKey", id, $3 FROM r RETURNING source_key AS "sourceKey", record_id AS id`,
      [orgId, JSON.stringify(rows), batchId],
    );
    return new Map(keys.map((key) => [key.sourceKey, key.id]));
  },
};
