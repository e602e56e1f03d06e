import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner directory: organisations, joint projects and who takes part.
 * It holds no client data; every authenticated caller may read it, but only
 * inside a transaction that names the caller's organisation (no setting, no
 * rows). The migrating role maintains it; the service role only reads.
 */
export class Directory1732000000000 implements MigrationInterface {
  name = 'Directory1732000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners.organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE partners.project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        lead_organisation_id uuid NOT NULL REFERENCES partners.organisation (id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE partners.project_partner (
        project_id uuid NOT NULL REFERENCES partners.project (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES partners.organisation (id),
        role text NOT NULL CHECK (role IN ('LEAD', 'IMPLEMENTER')),
        PRIMARY KEY (project_id, organisation_id)
      );
      CREATE INDEX project_partner_organisation_idx ON partners.project_partner (organisation_id);
    `);
    for (const table of ['organisation', 'project', 'project_partner']) {
      await db.query(`
        ALTER TABLE partners.${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE partners.${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY directory_read ON partners.${table} FOR SELECT TO partners_app
          USING (NULLIF(current_setting('app.org_id', true), '') IS NOT NULL);
        CREATE POLICY maintained_by_owner ON partners.${table} FOR ALL TO CURRENT_USER
          USING (true) WITH CHECK (true);
      `);
    }
    await db.query(`
      GRANT USAGE ON SCHEMA partners TO partners_app;
      GRANT SELECT ON partners.organisation, partners.project, partners.project_partner TO partners_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE partners.project_partner, partners.project, partners.organisation`);
  }
}
