import type { EntityManager } from 'typeorm';

/**
 * The caller organisation's own participant figures for a period, unsuppressed,
 * named as the release names them ('pt:…'). Row level security limits both
 * tables to the caller's organisation; special categories count only where
 * the consent row exists.
 */
export async function ownParticipantCells(manager: EntityManager, projectId: string, from: string, to: string): Promise<Map<string, number>> {
  const rows: Array<Record<string, string | number>> = await manager.query(
    `/* ownParticipantCells */ SELECT e.org_id AS "orgId", count(*)::int AS "pt:entries",
       count(*) FILTER (WHERE e.gender = 'FEMALE')::int AS "pt:gender:FEMALE", count(*) FILTER (WHERE e.gender = 'MALE')::int AS "pt:gender:MALE",
       count(*) FILTER (WHERE e.gender = 'NON_BINARY')::int AS "pt:gender:NON_BINARY",
       count(*) FILTER (WHERE e.labour_status IN ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED'))::int AS "pt:status:UNEMPLOYED_ALL",
       count(*) FILTER (WHERE e.labour_status = 'LONG_TERM_UNEMPLOYED')::int AS "pt:status:LONG_TERM_UNEMPLOYED",
       count(*) FILTER (WHERE e.labour_status = 'INACTIVE')::int AS "pt:status:INACTIVE",
       count(*) FILTER (WHERE e.labour_status = 'EMPLOYED')::int AS "pt:status:EMPLOYED",
       count(*) FILTER (WHERE extract(year FROM e.enrolment_started_on) - e.birth_year < 18)::int AS "pt:age:UNDER_18",
       count(*) FILTER (WHERE extract(year FROM e.enrolment_started_on) - e.birth_year BETWEEN 18 AND 29)::int AS "pt:age:18_29",
       count(*) FILTER (WHERE extract(year FROM e.enrolment_started_on) - e.birth_year >= 55)::int AS "pt:age:55_PLUS",
       count(*) FILTER (WHERE e.education = 'ISCED_0_2')::int AS "pt:education:ISCED_0_2",
       count(*) FILTER (WHERE e.education = 'ISCED_3_4')::int AS "pt:education:ISCED_3_4",
       count(*) FILTER (WHERE e.education = 'ISCED_5_8')::int AS "pt:education:ISCED_5_8",
       count(*) FILTER (WHERE s.disability)::int AS "pt:cat:DISABILITY", count(*) FILTER (WHERE s.minority)::int AS "pt:cat:MINORITY",
       count(*) FILTER (WHERE e.third_country_national)::int AS "pt:cat:THIRD_COUNTRY_NATIONAL",
       count(*) FILTER (WHERE e.foreign_background)::int AS "pt:cat:FOREIGN_BACKGROUND",
       count(*) FILTER (WHERE e.homeless)::int AS "pt:cat:HOMELESS", count(*) FILTER (WHERE e.rural_area)::int AS "pt:cat:RURAL_AREA"
     FROM outcomes.participant_entry e LEFT JOIN outcomes.participant_special s ON s.enrolment_id = e.enrolment_id
     WHERE e.project_id = $1 AND e.enrolment_started_on BETWEEN $2 AND $3 GROUP BY e.org_id`,
    [projectId, from, to],
  );
  const [{ active }]: Array<{ active: number }> = await manager.query(
    `/* ownActiveParticipants */ SELECT count(*)::int AS active FROM outcomes.participant_entry e
     WHERE e.project_id = $1 AND e.enrolment_started_on <= $2
       AND NOT EXISTS (SELECT 1 FROM outcomes.exit_outcome x WHERE x.enrolment_id = e.enrolment_id AND x.exit_date <= $2)`,
    [projectId, to],
  );
  const cells = new Map<string, number>([['pt:entries', 0], ['pt:active', active]]);
  for (const { orgId, ...counts } of rows) {
    for (const [name, n] of Object.entries(counts)) cells.set(name, (cells.get(name) ?? 0) + Number(n));
    cells.set(`pt:partner:${orgId}`, Number(counts['pt:entries']));
  }
  return cells;
}
