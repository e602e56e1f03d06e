import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AccessPurpose } from '../../vocabulary/access-purpose.js';
import { sqlValueList } from '@polku/kit';

const org = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
const subject = `NULLIF(current_setting('app.subject', true), '')`;

/**
 * The audit log of personal-data reads (asiakastietolaki 703/2023 §11):
 * one row per client per read, written in the transaction of the read.
 *
 * - `org_id` is the organisation that owns the client's data (the row is its
 *   private data: only it reads the log); `actor_org_id` is the reader's
 *   organisation, the owner itself or the receiver of a referral.
 * - Staff write rows about their own organisation's clients (purpose
 *   OWN_CLIENT_WORK); a receiver writes a row with the owner as `org_id` only
 *   for shared data it can read under a valid consent (purpose REFERRAL).
 *   Either way the actor is the transaction's own organisation and subject.
 * - Append-only: the service role may INSERT and SELECT; a trigger refuses
 *   UPDATE, DELETE and TRUNCATE for every role, the owner included.
 *
 * `referral_shared_data.client_id` names the owner's client a shared copy is
 * about, filled by a trigger from the referral's enrolment as the sender
 * inserts it, so a receiver's read can be logged against the right client
 * without the receiver ever reading the sender's client or enrolment rows.
 */
export class PersonalDataAccess1732000000002 implements MigrationInterface {
  name = 'PersonalDataAccess1732000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journeys.referral_shared_data ADD COLUMN client_id uuid;
      -- Backfill as the table owner, past the row level security that would hide every row here.
      ALTER TABLE journeys.referral_shared_data NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE journeys.referral NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE journeys.enrolment NO FORCE ROW LEVEL SECURITY;
      UPDATE journeys.referral_shared_data s SET client_id = e.client_id
        FROM journeys.referral r JOIN journeys.enrolment e ON e.id = r.enrolment_id WHERE r.id = s.referral_id;
      ALTER TABLE journeys.referral_shared_data FORCE ROW LEVEL SECURITY;
      ALTER TABLE journeys.referral FORCE ROW LEVEL SECURITY;
      ALTER TABLE journeys.enrolment FORCE ROW LEVEL SECURITY;
      ALTER TABLE journeys.referral_shared_data ALTER COLUMN client_id SET NOT NULL;

      -- Runs as the inserting sender, who can read its own referral and enrolment.
      CREATE FUNCTION journeys.shared_data_client() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT e.client_id INTO NEW.client_id
          FROM journeys.referral r JOIN journeys.enrolment e ON e.id = r.enrolment_id WHERE r.id = NEW.referral_id;
        RETURN NEW;
      END $$;
      CREATE TRIGGER shared_data_client BEFORE INSERT ON journeys.referral_shared_data
        FOR EACH ROW EXECUTE FUNCTION journeys.shared_data_client();

      CREATE TABLE journeys.personal_data_access (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        org_id uuid NOT NULL,
        client_id uuid NOT NULL,
        actor_subject text NOT NULL,
        actor_org_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN (${sqlValueList(AccessPurpose)})),
        referral_id uuid,
        fields text[] NOT NULL CHECK (cardinality(fields) > 0),
        operation_name text,
        request_id text NOT NULL,
        accessed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (purpose <> 'REFERRAL' OR referral_id IS NOT NULL),
        CHECK ((purpose = 'REFERRAL') = (actor_org_id <> org_id))
      );
      CREATE INDEX personal_data_access_org_idx ON journeys.personal_data_access (org_id, id);
      CREATE INDEX personal_data_access_org_client_idx ON journeys.personal_data_access (org_id, client_id, id);
      CREATE INDEX personal_data_access_org_actor_idx ON journeys.personal_data_access (org_id, actor_subject, id);

      ALTER TABLE journeys.personal_data_access ENABLE ROW LEVEL SECURITY;
      ALTER TABLE journeys.personal_data_access FORCE ROW LEVEL SECURITY;
      CREATE POLICY owner_reads ON journeys.personal_data_access FOR SELECT USING (org_id = ${org});
      CREATE POLICY own_client_work ON journeys.personal_data_access FOR INSERT WITH CHECK (
        purpose = 'OWN_CLIENT_WORK' AND org_id = ${org} AND actor_org_id = ${org} AND actor_subject = ${subject}
      );
      CREATE POLICY referral_receiver ON journeys.personal_data_access FOR INSERT WITH CHECK (
        purpose = 'REFERRAL' AND actor_org_id = ${org} AND actor_subject = ${subject}
        -- the receiver's policy on referral_shared_data applies inside: a valid consent and a live referral
        AND EXISTS (SELECT 1 FROM journeys.referral_shared_data s
                    WHERE s.referral_id = personal_data_access.referral_id AND s.receiver_org_id = ${org}
                      AND s.sender_org_id = personal_data_access.org_id AND s.client_id = personal_data_access.client_id)
      );

      CREATE FUNCTION journeys.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'personal_data_access is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON journeys.personal_data_access
        FOR EACH ROW EXECUTE FUNCTION journeys.refuse_audit_change();
      CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON journeys.personal_data_access
        FOR EACH STATEMENT EXECUTE FUNCTION journeys.refuse_audit_change();

      GRANT SELECT, INSERT ON journeys.personal_data_access TO journeys_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE journeys.personal_data_access;
      DROP FUNCTION journeys.refuse_audit_change();
      DROP TRIGGER shared_data_client ON journeys.referral_shared_data;
      DROP FUNCTION journeys.shared_data_client();
      ALTER TABLE journeys.referral_shared_data DROP COLUMN client_id;
    `);
  }
}
