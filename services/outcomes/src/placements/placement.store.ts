import type { EntityManager } from 'typeorm';
import type { PlacementFunding, PlacementKind } from './placement-kind.js';

export interface PlacementRow {
  id: string;
  orgId: string;
  enrolmentId: string;
  projectId: string;
  kind: PlacementKind;
  programme: string | null;
  employerUnitId: string | null;
  employerBusinessId: string | null;
  employerName: string | null;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number;
  funding: PlacementFunding;
  supervisorStaffId: string | null;
  supervisorName: string | null;
  instructorStaffId: string | null;
  instructorName: string | null;
  erasedAt: Date | null;
}

export interface MentoringRow {
  placementId: string;
  projectId: string;
  month: string;
  hours: number;
}

export type PlacementFacts = Omit<PlacementRow, 'id' | 'erasedAt'>;

const columns = `p.id, p.org_id AS "orgId", p.enrolment_id AS "enrolmentId", p.project_id AS "projectId", p.kind, p.programme,
  p.employer_unit_id AS "employerUnitId", p.employer_business_id AS "employerBusinessId", p.employer_name AS "employerName",
  p.starts_on AS "startsOn", p.ends_on AS "endsOn", p.hours_per_week::float8 AS "hoursPerWeek", p.funding,
  p.supervisor_staff_id AS "supervisorStaffId", p.supervisor_name AS "supervisorName",
  p.instructor_staff_id AS "instructorStaffId", p.instructor_name AS "instructorName", p.erased_at AS "erasedAt"`;

export const placementStore = {
  /** A page of the organisation's placements, latest start first (keyset on placement_org_list_idx). */
  page(manager: EntityManager, limit: number, after?: { startsOn: string; id: string }): Promise<PlacementRow[]> {
    return manager.query(
      `/* placements */ SELECT ${columns} FROM outcomes.placement p
       WHERE $2::date IS NULL OR p.starts_on < $2 OR (p.starts_on = $2 AND p.id > $3)
       ORDER BY p.starts_on DESC, p.id LIMIT $1`,
      [limit, after?.startsOn ?? null, after?.id ?? null],
    );
  },
  byIds(manager: EntityManager, ids: string[]): Promise<PlacementRow[]> {
    return manager.query(`/* placementsByIds */ SELECT ${columns} FROM outcomes.placement p WHERE p.id = ANY($1)`, [ids]);
  },
  ofEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<PlacementRow[]> {
    return manager.query(
      `/* placementsOfEnrolments */ SELECT ${columns} FROM outcomes.placement p WHERE p.enrolment_id = ANY($1) ORDER BY p.starts_on, p.id`,
      [enrolmentIds],
    );
  },
  mentoringOf(manager: EntityManager, placementIds: string[]): Promise<MentoringRow[]> {
    return manager.query(
      `/* mentoringOfPlacements */ SELECT placement_id AS "placementId", project_id AS "projectId", month, hours::float8 AS hours
       FROM outcomes.placement_mentoring WHERE placement_id = ANY($1) ORDER BY month`,
      [placementIds],
    );
  },
  async insert(manager: EntityManager, p: PlacementFacts & { recordedBy: string }): Promise<string> {
    const [row] = await manager.query(
      `/* recordPlacement */ INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, programme, employer_unit_id, employer_business_id,
         employer_name, starts_on, ends_on, hours_per_week, funding, supervisor_staff_id, supervisor_name, instructor_staff_id, instructor_name, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [p.orgId, p.enrolmentId, p.projectId, p.kind, p.programme, p.employerUnitId, p.employerBusinessId, p.employerName, p.startsOn, p.endsOn,
        p.hoursPerWeek, p.funding, p.supervisorStaffId, p.supervisorName, p.instructorStaffId, p.instructorName, p.recordedBy],
    );
    return row.id as string;
  },
  /** The placement, locked until the transaction ends: two changes of one placement take turns. */
  async lock(manager: EntityManager, id: string): Promise<PlacementRow | undefined> {
    const [row] = await manager.query(`SELECT ${columns} FROM outcomes.placement p WHERE p.id = $1 FOR UPDATE`, [id]);
    return row;
  },
  async update(manager: EntityManager, p: PlacementRow) {
    await manager.query(
      `/* updatePlacement */ UPDATE outcomes.placement SET ends_on = $2, hours_per_week = $3, funding = $4, supervisor_staff_id = $5, supervisor_name = $6,
         instructor_staff_id = $7, instructor_name = $8 WHERE id = $1`,
      [p.id, p.endsOn, p.hoursPerWeek, p.funding, p.supervisorStaffId, p.supervisorName, p.instructorStaffId, p.instructorName],
    );
  },
  async remove(manager: EntityManager, id: string) {
    await manager.query(`/* withdrawPlacement */ DELETE FROM outcomes.placement WHERE id = $1`, [id]);
  },
  async recordMentoring(manager: EntityManager, m: { orgId: string; placementId: string; projectId: string; kind: PlacementKind; month: string; hours: number; recordedBy: string }) {
    await manager.query(
      `/* recordMentoring */ INSERT INTO outcomes.placement_mentoring AS m (org_id, placement_id, project_id, kind, month, hours, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (placement_id, month) DO UPDATE SET hours = EXCLUDED.hours, recorded_by = EXCLUDED.recorded_by`,
      [m.orgId, m.placementId, m.projectId, m.kind, m.month, m.hours, m.recordedBy],
    );
  },
  /** The organisation's own yearly figures per kind (row level security: its own summary rows). */
  yearFigures(manager: EntityManager, projectId: string, year: number): Promise<Array<{ kind: PlacementKind; started: number; ended: number; placementMonths: number; mentoringHours: number }>> {
    return manager.query(
      `/* placementFigures */ SELECT kind, started, ended, placement_months AS "placementMonths", mentoring_hours::float8 AS "mentoringHours"
       FROM outcomes.placement_year_summary WHERE project_id = $1 AND year = $2 ORDER BY kind`,
      [projectId, year],
    );
  },
};
