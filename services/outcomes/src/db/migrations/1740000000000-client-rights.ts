import type { MigrationInterface, QueryRunner } from 'typeorm';

const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Erasure of a client's free text in outcomes (issue 14), designed with the
 * exit-integrity rule that an exit changes only together with a correction
 * row in the same transaction:
 *
 * - an erasure is a correction of its own kind, `ERASED`, whose reason is the
 *   erasure's and whose before/after snapshots hold no free text;
 * - the exit's `title` becomes NULL; destination, dates, sector and the
 *   qualification stay, so the summaries (and every release computed from
 *   them) do not move;
 * - the earlier corrections of that exit are redacted in the same
 *   transaction: `title` in their snapshots becomes null and their reason a
 *   fixed marker. The history stays append-only otherwise: the trigger allows
 *   exactly this change and only next to an ERASED row written in the same
 *   transaction.
 */
export class ClientRights1740000000000 implements MigrationInterface {
  name = 'ClientRights1740000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Which enrolment a correction is about, so that a withdrawn exit's history can still be found and redacted.
      ALTER TABLE outcomes.exit_correction ADD COLUMN enrolment_id uuid;
      ALTER TABLE outcomes.exit_correction NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.exit_outcome NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.exit_correction DISABLE TRIGGER exit_correction_append_only;
      UPDATE outcomes.exit_correction c SET enrolment_id = e.enrolment_id FROM outcomes.exit_outcome e WHERE e.id = c.exit_outcome_id;
      ALTER TABLE outcomes.exit_correction ENABLE TRIGGER exit_correction_append_only;
      ALTER TABLE outcomes.exit_correction FORCE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.exit_outcome FORCE ROW LEVEL SECURITY;
      CREATE INDEX exit_correction_enrolment_idx ON outcomes.exit_correction (org_id, enrolment_id);
      -- Runs as the writer, who can read the exit it corrects (written before the exit changes).
      CREATE FUNCTION outcomes.exit_correction_enrolment() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        IF NEW.enrolment_id IS NULL THEN
          SELECT e.enrolment_id INTO NEW.enrolment_id FROM outcomes.exit_outcome e WHERE e.id = NEW.exit_outcome_id;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER exit_correction_enrolment BEFORE INSERT ON outcomes.exit_correction
        FOR EACH ROW EXECUTE FUNCTION outcomes.exit_correction_enrolment();

      ALTER TABLE outcomes.exit_correction DROP CONSTRAINT exit_correction_kind_check;
      ALTER TABLE outcomes.exit_correction ADD CONSTRAINT exit_correction_kind_check CHECK (kind IN ('CORRECTED', 'WITHDRAWN', 'ERASED'));

      CREATE OR REPLACE FUNCTION outcomes.exit_correction_append_only() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND NEW.id = OLD.id AND NEW.seq = OLD.seq AND NEW.org_id = OLD.org_id AND NEW.exit_outcome_id = OLD.exit_outcome_id
           AND NEW.project_id = OLD.project_id AND NEW.kind = OLD.kind AND NEW.actor_subject = OLD.actor_subject
           AND NEW.at = OLD.at AND NEW.xact = OLD.xact AND NEW.enrolment_id IS NOT DISTINCT FROM OLD.enrolment_id
           AND NEW.reason = '[erased]'
           AND NEW.before = OLD.before || '{"title": null}'::jsonb
           AND NEW.after IS NOT DISTINCT FROM (OLD.after || '{"title": null}'::jsonb)
           AND EXISTS (SELECT 1 FROM outcomes.exit_correction c
                       WHERE c.exit_outcome_id = OLD.exit_outcome_id AND c.kind = 'ERASED' AND c.xact = pg_current_xact_id()) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'outcomes.exit_correction is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;

      CREATE POLICY erasure_redacts ON outcomes.exit_correction FOR UPDATE USING (${orgPolicy}) WITH CHECK (${orgPolicy});
      GRANT UPDATE (reason, before, after) ON outcomes.exit_correction TO outcomes_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE UPDATE (reason, before, after) ON outcomes.exit_correction FROM outcomes_app;
      DROP POLICY erasure_redacts ON outcomes.exit_correction;
      CREATE OR REPLACE FUNCTION outcomes.exit_correction_append_only() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        RAISE EXCEPTION 'outcomes.exit_correction is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      -- ERASED rows cannot stay under the old kinds: removing them is the operator's decision, not a migration's.
      ALTER TABLE outcomes.exit_correction DROP CONSTRAINT exit_correction_kind_check;
      ALTER TABLE outcomes.exit_correction ADD CONSTRAINT exit_correction_kind_check CHECK (kind IN ('CORRECTED', 'WITHDRAWN'));
      DROP TRIGGER exit_correction_enrolment ON outcomes.exit_correction;
      DROP FUNCTION outcomes.exit_correction_enrolment();
      DROP INDEX outcomes.exit_correction_enrolment_idx;
      ALTER TABLE outcomes.exit_correction DROP COLUMN enrolment_id;
    `);
  }
}
