import type pg from 'pg';
import type { Microdata, PublishedCells } from './disclosure-auditor.js';

/** What a project-year's figures were made of, per organisation (read as the database owner). */
export async function microdata(admin: pg.Client, projectId: string, year: number): Promise<Microdata> {
  const exits = await admin.query(
    `SELECT org_id AS org, extract(month FROM month)::int AS month, destination, qualification_gained AS qualification, exits AS n
     FROM outcomes.exit_summary WHERE project_id = $1 AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1) AND exits > 0`,
    [projectId, year],
  );
  const fu = await admin.query(
    `SELECT org_id AS org, after::text AS offset, x.status, x.n FROM outcomes.follow_up_cohort_summary,
       LATERAL (VALUES ('employed', employed), ('not_employed', completed - employed), ('open', scheduled - completed)) AS x(status, n)
     WHERE project_id = $1 AND exit_year = $2 AND x.n > 0`,
    [projectId, year],
  );
  const further = await admin.query(
    `SELECT org_id AS org, destination, sum(people)::int AS n FROM outcomes.exit_further_summary
     WHERE project_id = $1 AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1) GROUP BY 1, 2 HAVING sum(people) > 0`,
    [projectId, year],
  );
  const participants = await admin.query(
    `SELECT e.org_id AS org, d.dim, d.value, count(*)::int AS n
     FROM outcomes.participant_entry e LEFT JOIN outcomes.participant_special s ON s.enrolment_id = e.enrolment_id
     CROSS JOIN LATERAL (VALUES ('quarter', extract(quarter FROM e.enrolment_started_on)::text), ('gender', e.gender), ('status', e.labour_status),
       ('education', e.education),
       ('age', CASE WHEN $2 - e.birth_year < 18 THEN 'UNDER_18' WHEN $2 - e.birth_year < 30 THEN '18_29' WHEN $2 - e.birth_year < 55 THEN '30_54' ELSE '55_PLUS' END),
       ('cat:DISABILITY', CASE WHEN s.disability THEN 'yes' ELSE 'no' END), ('cat:MINORITY', CASE WHEN s.minority THEN 'yes' ELSE 'no' END),
       ('cat:THIRD_COUNTRY_NATIONAL', CASE WHEN e.third_country_national THEN 'yes' ELSE 'no' END),
       ('cat:FOREIGN_BACKGROUND', CASE WHEN e.foreign_background THEN 'yes' ELSE 'no' END),
       ('cat:HOMELESS', CASE WHEN e.homeless THEN 'yes' ELSE 'no' END), ('cat:RURAL_AREA', CASE WHEN e.rural_area THEN 'yes' ELSE 'no' END)) AS d(dim, value)
     WHERE e.project_id = $1 AND e.enrolment_started_on >= make_date($2, 1, 1) AND e.enrolment_started_on < make_date($2 + 1, 1, 1)
     GROUP BY 1, 2, 3`,
    [projectId, year],
  );
  const active = await admin.query(
    `SELECT e.org_id AS org, count(*)::int AS n FROM outcomes.participant_entry e
     WHERE e.project_id = $1 AND e.enrolment_started_on < make_date($2 + 1, 1, 1)
       AND NOT EXISTS (SELECT 1 FROM outcomes.exit_outcome x WHERE x.enrolment_id = e.enrolment_id AND x.exit_date < make_date($2 + 1, 1, 1))
     GROUP BY 1`,
    [projectId, year],
  );
  return { exits: exits.rows, followUps: fu.rows, further: further.rows, participants: participants.rows, active: active.rows };
}

/** Every published revision of a project-year, oldest first. */
export async function releasedCells(admin: pg.Client, projectId: string, year: number): Promise<PublishedCells[]> {
  const { rows } = await admin.query(
    `SELECT cell_names, cell_values, cell_suppressed FROM outcomes.statistics_release WHERE project_id = $1 AND year = $2 ORDER BY revision`,
    [projectId, year],
  );
  return rows.map((r) => new Map(r.cell_names.map((name: string, i: number) => [name, { value: r.cell_values[i] === null ? null : Number(r.cell_values[i]), suppressed: r.cell_suppressed[i] }])));
}

/**
 * What the live function of migrations 1733/1734 (the code before releases)
 * answers for the same project-year: kept in the database, no longer
 * executable by the service, run here as the owner to show what it leaked.
 * Its follow-up cells count follow-ups due in the year, not the year's exits: left out.
 */
export async function legacyCells(admin: pg.Client, projectId: string, year: number, orgId: string): Promise<PublishedCells> {
  await admin.query('BEGIN');
  try {
    await admin.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const { rows } = await admin.query(`SELECT cell, value, suppressed FROM outcomes.pooled_project_metrics($1, $2)`, [projectId, year]);
    return new Map(rows.filter((r) => !r.cell.startsWith('fu:')).map((r) => [r.cell, { value: r.value === null ? null : Number(r.value), suppressed: r.suppressed }]));
  } finally {
    await admin.query('COMMIT');
  }
}

/** Offsets a set of releases reports follow-ups for ('28 days', '3 mons', …). */
export function offsetsOf(releases: PublishedCells[]): string[] {
  return [...new Set(releases.flatMap((cells) => [...cells.keys()].filter((n) => /^fu:.+:open$/.test(n)).map((n) => n.split(':')[1]!)))];
}
