import type { EntityManager } from 'typeorm';

/** The import's SQL: a constant number of statements per call; rows travel as one JSON parameter. */
export const importStore = {
  /** The caller's organisation's exits among these enrolments' (one exit per enrolment). */
  async exitedEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<Set<string>> {
    const rows: Array<{ enrolmentId: string }> = await manager.query(
      `/* importExits */ SELECT enrolment_id AS "enrolmentId" FROM outcomes.exit_outcome WHERE enrolment_id = ANY($1::uuid[])`,
      [enrolmentIds],
    );
    return new Set(rows.map((row) => row.enrolmentId));
  },
  /** The follow-ups of these exits, with their exit's day. */
  followUpsOf(manager: EntityManager, exitIds: string[]): Promise<Array<{ id: string; exitOutcomeId: string; after: string; completedOn: string | null; exitDate: string }>> {
    return manager.query(
      `/* importFollowUps */ SELECT f.id, f.exit_outcome_id AS "exitOutcomeId", f.after::text AS after, f.completed_on::text AS "completedOn", e.exit_date::text AS "exitDate"
       FROM outcomes.follow_up f JOIN outcomes.exit_outcome e ON e.id = f.exit_outcome_id WHERE f.exit_outcome_id = ANY($1::uuid[])`,
      [exitIds],
    );
  },
  /** Inserts exits and their keys in one statement; the exit_recorded triggers schedule follow-ups and count them in the summaries. */
  async insertExits(manager: EntityManager, orgId: string, subject: string, batchId: string, rows: unknown[]): Promise<Map<string, string>> {
    const keys: Array<{ sourceKey: string; id: string }> = await manager.query(
      `/* importExits */ WITH r AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, * FROM jsonb_to_recordset($3::jsonb) AS r("sourceKey" text, "enrolmentId" uuid, "projectId" uuid, "enrolmentStartedOn" date,
           "exitDate" date, destination text, "furtherDestinations" jsonb, title text, sector text, "qualificationGained" boolean)
       ), exit AS (
         INSERT INTO outcomes.exit_outcome (id, org_id, enrolment_id, project_id, exit_date, destination, further_destinations, title, sector, qualification_gained, recorded_by, enrolment_started_on)
         SELECT id, $1, "enrolmentId", "projectId", "exitDate", destination, ARRAY(SELECT jsonb_array_elements_text(COALESCE("furtherDestinations", '[]'))),
           title, sector, COALESCE("qualificationGained", false), $2, "enrolmentStartedOn" FROM r
         ON CONFLICT (enrolment_id) DO NOTHING RETURNING id
       )
       INSERT INTO outcomes.import_key (org_id, kind, source_key, record_id, batch_id)
       SELECT $1, 'EXIT', r."sourceKey", exit.id, $4 FROM r JOIN exit USING (id) RETURNING source_key AS "sourceKey", record_id AS id`,
      [orgId, subject, JSON.stringify(rows), batchId],
    );
    return new Map(keys.map((key) => [key.sourceKey, key.id]));
  },
  /** Completes follow-ups and writes their keys in one statement; an already completed one is left as it is. */
  async completeFollowUps(manager: EntityManager, orgId: string, subject: string, batchId: string, rows: unknown[]): Promise<Map<string, string>> {
    const keys: Array<{ sourceKey: string; id: string }> = await manager.query(
      `/* importFollowUps */ WITH r AS MATERIALIZED (
         SELECT * FROM jsonb_to_recordset($3::jsonb) AS r("sourceKey" text, "followUpId" uuid, "completedOn" date, "foundDestination" text)
       ), done AS (
         UPDATE outcomes.follow_up f SET completed_on = r."completedOn", found_destination = r."foundDestination", recorded_by = $2
         FROM r WHERE f.id = r."followUpId" AND f.completed_on IS NULL RETURNING f.id
       )
       INSERT INTO outcomes.import_key (org_id, kind, source_key, record_id, batch_id)
       SELECT $1, 'FOLLOW_UP', r."sourceKey", done.id, $4 FROM r JOIN done ON done.id = r."followUpId" RETURNING source_key AS "sourceKey", record_id AS id`,
      [orgId, subject, JSON.stringify(rows), batchId],
    );
    return new Map(keys.map((key) => [key.sourceKey, key.id]));
  },
};
