import type { MigrationInterface, QueryRunner } from 'typeorm';

const org = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
const subject = `NULLIF(current_setting('app.subject', true), '')`;

/**
 * Clients' rights (issue 14): export, erasure and retention.
 *
 * - `client_erasure` is the erasure log: who erased which client, when, why
 *   and on which basis, never the erased values. Append-only for every role.
 * - Erasure is the only way personal rows leave: a DELETE of `client_personal`
 *   or of a referral's shared copy needs an erasure row for that client
 *   written in the same transaction (the rule exits follow with corrections).
 * - `retention_policy`: per organisation, how many years after the client's
 *   last exit the client's personal data is erased; the retention job (run as
 *   the owner) reads every organisation's policy.
 * - A data subject request (an export) is a personal-data read of its own
 *   purpose in the access log.
 * - The access log keeps its rows at least 12 years (asiakastietolaki
 *   703/2023): the append-only trigger lets the owner's purge delete only
 *   older rows; the service role has no DELETE at all.
 */
export class ClientRights1740000000000 implements MigrationInterface {
  name = 'ClientRights1740000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journeys.client ADD COLUMN erased_at timestamptz;

      ALTER TABLE journeys.personal_data_access DROP CONSTRAINT personal_data_access_purpose_check;
      ALTER TABLE journeys.personal_data_access ADD CONSTRAINT personal_data_access_purpose_check
        CHECK (purpose IN ('OWN_CLIENT_WORK', 'REFERRAL', 'DATA_SUBJECT_REQUEST'));
      CREATE POLICY data_subject_request ON journeys.personal_data_access FOR INSERT WITH CHECK (
        purpose = 'DATA_SUBJECT_REQUEST' AND org_id = ${org} AND actor_org_id = ${org} AND actor_subject = ${subject}
      );
      -- The retention job runs as the owner and purges every organisation's expired rows.
      CREATE POLICY retention_purge ON journeys.personal_data_access FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE OR REPLACE FUNCTION journeys.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.accessed_at < now() - interval '12 years' THEN RETURN OLD; END IF;
        END IF;
        RAISE EXCEPTION 'personal_data_access is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;

      CREATE TABLE journeys.client_erasure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        org_id uuid NOT NULL,
        client_id uuid NOT NULL,
        actor_subject text NOT NULL DEFAULT current_setting('app.subject', true),
        basis text NOT NULL CHECK (basis IN ('REQUEST', 'RETENTION')),
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 3 AND 1000),
        erased_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- the transaction that erased: personal rows may be deleted only in it
        xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
        FOREIGN KEY (org_id, client_id) REFERENCES journeys.client (org_id, id)
      );
      CREATE INDEX client_erasure_org_idx ON journeys.client_erasure (org_id, id DESC);
      CREATE INDEX client_erasure_client_idx ON journeys.client_erasure (client_id, xact);
      ALTER TABLE journeys.client_erasure ENABLE ROW LEVEL SECURITY;
      ALTER TABLE journeys.client_erasure FORCE ROW LEVEL SECURITY;
      CREATE POLICY org_read ON journeys.client_erasure FOR SELECT USING (org_id = ${org});
      CREATE POLICY org_insert ON journeys.client_erasure FOR INSERT WITH CHECK (org_id = ${org} AND actor_subject = ${subject});
      CREATE POLICY retention_purge ON journeys.client_erasure FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE FUNCTION journeys.client_erasure_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.erased_at < now() - interval '12 years' THEN RETURN OLD; END IF;
        END IF;
        RAISE EXCEPTION 'journeys.client_erasure is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON journeys.client_erasure
        FOR EACH ROW EXECUTE FUNCTION journeys.client_erasure_append_only();
      CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON journeys.client_erasure
        FOR EACH STATEMENT EXECUTE FUNCTION journeys.client_erasure_append_only();

      CREATE FUNCTION journeys.delete_needs_erasure() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM journeys.client_erasure e WHERE e.client_id = OLD.client_id AND e.xact = pg_current_xact_id()) THEN
          RAISE EXCEPTION 'personal data is removed only by a recorded erasure' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END $$;
      CREATE TRIGGER delete_needs_erasure BEFORE DELETE ON journeys.client_personal
        FOR EACH ROW EXECUTE FUNCTION journeys.delete_needs_erasure();
      CREATE TRIGGER delete_needs_erasure BEFORE DELETE ON journeys.referral_shared_data
        FOR EACH ROW EXECUTE FUNCTION journeys.delete_needs_erasure();

      CREATE TABLE journeys.retention_policy (
        org_id uuid PRIMARY KEY,
        years_after_last_exit integer NOT NULL CHECK (years_after_last_exit BETWEEN 1 AND 120),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE journeys.retention_policy ENABLE ROW LEVEL SECURITY;
      ALTER TABLE journeys.retention_policy FORCE ROW LEVEL SECURITY;
      CREATE POLICY org_isolation ON journeys.retention_policy USING (org_id = ${org}) WITH CHECK (org_id = ${org});
      CREATE POLICY retention_job ON journeys.retention_policy FOR SELECT TO CURRENT_USER USING (true);

      GRANT SELECT, INSERT ON journeys.client_erasure TO journeys_app;
      GRANT SELECT, INSERT, UPDATE ON journeys.retention_policy TO journeys_app;
      GRANT DELETE ON journeys.client_personal, journeys.referral_shared_data TO journeys_app;
      GRANT UPDATE (reason) ON journeys.referral_event TO journeys_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE DELETE ON journeys.client_personal, journeys.referral_shared_data FROM journeys_app;
      REVOKE UPDATE (reason) ON journeys.referral_event FROM journeys_app;
      DROP TRIGGER delete_needs_erasure ON journeys.client_personal;
      DROP TRIGGER delete_needs_erasure ON journeys.referral_shared_data;
      DROP FUNCTION journeys.delete_needs_erasure();
      DROP TABLE journeys.retention_policy, journeys.client_erasure;
      DROP FUNCTION journeys.client_erasure_append_only();
      DROP POLICY retention_purge ON journeys.personal_data_access;
      DROP POLICY data_subject_request ON journeys.personal_data_access;
      ALTER TABLE journeys.personal_data_access DROP CONSTRAINT personal_data_access_purpose_check;
      ALTER TABLE journeys.personal_data_access ADD CONSTRAINT personal_data_access_purpose_check CHECK (purpose IN ('OWN_CLIENT_WORK', 'REFERRAL'));
      ALTER TABLE journeys.client DROP COLUMN erased_at;
    `);
  }
}
