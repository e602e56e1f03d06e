import { sqlValueList } from '@polku/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ExitDestination } from '../../exits/exit-destination.js';

/**
 * Exit outcomes, one per enrolment. org_id and project_id are copies of the
 * enrolment's (owned by journeys): outcomes never reads the journeys schema.
 * Row level security limits every role, the owner included, to app.org_id.
 */
export class ExitOutcomes1732000000000 implements MigrationInterface {
  name = 'ExitOutcomes1732000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcomes.exit_outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL UNIQUE,
        project_id uuid NOT NULL,
        exit_date date NOT NULL,
        destination text NOT NULL CHECK (destination IN (${sqlValueList(ExitDestination)})),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX exit_outcome_org_project_idx ON outcomes.exit_outcome (org_id, project_id, exit_date);
      ALTER TABLE outcomes.exit_outcome ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.exit_outcome FORCE ROW LEVEL SECURITY;
      CREATE POLICY org_isolation ON outcomes.exit_outcome
        USING (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid)
        WITH CHECK (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid);
      GRANT USAGE ON SCHEMA outcomes TO outcomes_app;
      GRANT SELECT, INSERT, UPDATE ON outcomes.exit_outcome TO outcomes_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outcomes.exit_outcome`);
  }
}
