import type { MigrationInterface, QueryRunner } from 'typeorm';

/** exitOutcomes pages an organisation's exits latest first: an index in that order. */
export class ExitListIndex1735000000000 implements MigrationInterface {
  name = 'ExitListIndex1735000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX exit_outcome_org_date_idx ON outcomes.exit_outcome (org_id, exit_date DESC, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outcomes.exit_outcome_org_date_idx`);
  }
}
