import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A project's mentoring norm: the hours a month a coach is expected to mentor
 * a person in a placement (Tekijän polku, seed 003: 4–8 h). Null: no norm.
 * Written like the rest of project_setting, by the lead's ORG_ADMIN only.
 */
export class MentoringNorm1742000000001 implements MigrationInterface {
  name = 'MentoringNorm1742000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outcomes.project_setting
        ADD COLUMN mentoring_hours_min numeric(5, 1) CHECK (mentoring_hours_min BETWEEN 0 AND 200),
        ADD COLUMN mentoring_hours_max numeric(5, 1) CHECK (mentoring_hours_max BETWEEN 0 AND 200),
        ADD CONSTRAINT mentoring_norm_order CHECK ((mentoring_hours_min IS NULL) = (mentoring_hours_max IS NULL) AND mentoring_hours_min <= mentoring_hours_max);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outcomes.project_setting DROP COLUMN mentoring_hours_min, DROP COLUMN mentoring_hours_max`);
  }
}
