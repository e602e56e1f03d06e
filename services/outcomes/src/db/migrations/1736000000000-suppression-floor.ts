import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which organisation leads a project is checked by the service (partners owns
 * it), not by this schema; so the database keeps the one guarantee that
 * matters whoever writes the settings: the suppression threshold k can be
 * raised, never lowered below the default 5.
 */
export class SuppressionFloor1736000000000 implements MigrationInterface {
  name = 'SuppressionFloor1736000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE outcomes.project_setting SET min_cell_size = 5 WHERE min_cell_size < 5;
      ALTER TABLE outcomes.project_setting DROP CONSTRAINT project_setting_min_cell_size_check;
      ALTER TABLE outcomes.project_setting ADD CONSTRAINT project_setting_min_cell_size_check CHECK (min_cell_size BETWEEN 5 AND 50);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outcomes.project_setting DROP CONSTRAINT project_setting_min_cell_size_check;
      ALTER TABLE outcomes.project_setting ADD CONSTRAINT project_setting_min_cell_size_check CHECK (min_cell_size BETWEEN 3 AND 50);
    `);
  }
}
