import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Days statistics can count on, whoever writes the enrolment: years
 * 0001–9999 (a planned end not before the start is checked since 1732…0001). The project's period
 * lives in partners, so journeys checks it in the service (enrolClient); these
 * are the facts the row itself holds. NOT VALID: existing rows are left as
 * they are, every new or changed row is checked.
 */
export class EnrolmentDates1737000000000 implements MigrationInterface {
  name = 'EnrolmentDates1737000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journeys.enrolment
        ADD CONSTRAINT enrolment_started_on_range_check CHECK (started_on BETWEEN DATE '0001-01-01' AND DATE '9999-12-31') NOT VALID,
        ADD CONSTRAINT enrolment_planned_end_range_check CHECK (planned_end_on <= DATE '9999-12-31') NOT VALID;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journeys.enrolment DROP CONSTRAINT enrolment_started_on_range_check, DROP CONSTRAINT enrolment_planned_end_range_check;
    `);
  }
}
