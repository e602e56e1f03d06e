import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention job's own role (issue 14; docs/retention.md). Until now the
 * job connected as the schemas' owner, a superuser in the embedded cluster, to
 * which row level security does not apply. `retention_job` is neither
 * superuser nor BYPASSRLS and owns nothing: it erases through the service
 * role's rights (member of `journeys_app`, and of `outcomes_app`, granted by
 * the platform script after both services migrated), one organisation at a
 * time under row level security, plus exactly two things no service role
 * has: reading every organisation's retention policy, and purging access-log
 * and erasure-log rows older than 12 years (the append-only triggers still
 * refuse younger ones). The platform script gives it LOGIN and a password.
 */
export class RetentionJob1743000000001 implements MigrationInterface {
  name = 'RetentionJob1743000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'retention_job') THEN
          CREATE ROLE retention_job NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;
      GRANT journeys_app TO retention_job;
      CREATE POLICY retention_job_read ON journeys.retention_policy FOR SELECT TO retention_job USING (true);
      GRANT DELETE ON journeys.personal_data_access, journeys.client_erasure TO retention_job;
      CREATE POLICY retention_job_purge_read ON journeys.personal_data_access FOR SELECT TO retention_job USING (accessed_at < now() - interval '12 years');
      CREATE POLICY retention_job_purge ON journeys.personal_data_access FOR DELETE TO retention_job USING (accessed_at < now() - interval '12 years');
      CREATE POLICY retention_job_purge_read ON journeys.client_erasure FOR SELECT TO retention_job USING (erased_at < now() - interval '12 years');
      CREATE POLICY retention_job_purge ON journeys.client_erasure FOR DELETE TO retention_job USING (erased_at < now() - interval '12 years');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP POLICY retention_job_purge ON journeys.client_erasure;
      DROP POLICY retention_job_purge_read ON journeys.client_erasure;
      DROP POLICY retention_job_purge ON journeys.personal_data_access;
      DROP POLICY retention_job_purge_read ON journeys.personal_data_access;
      DROP POLICY retention_job_read ON journeys.retention_policy;
      REVOKE DELETE ON journeys.personal_data_access, journeys.client_erasure FROM retention_job;
      REVOKE journeys_app FROM retention_job;
    `);
  }
}
