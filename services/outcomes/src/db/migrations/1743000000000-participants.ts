import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participants (issue 13): what an enrolment's client was at entry, recorded
 * once per enrolment by the organisation serving the client, for the ESF+
 * common output indicators (Regulation (EU) 2021/1057, Annex I) and the
 * entries / active / unique-participant figures. docs/participants.md gives
 * each field's legal basis.
 *
 * - participant_entry: gender, birth year, labour-market status, education,
 *   and the non-special disadvantage flags. Pseudonymous like exits (an
 *   enrolment id, no name).
 * - participant_special: special-category data (GDPR art. 9: disability,
 *   minority / ethnic origin) in a table of its own, present only while the
 *   client's explicit consent stands; withdrawing it deletes the row.
 *
 * Both: row level security on org_id as everywhere; the service may insert
 * and read its own rows, never another organisation's. The NOLOGIN role
 * outcomes_pooled (owner of the release function) reads every row to count
 * them in releases, and the exit day of every exit (active at period end).
 * Frozen SQL: the value lists are written out here, not imported.
 */
const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;

export class Participants1743000000000 implements MigrationInterface {
  name = 'Participants1743000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcomes.participant_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL UNIQUE,
        project_id uuid NOT NULL,
        enrolment_started_on date NOT NULL,
        gender text NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'NON_BINARY')),
        birth_year int NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
        labour_status text NOT NULL CHECK (labour_status IN ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE', 'EMPLOYED')),
        education text NOT NULL CHECK (education IN ('ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8')),
        third_country_national boolean NOT NULL DEFAULT false,
        foreign_background boolean NOT NULL DEFAULT false,
        homeless boolean NOT NULL DEFAULT false,
        rural_area boolean NOT NULL DEFAULT false,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (birth_year <= extract(year FROM enrolment_started_on))
      );
      CREATE INDEX participant_entry_org_project_idx ON outcomes.participant_entry (org_id, project_id, enrolment_started_on);
      CREATE INDEX participant_entry_project_idx ON outcomes.participant_entry (project_id, enrolment_started_on);

      CREATE TABLE outcomes.participant_special (
        enrolment_id uuid PRIMARY KEY REFERENCES outcomes.participant_entry (enrolment_id) ON DELETE CASCADE,
        org_id uuid NOT NULL,
        project_id uuid NOT NULL,
        disability boolean NOT NULL,
        minority boolean NOT NULL,
        consent_given_on date NOT NULL,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX participant_special_org_idx ON outcomes.participant_special (org_id, project_id);

      ALTER TABLE outcomes.participant_entry ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.participant_entry FORCE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.participant_special ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.participant_special FORCE ROW LEVEL SECURITY;
      CREATE POLICY org_isolation ON outcomes.participant_entry USING (${orgPolicy}) WITH CHECK (${orgPolicy});
      CREATE POLICY org_isolation ON outcomes.participant_special USING (${orgPolicy}) WITH CHECK (${orgPolicy});
      -- The special row belongs to the same organisation's entry (the foreign key alone would accept another's enrolment id).
      CREATE POLICY same_entry ON outcomes.participant_special AS RESTRICTIVE FOR INSERT WITH CHECK (
        EXISTS (SELECT 1 FROM outcomes.participant_entry e WHERE e.enrolment_id = participant_special.enrolment_id
                AND e.org_id = participant_special.org_id AND e.project_id = participant_special.project_id));
      CREATE POLICY pooled_read ON outcomes.participant_entry FOR SELECT TO outcomes_pooled USING (true);
      CREATE POLICY pooled_read ON outcomes.participant_special FOR SELECT TO outcomes_pooled USING (true);
      GRANT SELECT, INSERT ON outcomes.participant_entry TO outcomes_app;
      GRANT UPDATE (gender, birth_year, labour_status, education, third_country_national, foreign_background, homeless, rural_area)
        ON outcomes.participant_entry TO outcomes_app;
      GRANT SELECT, INSERT, DELETE ON outcomes.participant_special TO outcomes_app;
      GRANT SELECT ON outcomes.participant_entry, outcomes.participant_special TO outcomes_pooled;

      -- Active at period end: the release needs each exit's enrolment and day, nothing else of it.
      CREATE POLICY pooled_read ON outcomes.exit_outcome FOR SELECT TO outcomes_pooled USING (true);
      GRANT SELECT (enrolment_id, project_id, exit_date) ON outcomes.exit_outcome TO outcomes_pooled;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE SELECT (enrolment_id, project_id, exit_date) ON outcomes.exit_outcome FROM outcomes_pooled;
      DROP POLICY pooled_read ON outcomes.exit_outcome;
      DROP TABLE outcomes.participant_special, outcomes.participant_entry;
    `);
  }
}
