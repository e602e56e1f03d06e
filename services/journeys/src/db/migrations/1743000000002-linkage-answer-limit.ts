import type { MigrationInterface, QueryRunner } from 'typeorm';

const org = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * The probing limit moves from writing keys to answering (docs/linkage.md,
 * Threat model). Counting recorded keys (1743000000000) could be dodged, as a
 * cleared identity deletes its key and with it the count, and it would have
 * stopped a legitimate import of many clients. What leaks is an answer:
 * `participation_elsewhere` now notes, per organisation, the first answer for
 * each version of an enrolment's key (`enrolment_linkage.recorded_at` changes
 * whenever the identity is recorded again) and refuses more than 200 such
 * first answers a day. Reading the same answer again costs nothing; probing
 * with a fresh identity always does. And an index for project_person_numbers,
 * which reads one project across every organisation.
 */
export class LinkageAnswerLimit1743000000002 implements MigrationInterface {
  name = 'LinkageAnswerLimit1743000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- project_person_numbers reads one project across every organisation: the org-first index cannot serve it.
      CREATE INDEX enrolment_project_idx ON journeys.enrolment (project_id, id);

      CREATE TABLE journeys.linkage_answer (
        enrolment_id uuid NOT NULL,
        -- the key version answered (enrolment_linkage.recorded_at): a new identity is a new version
        key_recorded_at timestamptz NOT NULL,
        org_id uuid NOT NULL,
        first_answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, key_recorded_at)
      );
      CREATE INDEX linkage_answer_org_idx ON journeys.linkage_answer (org_id, first_answered_at);
      ALTER TABLE journeys.linkage_answer ENABLE ROW LEVEL SECURITY;
      ALTER TABLE journeys.linkage_answer FORCE ROW LEVEL SECURITY;
      CREATE POLICY linkage_functions ON journeys.linkage_answer TO journeys_linkage USING (true) WITH CHECK (true);
      GRANT SELECT, INSERT ON journeys.linkage_answer TO journeys_linkage;

      CREATE OR REPLACE FUNCTION journeys.record_linkage(p_enrolment uuid, p_key_id text, p_key bytea) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, journeys AS $$
      DECLARE
        caller uuid := ${org};
        project uuid;
      BEGIN
        SELECT e.project_id INTO project FROM journeys.enrolment e WHERE e.id = p_enrolment AND e.org_id = caller;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no such enrolment' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_key IS NULL THEN
          DELETE FROM journeys.enrolment_linkage WHERE enrolment_id = p_enrolment;
          RETURN;
        END IF;
        IF octet_length(p_key) <> 32 OR p_key_id !~ '^[A-Za-z0-9._-]{1,64}$' THEN
          RAISE EXCEPTION 'malformed linkage key' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- clock_timestamp: two recordings in one transaction are two versions
        INSERT INTO journeys.enrolment_linkage AS l (enrolment_id, org_id, project_id, key_id, linkage_key, recorded_at)
        VALUES (p_enrolment, caller, project, p_key_id, p_key, clock_timestamp())
        ON CONFLICT (enrolment_id) DO UPDATE SET key_id = EXCLUDED.key_id, linkage_key = EXCLUDED.linkage_key, recorded_at = EXCLUDED.recorded_at;
      END $$;

      -- What participation_elsewhere answers, before it counts (only its owner may call it).
      CREATE FUNCTION journeys.participation_candidates(p_enrolments uuid[], p_org uuid)
        RETURNS TABLE (enrolment_id uuid, key_recorded_at timestamptz, elsewhere boolean)
      LANGUAGE sql STABLE SET search_path = pg_catalog, journeys AS $$
        SELECT e.id, l.recorded_at,
               CASE WHEN l.linkage_key IS NULL THEN NULL ELSE EXISTS (
                 SELECT 1 FROM journeys.enrolment_linkage o
                 WHERE o.project_id = l.project_id AND o.linkage_key = l.linkage_key AND o.key_id = l.key_id AND o.org_id <> e.org_id
               ) END
        FROM journeys.enrolment e
        LEFT JOIN journeys.enrolment_linkage l ON l.enrolment_id = e.id
        WHERE e.id = ANY (p_enrolments)
          AND e.org_id = p_org
          AND EXISTS (
            SELECT 1 FROM journeys.consent c
            WHERE c.owner_org_id = e.org_id AND c.client_id = e.client_id AND c.project_id = e.project_id
              AND c.purpose = 'PARTICIPATION_CHECK' AND c.withdrawn_at IS NULL AND c.given_at <= now()
              AND (c.expires_at IS NULL OR c.expires_at > now())
          )
      $$;
      ALTER FUNCTION journeys.participation_candidates(uuid[], uuid) OWNER TO journeys_linkage;
      REVOKE ALL ON FUNCTION journeys.participation_candidates(uuid[], uuid) FROM PUBLIC;

      DROP FUNCTION journeys.participation_elsewhere(uuid[]);
      CREATE FUNCTION journeys.participation_elsewhere(p_enrolments uuid[]) RETURNS TABLE (enrolment_id uuid, elsewhere boolean)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, journeys AS $$
      DECLARE
        caller uuid := ${org};
        fresh int;
      BEGIN
        -- Note the first answer of each key version; over the day's limit the whole read fails (and is not logged).
        WITH noted AS (
          INSERT INTO journeys.linkage_answer (enrolment_id, key_recorded_at, org_id)
          SELECT c.enrolment_id, c.key_recorded_at, caller FROM journeys.participation_candidates(p_enrolments, caller) c
          WHERE c.key_recorded_at IS NOT NULL
          ON CONFLICT DO NOTHING RETURNING 1
        )
        SELECT count(*) INTO fresh FROM noted;
        IF fresh > 0 AND (SELECT count(*) FROM journeys.linkage_answer x WHERE x.org_id = caller AND x.first_answered_at > now() - interval '1 day') > 200 THEN
          RAISE EXCEPTION 'too many new participation answers today' USING ERRCODE = 'program_limit_exceeded', HINT = 'LINKAGE_DAILY_LIMIT';
        END IF;
        RETURN QUERY SELECT c.enrolment_id, c.elsewhere FROM journeys.participation_candidates(p_enrolments, caller) c;
      END $$;
      ALTER FUNCTION journeys.participation_elsewhere(uuid[]) OWNER TO journeys_linkage;
      REVOKE ALL ON FUNCTION journeys.participation_elsewhere(uuid[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION journeys.participation_elsewhere(uuid[]) TO journeys_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    // Back to 1743000000000's functions: run its up() statements for them again by hand if needed; the table goes.
    await db.query(`DROP FUNCTION journeys.participation_candidates(uuid[], uuid); DROP TABLE journeys.linkage_answer; DROP INDEX journeys.enrolment_project_idx`);
  }
}
