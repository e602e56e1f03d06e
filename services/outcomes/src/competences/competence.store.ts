import type { EntityManager } from 'typeorm';

export interface BadgeRow {
  id: string;
  orgId: string;
  projectId: string | null;
  code: string;
  names: { fi: string; sv: string; en: string };
  criteriaTexts: { fi: string; sv: string; en: string };
  issuerName: string;
}

export interface BadgeAwardRow {
  id: string;
  orgId: string;
  enrolmentId: string;
  projectId: string;
  badgeId: string;
  awardedOn: string;
  evidence: string | null;
}

export interface QualificationUnitRow {
  id: string;
  orgId: string;
  enrolmentId: string;
  projectId: string;
  unitCode: string;
  unitName: string | null;
  qualificationCode: string;
  qualificationName: string | null;
  passedOn: string;
}

const badgeColumns = `b.id, b.org_id AS "orgId", b.project_id AS "projectId", b.code, b.issuer_name AS "issuerName",
  json_build_object('fi', b.name_fi, 'sv', b.name_sv, 'en', b.name_en) AS names,
  json_build_object('fi', b.criteria_fi, 'sv', b.criteria_sv, 'en', b.criteria_en) AS "criteriaTexts"`;
const awardColumns = `a.id, a.org_id AS "orgId", a.enrolment_id AS "enrolmentId", a.project_id AS "projectId", a.badge_id AS "badgeId",
  a.awarded_on AS "awardedOn", a.evidence`;
const unitColumns = `q.id, q.org_id AS "orgId", q.enrolment_id AS "enrolmentId", q.project_id AS "projectId", q.unit_code AS "unitCode", q.unit_name AS "unitName",
  q.qualification_code AS "qualificationCode", q.qualification_name AS "qualificationName", q.passed_on AS "passedOn"`;

export const competenceStore = {
  /** The organisation's own catalogue and, when given, the project's. */
  catalogue(manager: EntityManager, orgId: string, projectId: string | null): Promise<BadgeRow[]> {
    return manager.query(
      `/* badges */ SELECT ${badgeColumns} FROM outcomes.badge b
       WHERE (b.org_id = $1 AND b.project_id IS NULL) OR b.project_id = $2 ORDER BY b.project_id NULLS FIRST, b.code`,
      [orgId, projectId],
    );
  },
  badgesByIds(manager: EntityManager, ids: string[]): Promise<BadgeRow[]> {
    return manager.query(`/* badgesByIds */ SELECT ${badgeColumns} FROM outcomes.badge b WHERE b.id = ANY($1)`, [ids]);
  },
  /** Inserts a badge; null when its code is taken in that catalogue. */
  async insertBadge(manager: EntityManager, b: Omit<BadgeRow, 'id'>): Promise<string | null> {
    const rows = await manager.query(
      `/* defineBadge */ INSERT INTO outcomes.badge (org_id, project_id, code, name_fi, name_sv, name_en, criteria_fi, criteria_sv, criteria_en, issuer_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
      [b.orgId, b.projectId, b.code, b.names.fi, b.names.sv, b.names.en, b.criteriaTexts.fi, b.criteriaTexts.sv, b.criteriaTexts.en, b.issuerName],
    );
    return rows[0]?.id ?? null;
  },
  awardPage(manager: EntityManager, limit: number, after?: { day: string; id: string }): Promise<BadgeAwardRow[]> {
    return manager.query(
      `/* badgeAwards */ SELECT ${awardColumns} FROM outcomes.badge_award a
       WHERE $2::date IS NULL OR a.awarded_on < $2 OR (a.awarded_on = $2 AND a.id > $3) ORDER BY a.awarded_on DESC, a.id LIMIT $1`,
      [limit, after?.day ?? null, after?.id ?? null],
    );
  },
  awardsByIds(manager: EntityManager, ids: string[]): Promise<BadgeAwardRow[]> {
    return manager.query(`/* badgeAwardsByIds */ SELECT ${awardColumns} FROM outcomes.badge_award a WHERE a.id = ANY($1)`, [ids]);
  },
  awardsOfEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<BadgeAwardRow[]> {
    return manager.query(
      `/* badgeAwardsOfEnrolments */ SELECT ${awardColumns} FROM outcomes.badge_award a WHERE a.enrolment_id = ANY($1) ORDER BY a.awarded_on, a.id`,
      [enrolmentIds],
    );
  },
  /** Inserts an award; null when the enrolment already has the badge. */
  async insertAward(manager: EntityManager, a: Omit<BadgeAwardRow, 'id'> & { recordedBy: string }): Promise<string | null> {
    const rows = await manager.query(
      `/* awardBadge */ INSERT INTO outcomes.badge_award (org_id, enrolment_id, project_id, badge_id, awarded_on, evidence, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (enrolment_id, badge_id) DO NOTHING RETURNING id`,
      [a.orgId, a.enrolmentId, a.projectId, a.badgeId, a.awardedOn, a.evidence, a.recordedBy],
    );
    return rows[0]?.id ?? null;
  },
  async removeAward(manager: EntityManager, id: string): Promise<boolean> {
    // a CTE: TypeORM answers a bare DELETE … RETURNING with [rows, affected], never an empty list
    const [row] = await manager.query(`/* withdrawBadgeAward */ WITH gone AS (DELETE FROM outcomes.badge_award WHERE id = $1 RETURNING id) SELECT count(*)::int AS n FROM gone`, [id]);
    return row.n > 0;
  },
  unitPage(manager: EntityManager, limit: number, after?: { day: string; id: string }): Promise<QualificationUnitRow[]> {
    return manager.query(
      `/* qualificationUnits */ SELECT ${unitColumns} FROM outcomes.qualification_unit q
       WHERE $2::date IS NULL OR q.passed_on < $2 OR (q.passed_on = $2 AND q.id > $3) ORDER BY q.passed_on DESC, q.id LIMIT $1`,
      [limit, after?.day ?? null, after?.id ?? null],
    );
  },
  unitsByIds(manager: EntityManager, ids: string[]): Promise<QualificationUnitRow[]> {
    return manager.query(`/* qualificationUnitsByIds */ SELECT ${unitColumns} FROM outcomes.qualification_unit q WHERE q.id = ANY($1)`, [ids]);
  },
  unitsOfEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<QualificationUnitRow[]> {
    return manager.query(
      `/* qualificationUnitsOfEnrolments */ SELECT ${unitColumns} FROM outcomes.qualification_unit q WHERE q.enrolment_id = ANY($1) ORDER BY q.passed_on, q.id`,
      [enrolmentIds],
    );
  },
  async insertUnit(manager: EntityManager, q: Omit<QualificationUnitRow, 'id'> & { orgId: string; recordedBy: string }): Promise<string | null> {
    const rows = await manager.query(
      `/* recordQualificationUnit */ INSERT INTO outcomes.qualification_unit (org_id, enrolment_id, project_id, unit_code, unit_name, qualification_code, qualification_name, passed_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (enrolment_id, qualification_code, unit_code) DO NOTHING RETURNING id`,
      [q.orgId, q.enrolmentId, q.projectId, q.unitCode, q.unitName, q.qualificationCode, q.qualificationName, q.passedOn, q.recordedBy],
    );
    return rows[0]?.id ?? null;
  },
  async removeUnit(manager: EntityManager, id: string): Promise<boolean> {
    // a CTE: TypeORM answers a bare DELETE … RETURNING with [rows, affected], never an empty list
    const [row] = await manager.query(`/* withdrawQualificationUnit */ WITH gone AS (DELETE FROM outcomes.qualification_unit WHERE id = $1 RETURNING id) SELECT count(*)::int AS n FROM gone`, [id]);
    return row.n > 0;
  },
  async yearFigures(manager: EntityManager, projectId: string, year: number) {
    const [row] = await manager.query(
      `/* competenceFigures */ SELECT COALESCE(sum(badges_awarded), 0)::int AS "badgesAwarded", COALESCE(sum(qualification_units_passed), 0)::int AS "qualificationUnitsPassed"
       FROM outcomes.competence_year_summary WHERE project_id = $1 AND year = $2`,
      [projectId, year],
    );
    return row as { badgesAwarded: number; qualificationUnitsPassed: number };
  },
};
