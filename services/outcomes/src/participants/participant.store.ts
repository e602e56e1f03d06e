import type { EntityManager } from 'typeorm';

export interface ParticipantRow {
  id: string;
  orgId: string;
  enrolmentId: string;
  projectId: string;
  enteredOn: string;
  gender: string;
  birthYear: number;
  labourMarketStatus: string;
  education: string;
  thirdCountryNational: boolean;
  foreignBackground: boolean;
  homeless: boolean;
  ruralArea: boolean;
}
export interface SpecialRow {
  enrolmentId: string;
  disability: boolean;
  minority: boolean;
  consentGivenOn: string;
}

const columns = `id, org_id AS "orgId", enrolment_id AS "enrolmentId", project_id AS "projectId",
  to_char(enrolment_started_on, 'YYYY-MM-DD') AS "enteredOn", gender, birth_year AS "birthYear", labour_status AS "labourMarketStatus",
  education, third_country_national AS "thirdCountryNational", foreign_background AS "foreignBackground", homeless, rural_area AS "ruralArea"`;

/** Entry records; row level security limits every statement to the caller's organisation. */
export const participantStore = {
  ofEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<ParticipantRow[]> {
    return manager.query(`/* participantEntries */ SELECT ${columns} FROM outcomes.participant_entry WHERE enrolment_id = ANY($1::uuid[])`, [enrolmentIds]);
  },
  specialOfEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<SpecialRow[]> {
    return manager.query(
      `/* participantSpecial */ SELECT enrolment_id AS "enrolmentId", disability, minority, to_char(consent_given_on, 'YYYY-MM-DD') AS "consentGivenOn"
       FROM outcomes.participant_special WHERE enrolment_id = ANY($1::uuid[])`,
      [enrolmentIds],
    );
  },
  /** Inserts the entry (once per enrolment); null when the enrolment has one already. */
  async insert(manager: EntityManager, row: Omit<ParticipantRow, 'id'>, recordedBy: string): Promise<ParticipantRow | null> {
    const rows: ParticipantRow[] = await manager.query(
      `/* recordParticipantEntry */ INSERT INTO outcomes.participant_entry (org_id, enrolment_id, project_id, enrolment_started_on, gender, birth_year,
         labour_status, education, third_country_national, foreign_background, homeless, rural_area, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (enrolment_id) DO NOTHING RETURNING ${columns}`,
      [row.orgId, row.enrolmentId, row.projectId, row.enteredOn, row.gender, row.birthYear, row.labourMarketStatus, row.education,
        row.thirdCountryNational, row.foreignBackground, row.homeless, row.ruralArea, recordedBy],
    );
    return rows[0] ?? null;
  },
  async insertSpecial(manager: EntityManager, entry: ParticipantRow, special: Omit<SpecialRow, 'enrolmentId'>, recordedBy: string): Promise<SpecialRow> {
    const [row]: SpecialRow[] = await manager.query(
      `/* recordSpecialCategories */ INSERT INTO outcomes.participant_special (enrolment_id, org_id, project_id, disability, minority, consent_given_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING enrolment_id AS "enrolmentId", disability, minority, to_char(consent_given_on, 'YYYY-MM-DD') AS "consentGivenOn"`,
      [entry.enrolmentId, entry.orgId, entry.projectId, special.disability, special.minority, special.consentGivenOn, recordedBy],
    );
    return row!;
  },
  /** Consent withdrawn: the special-category data goes; true when there was any. */
  async deleteSpecial(manager: EntityManager, enrolmentId: string): Promise<boolean> {
    // As a SELECT over the DELETE: TypeORM shapes a bare DELETE's answer differently.
    const [{ n }] = await manager.query(
      `/* withdrawSpecialCategories */ WITH d AS (DELETE FROM outcomes.participant_special WHERE enrolment_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM d`,
      [enrolmentId],
    );
    return n > 0;
  },
};
