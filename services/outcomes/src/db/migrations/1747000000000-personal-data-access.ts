import type { MigrationInterface, QueryRunner } from 'typeorm';

const org = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
const subject = `NULLIF(current_setting('app.subject', true), '')`;

/**
 * Outcomes' own log of personal-data reads (asiakastietolaki 703/2023 §11;
 * docs/authorization.md "Audit log"): one row per record read per request,
 * written in the transaction of the read, like journeys.personal_data_access
 * but owned by outcomes (a service never writes another's schema).
 *
 * - `org_id` owns the record (only it reads the log); staff read only their
 *   own organisation's records here, so the actor's organisation is the owner.
 * - `enrolment_id` names whom the record concerns (journeys maps it to the client).
 * - Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role,
 *   except DELETE of rows older than 12 years, which only `retention_job` is
 *   granted (the same period and the same purge as journeys' log).
 */
export class PersonalDataAccess1747000000000 implements MigrationInterface {
  name = 'PersonalDataAccess1747000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcomes.personal_data_access (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        entity_kind text NOT NULL CHECK (entity_kind IN ('PARTICIPANT_ENTRY', 'PLACEMENT', 'BADGE_AWARD', 'QUALIFICATION_UNIT', 'EXIT_OUTCOME')),
        entity_id uuid NOT NULL,
        actor_subject text NOT NULL,
        actor_org_id uuid NOT NULL,
        actor_roles text[] NOT NULL,
        fields text[] NOT NULL CHECK (cardinality(fields) > 0),
        operation_name text,
        request_id text NOT NULL,
        correlation_id text,
        accessed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (actor_org_id = org_id)
      );
      CREATE INDEX personal_data_access_org_idx ON outcomes.personal_data_access (org_id, id);
      CREATE INDEX personal_data_access_org_enrolment_idx ON outcomes.personal_data_access (org_id, enrolment_id, id);
      CREATE INDEX personal_data_access_accessed_idx ON outcomes.personal_data_access (accessed_at);

      ALTER TABLE outcomes.personal_data_access ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.personal_data_access FORCE ROW LEVEL SECURITY;
      CREATE POLICY owner_reads ON outcomes.personal_data_access FOR SELECT USING (org_id = ${org});
      CREATE POLICY own_records ON outcomes.personal_data_access FOR INSERT WITH CHECK (
        org_id = ${org} AND actor_org_id = ${org} AND actor_subject = ${subject}
      );

      CREATE FUNCTION outcomes.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.accessed_at < now() - interval '12 years' THEN RETURN OLD; END IF;
        END IF;
        RAISE EXCEPTION 'personal_data_access is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON outcomes.personal_data_access
        FOR EACH ROW EXECUTE FUNCTION outcomes.refuse_audit_change();
      CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON outcomes.personal_data_access
        FOR EACH STATEMENT EXECUTE FUNCTION outcomes.refuse_audit_change();

      GRANT SELECT, INSERT ON outcomes.personal_data_access TO outcomes_app;

      -- The retention job purges rows past 12 years (docs/retention.md), nothing younger, nothing else.
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'retention_job') THEN
          CREATE ROLE retention_job NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;
      GRANT SELECT, DELETE ON outcomes.personal_data_access TO retention_job;
      CREATE POLICY retention_job_purge_read ON outcomes.personal_data_access FOR SELECT TO retention_job USING (accessed_at < now() - interval '12 years');
      CREATE POLICY retention_job_purge ON outcomes.personal_data_access FOR DELETE TO retention_job USING (accessed_at < now() - interval '12 years');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE outcomes.personal_data_access;
      DROP FUNCTION outcomes.refuse_audit_change();
    `);
  }
}
