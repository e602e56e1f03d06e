import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clients and their enrolments in projects. Every row belongs to one
 * organisation (org_id) and row level security keeps it there: a transaction
 * sees only the rows of the organisation it set in app.org_id, and none when
 * it set nothing. The policy applies to every role, the owner included.
 */
export class ClientsAndEnrolments1732000000000 implements MigrationInterface {
  name = 'ClientsAndEnrolments1732000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE journeys.client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{2,31}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, code),
        UNIQUE (org_id, id)
      );
      CREATE TABLE journeys.enrolment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        client_id uuid NOT NULL,
        project_id uuid NOT NULL,
        started_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- an enrolment belongs to the organisation that owns the client
        FOREIGN KEY (org_id, client_id) REFERENCES journeys.client (org_id, id)
      );
      CREATE INDEX enrolment_org_project_idx ON journeys.enrolment (org_id, project_id, started_on);
      CREATE INDEX enrolment_org_client_idx ON journeys.enrolment (org_id, client_id);
    `);
    for (const table of ['client', 'enrolment']) {
      await db.query(`
        ALTER TABLE journeys.${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE journeys.${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY org_isolation ON journeys.${table}
          USING (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid)
          WITH CHECK (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid);
      `);
    }
    await db.query(`
      GRANT USAGE ON SCHEMA journeys TO journeys_app;
      GRANT SELECT, INSERT, UPDATE ON journeys.client, journeys.enrolment TO journeys_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE journeys.enrolment, journeys.client`);
  }
}
