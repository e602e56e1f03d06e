import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Frozen copies of the destination lists as they are when this migration is
 * written (exit-destination.ts): a migration's SQL must not change when the
 * code changes later. A later change of the quality-path set needs a migration
 * of its own that replaces the functions below.
 */
const destinations = `'EMPLOYED_OPEN_MARKET', 'PAY_SUBSIDY_OPEN_MARKET', 'PAY_SUBSIDY_THIRD_SECTOR', 'SELF_EMPLOYED', 'VOCATIONAL_EDUCATION', 'HIGHER_EDUCATION', 'LANGUAGE_COURSE', 'FURTHER_PATH_IN_ORGANISATION', 'WORK_TRIAL', 'REHABILITATIVE_WORK_ACTIVITY', 'KELA_VOCATIONAL_REHABILITATION', 'SEARCH_IN_ANOTHER_TOWN', 'UNEMPLOYED', 'OUT_OF_LABOUR_FORCE', 'OTHER', 'UNKNOWN'`;
const quality = `'EMPLOYED_OPEN_MARKET', 'SELF_EMPLOYED', 'VOCATIONAL_EDUCATION', 'HIGHER_EDUCATION', 'LANGUAGE_COURSE', 'FURTHER_PATH_IN_ORGANISATION'`;
const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;
const helsinkiToday = `(now() AT TIME ZONE 'Europe/Helsinki')::date`;

/**
 * The four exit summaries moved by a set of changed exits: `delta` yields the
 * changed rows of exit_outcome with a sign (+1 for the new version, -1 for the
 * old one). Rows that reach zero are removed, so a corrected-away partner or
 * destination disappears from the summaries as if it had never been there.
 */
function shiftSummaries(delta: string): string {
  return `
        INSERT INTO outcomes.exit_summary AS t (project_id, org_id, month, destination, qualification_gained, exits)
        SELECT project_id, org_id, date_trunc('month', exit_date)::date, destination, qualification_gained, sum(sign)
        FROM (${delta}) d GROUP BY 1, 2, 3, 4, 5 HAVING sum(sign) <> 0
        ON CONFLICT (project_id, month, org_id, destination, qualification_gained) DO UPDATE SET exits = t.exits + EXCLUDED.exits;
        INSERT INTO outcomes.exit_year_summary AS t (project_id, org_id, year, destination, qualification_gained, exits)
        SELECT project_id, org_id, extract(year FROM exit_date)::int, destination, qualification_gained, sum(sign)
        FROM (${delta}) d GROUP BY 1, 2, 3, 4, 5 HAVING sum(sign) <> 0
        ON CONFLICT (project_id, year, org_id, destination, qualification_gained) DO UPDATE SET exits = t.exits + EXCLUDED.exits;
        INSERT INTO outcomes.exit_month_summary AS t (project_id, org_id, month, quality_path, exits)
        SELECT project_id, org_id, date_trunc('month', exit_date)::date, destination IN (${quality}), sum(sign)
        FROM (${delta}) d GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0
        ON CONFLICT (project_id, month, org_id, quality_path) DO UPDATE SET exits = t.exits + EXCLUDED.exits;
        INSERT INTO outcomes.exit_further_summary AS t (project_id, org_id, month, destination, people)
        SELECT project_id, org_id, date_trunc('month', exit_date)::date, f.destination, sum(sign)
        FROM (${delta}) d CROSS JOIN LATERAL unnest(d.further_destinations) AS f(destination) GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0
        ON CONFLICT (project_id, month, org_id, destination) DO UPDATE SET people = t.people + EXCLUDED.people;
        DELETE FROM outcomes.exit_summary t USING (SELECT DISTINCT project_id FROM (${delta}) d) p WHERE t.project_id = p.project_id AND t.exits = 0;
        DELETE FROM outcomes.exit_year_summary t USING (SELECT DISTINCT project_id FROM (${delta}) d) p WHERE t.project_id = p.project_id AND t.exits = 0;
        DELETE FROM outcomes.exit_month_summary t USING (SELECT DISTINCT project_id FROM (${delta}) d) p WHERE t.project_id = p.project_id AND t.exits = 0;
        DELETE FROM outcomes.exit_further_summary t USING (SELECT DISTINCT project_id FROM (${delta}) d) p WHERE t.project_id = p.project_id AND t.people = 0;`;
}

/**
 * Input integrity and the right figures for exits (issue 10):
 *
 * - **Further destinations.** An exit keeps its primary `destination` (the one
 *   the quality path and ESF+ indicators are read from) and may name further
 *   destinations the person also went to at the same time, e.g. a work trial
 *   while taking a competence-based qualification (Tekijän polku, seed 003).
 *   `exit_further_summary` counts them per project, organisation, month and
 *   destination (people, no person in it), under the same row level security as
 *   the other summaries and readable across organisations only by
 *   `outcomes_pooled`.
 * - **Dates the database refuses whoever writes**: exit dates outside years
 *   0001–9999, in the future (Finnish time) or before the enrolment started
 *   (`enrolment_started_on`, copied from journeys with the organisation and
 *   project; NULL on exits recorded before this migration).
 * - **Corrections.** An exit is changed (`correctExit`) or withdrawn
 *   (`withdrawExit`) only together with an `exit_correction` row written in the
 *   same transaction, holding the reason, the actor and the values before and
 *   after. The history is append-only for every role, the owner included.
 *   Summaries and follow-up due dates follow every change, so the next release
 *   revision picks the corrected figures up.
 */
export class ExitIntegrity1737000000000 implements MigrationInterface {
  name = 'ExitIntegrity1737000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- A further destination is one of the destinations, listed once and not the primary one.
      CREATE FUNCTION outcomes.valid_further_destinations(primary_destination text, further text[]) RETURNS boolean
      LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
        SELECT cardinality(further) <= 4
           AND array_position(further, NULL) IS NULL
           AND further <@ ARRAY[${destinations}]::text[]
           AND NOT primary_destination = ANY (further)
           AND (SELECT count(DISTINCT d) FROM unnest(further) AS d) = cardinality(further)
      $$;

      ALTER TABLE outcomes.exit_outcome
        ADD COLUMN further_destinations text[] NOT NULL DEFAULT '{}',
        ADD COLUMN enrolment_started_on date,
        -- Most exits have none: the cheap test first, so bulk loads pay for the function only where it matters.
        ADD CONSTRAINT exit_outcome_further_destinations_check
          CHECK (cardinality(further_destinations) = 0 OR outcomes.valid_further_destinations(destination, further_destinations)),
        ADD CONSTRAINT exit_outcome_exit_date_range_check CHECK (exit_date BETWEEN DATE '0001-01-01' AND DATE '9999-12-31'),
        ADD CONSTRAINT exit_outcome_after_enrolment_check CHECK (enrolment_started_on IS NULL OR exit_date >= enrolment_started_on),
        -- Dates only move forward, so a row that passed once stays valid (and a restore re-checks it).
        ADD CONSTRAINT exit_outcome_not_future_check CHECK (exit_date <= ${helsinkiToday});

      CREATE TABLE outcomes.exit_further_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, month date NOT NULL, destination text NOT NULL,
        people int NOT NULL,
        PRIMARY KEY (project_id, month, org_id, destination)
      );
      ALTER TABLE outcomes.exit_further_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.exit_further_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY org_isolation ON outcomes.exit_further_summary USING (${orgPolicy}) WITH CHECK (${orgPolicy});
      CREATE POLICY pooled_read ON outcomes.exit_further_summary FOR SELECT TO outcomes_pooled USING (true);
      GRANT SELECT ON outcomes.exit_further_summary TO outcomes_pooled, outcomes_app;

      CREATE TABLE outcomes.exit_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- order of writing, for the organisation's history list (keyset pagination)
        seq bigint GENERATED ALWAYS AS IDENTITY,
        org_id uuid NOT NULL,
        -- no foreign key: the history outlives a withdrawn exit
        exit_outcome_id uuid NOT NULL,
        project_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CORRECTED', 'WITHDRAWN')),
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 3 AND 1000),
        actor_subject text NOT NULL DEFAULT current_setting('app.subject', true),
        before jsonb NOT NULL,
        after jsonb,
        at timestamptz NOT NULL DEFAULT now(),
        -- the transaction that wrote it: the exit may change only in that transaction
        xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
        CHECK ((kind = 'WITHDRAWN') = (after IS NULL))
      );
      CREATE INDEX exit_correction_exit_idx ON outcomes.exit_correction (org_id, exit_outcome_id, seq);
      CREATE INDEX exit_correction_list_idx ON outcomes.exit_correction (org_id, seq DESC);
      ALTER TABLE outcomes.exit_correction ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.exit_correction FORCE ROW LEVEL SECURITY;
      CREATE POLICY org_read ON outcomes.exit_correction FOR SELECT USING (${orgPolicy});
      -- Staff write corrections of their own organisation, as themselves.
      CREATE POLICY org_insert ON outcomes.exit_correction FOR INSERT
        WITH CHECK (${orgPolicy} AND actor_subject = current_setting('app.subject', true));
      GRANT SELECT, INSERT ON outcomes.exit_correction TO outcomes_app;

      CREATE FUNCTION outcomes.exit_correction_append_only() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        RAISE EXCEPTION 'outcomes.exit_correction is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER exit_correction_append_only BEFORE UPDATE OR DELETE ON outcomes.exit_correction
        FOR EACH ROW EXECUTE FUNCTION outcomes.exit_correction_append_only();
      CREATE TRIGGER exit_correction_no_truncate BEFORE TRUNCATE ON outcomes.exit_correction
        FOR EACH STATEMENT EXECUTE FUNCTION outcomes.exit_correction_append_only();

      -- No exit changes without its correction record (reason, actor) in the same transaction.
      CREATE FUNCTION outcomes.exit_change_needs_correction() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM outcomes.exit_correction c WHERE c.exit_outcome_id = OLD.id AND c.xact = pg_current_xact_id()) THEN
          RAISE EXCEPTION 'an exit is changed only through a recorded correction' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$;
      CREATE TRIGGER exit_change_needs_correction BEFORE UPDATE OR DELETE ON outcomes.exit_outcome
        FOR EACH ROW EXECUTE FUNCTION outcomes.exit_change_needs_correction();

      -- A withdrawn exit takes its follow-ups with it.
      ALTER TABLE outcomes.follow_up DROP CONSTRAINT follow_up_exit_outcome_id_fkey;
      ALTER TABLE outcomes.follow_up ADD CONSTRAINT follow_up_exit_outcome_id_fkey
        FOREIGN KEY (exit_outcome_id) REFERENCES outcomes.exit_outcome (id) ON DELETE CASCADE;

      GRANT UPDATE (exit_date, destination, further_destinations, title, sector, qualification_gained, enrolment_started_on) ON outcomes.exit_outcome TO outcomes_app;
      GRANT DELETE ON outcomes.exit_outcome TO outcomes_app;
    `);

    await db.query(`
      CREATE FUNCTION outcomes.exit_further_recorded() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        INSERT INTO outcomes.exit_further_summary AS t (project_id, org_id, month, destination, people)
        SELECT project_id, org_id, date_trunc('month', exit_date)::date, f.destination, count(*)
        FROM new_exits CROSS JOIN LATERAL unnest(further_destinations) AS f(destination) GROUP BY 1, 2, 3, 4
        ON CONFLICT (project_id, month, org_id, destination) DO UPDATE SET people = t.people + EXCLUDED.people;
        RETURN NULL;
      END $$;
      CREATE TRIGGER exit_further_recorded AFTER INSERT ON outcomes.exit_outcome
        REFERENCING NEW TABLE AS new_exits FOR EACH STATEMENT EXECUTE FUNCTION outcomes.exit_further_recorded();

      CREATE FUNCTION outcomes.exit_corrected() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        ${shiftSummaries('SELECT *, 1 AS sign FROM new_exits UNION ALL SELECT *, -1 FROM old_exits')}
        -- Follow-ups are due counted from the exit day: a corrected day moves them (and their summary, by its trigger).
        UPDATE outcomes.follow_up f SET due_on = (n.exit_date + f.after)::date
        FROM new_exits n JOIN old_exits o ON o.id = n.id
        WHERE f.exit_outcome_id = n.id AND n.exit_date <> o.exit_date;
        DELETE FROM outcomes.follow_up_summary s USING (SELECT DISTINCT project_id FROM new_exits) p WHERE s.project_id = p.project_id AND s.scheduled = 0;
        RETURN NULL;
      END $$;
      CREATE TRIGGER exit_corrected AFTER UPDATE ON outcomes.exit_outcome
        REFERENCING OLD TABLE AS old_exits NEW TABLE AS new_exits FOR EACH STATEMENT EXECUTE FUNCTION outcomes.exit_corrected();

      CREATE FUNCTION outcomes.exit_withdrawn() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        ${shiftSummaries('SELECT *, -1 AS sign FROM old_exits')}
        RETURN NULL;
      END $$;
      CREATE TRIGGER exit_withdrawn AFTER DELETE ON outcomes.exit_outcome
        REFERENCING OLD TABLE AS old_exits FOR EACH STATEMENT EXECUTE FUNCTION outcomes.exit_withdrawn();

      CREATE FUNCTION outcomes.follow_up_deleted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        UPDATE outcomes.follow_up_summary s SET scheduled = s.scheduled - d.scheduled, completed = s.completed - d.completed, employed = s.employed - d.employed
        FROM (
          SELECT project_id, org_id, date_trunc('month', due_on)::date AS due_month, after, count(*) AS scheduled,
                 count(*) FILTER (WHERE completed_on IS NOT NULL) AS completed,
                 count(*) FILTER (WHERE found_destination IN ('EMPLOYED_OPEN_MARKET', 'PAY_SUBSIDY_OPEN_MARKET', 'PAY_SUBSIDY_THIRD_SECTOR', 'SELF_EMPLOYED')) AS employed
          FROM old_rows GROUP BY 1, 2, 3, 4
        ) d
        WHERE s.project_id = d.project_id AND s.org_id = d.org_id AND s.due_month = d.due_month AND s.after = d.after;
        DELETE FROM outcomes.follow_up_summary s USING (SELECT DISTINCT project_id FROM old_rows) p WHERE s.project_id = p.project_id AND s.scheduled = 0;
        RETURN NULL;
      END $$;
      CREATE TRIGGER follow_up_deleted AFTER DELETE ON outcomes.follow_up
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcomes.follow_up_deleted();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER follow_up_deleted ON outcomes.follow_up;
      DROP TRIGGER exit_withdrawn ON outcomes.exit_outcome;
      DROP TRIGGER exit_corrected ON outcomes.exit_outcome;
      DROP TRIGGER exit_further_recorded ON outcomes.exit_outcome;
      DROP TRIGGER exit_change_needs_correction ON outcomes.exit_outcome;
      DROP FUNCTION outcomes.follow_up_deleted(), outcomes.exit_withdrawn(), outcomes.exit_corrected(), outcomes.exit_further_recorded(),
        outcomes.exit_change_needs_correction();
      REVOKE UPDATE, DELETE ON outcomes.exit_outcome FROM outcomes_app;
      ALTER TABLE outcomes.follow_up DROP CONSTRAINT follow_up_exit_outcome_id_fkey;
      ALTER TABLE outcomes.follow_up ADD CONSTRAINT follow_up_exit_outcome_id_fkey FOREIGN KEY (exit_outcome_id) REFERENCES outcomes.exit_outcome (id);
      DROP TABLE outcomes.exit_correction, outcomes.exit_further_summary;
      DROP FUNCTION outcomes.exit_correction_append_only();
      ALTER TABLE outcomes.exit_outcome DROP COLUMN further_destinations, DROP COLUMN enrolment_started_on,
        DROP CONSTRAINT exit_outcome_exit_date_range_check, DROP CONSTRAINT exit_outcome_not_future_check;
      DROP FUNCTION outcomes.valid_further_destinations(text, text[]);
    `);
  }
}
