import type { MigrationInterface, QueryRunner } from 'typeorm';

const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Soft-outcome instruments defined through the API (issue 13): an ORG_ADMIN
 * defines one for its organisation (project_id NULL) or, as the lead
 * organisation, for a project. The built-in Polun askeleet keeps org_id NULL
 * (the platform's). Instruments stay directory rows readable by every
 * organisation (no personal data); who may *use* one is the resolver's rule
 * (built-in, the organisation's own, or the enrolment's project's). Codes
 * stay unique on the platform: pooled CSV rows are keyed by code.
 */
export class DefinedInstruments1742000000002 implements MigrationInterface {
  name = 'DefinedInstruments1742000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outcomes.instrument
        ADD COLUMN org_id uuid,
        ADD COLUMN project_id uuid,
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT instrument_project_has_owner CHECK (project_id IS NULL OR org_id IS NOT NULL),
        ADD CONSTRAINT instrument_code_shape CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$');
      CREATE INDEX instrument_owner_idx ON outcomes.instrument (org_id, project_id);
      CREATE POLICY owner_insert ON outcomes.instrument FOR INSERT WITH CHECK (
        ${orgPolicy} AND (project_id IS NULL OR org_id = outcomes.project_lead(project_id)));
      CREATE POLICY owner_insert ON outcomes.instrument_item FOR INSERT WITH CHECK (
        EXISTS (SELECT 1 FROM outcomes.instrument i WHERE i.id = instrument_id AND i.${orgPolicy}));
      GRANT INSERT ON outcomes.instrument, outcomes.instrument_item TO outcomes_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE INSERT ON outcomes.instrument, outcomes.instrument_item FROM outcomes_app;
      DROP POLICY owner_insert ON outcomes.instrument_item;
      DROP POLICY owner_insert ON outcomes.instrument;
      DROP INDEX outcomes.instrument_owner_idx;
      ALTER TABLE outcomes.instrument DROP CONSTRAINT instrument_code_shape, DROP CONSTRAINT instrument_project_has_owner,
        DROP COLUMN created_at, DROP COLUMN project_id, DROP COLUMN org_id;
    `);
  }
}
