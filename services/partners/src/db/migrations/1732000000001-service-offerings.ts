import { sqlValueList } from '@polku/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ServiceType } from '../../offerings/service-type.js';

/** What partners offer, within a project or generally: directory data, no personal data. */
export class ServiceOfferings1732000000001 implements MigrationInterface {
  name = 'ServiceOfferings1732000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners.service_offering (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES partners.organisation (id),
        project_id uuid REFERENCES partners.project (id),
        type text NOT NULL CHECK (type IN (${sqlValueList(ServiceType)})),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        capacity integer CHECK (capacity > 0),
        accepts_referrals boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX service_offering_project_idx ON partners.service_offering (project_id, organisation_id);
      CREATE INDEX service_offering_organisation_idx ON partners.service_offering (organisation_id);
      ALTER TABLE partners.service_offering ENABLE ROW LEVEL SECURITY;
      ALTER TABLE partners.service_offering FORCE ROW LEVEL SECURITY;
      CREATE POLICY directory_read ON partners.service_offering FOR SELECT TO partners_app
        USING (NULLIF(current_setting('app.org_id', true), '') IS NOT NULL);
      CREATE POLICY maintained_by_owner ON partners.service_offering FOR ALL TO CURRENT_USER
        USING (true) WITH CHECK (true);
      GRANT SELECT ON partners.service_offering TO partners_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE partners.service_offering`);
  }
}
