import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FurtherDestinationReleases1741000000000 } from './1741000000000-further-destination-releases.js';

/**
 * Releases publish participants too (issue 13): entries of the year (per
 * partner, per quarter, and the ESF+ common output indicators of Regulation
 * (EU) 2021/1057 Annex I: labour-market status, age, education, gender and
 * the disadvantage categories), participants active at the year's end, and
 * unique participants across partners (distinct people, counted through
 * journeys.project_person_numbers, which gives a per-project person number
 * and never a key). Every new cell goes through the same audit as the exit
 * cells; unique participants is not additive, so it has its own rules (step
 * 7 below). The release function is replaced whole; earlier releases stay as
 * they were published, without participant cells. docs/disclosure-control.md
 * has the argument.
 *
 * Frozen SQL: the destination lists and the release structure below are
 * copied from migration 1741000000000 (src/releases/release-destinations.test.ts
 * compares them with exit-destination.ts), and the participant categories
 * are written out, so this SQL never changes when code changes.
 */
const qualityDestinations = ['EMPLOYED_OPEN_MARKET', 'SELF_EMPLOYED', 'VOCATIONAL_EDUCATION', 'HIGHER_EDUCATION', 'LANGUAGE_COURSE', 'FURTHER_PATH_IN_ORGANISATION'];
/** destination → [quality path, ESF+ status indicator or null] */
const furtherReleaseDestinations: Record<string, [boolean, string | null]> = {
  EMPLOYED_OPEN_MARKET: [true, 'IN_EMPLOYMENT'],
  SELF_EMPLOYED: [true, 'IN_EMPLOYMENT'],
  VOCATIONAL_EDUCATION: [true, 'IN_EDUCATION_OR_TRAINING'],
  HIGHER_EDUCATION: [true, 'IN_EDUCATION_OR_TRAINING'],
  LANGUAGE_COURSE: [true, 'IN_EDUCATION_OR_TRAINING'],
  FURTHER_PATH_IN_ORGANISATION: [true, 'IN_EDUCATION_OR_TRAINING'],
  PAY_SUBSIDY_OPEN_MARKET: [false, 'IN_EMPLOYMENT'],
  PAY_SUBSIDY_THIRD_SECTOR: [false, 'IN_EMPLOYMENT'],
  WORK_TRIAL: [false, 'JOB_SEARCHING'],
  SEARCH_IN_ANOTHER_TOWN: [false, 'JOB_SEARCHING'],
  UNEMPLOYED: [false, 'JOB_SEARCHING'],
  REHABILITATIVE_WORK_ACTIVITY: [false, null],
  KELA_VOCATIONAL_REHABILITATION: [false, null],
  OUT_OF_LABOUR_FORCE: [false, null],
  OTHER: [false, null],
  UNKNOWN: [false, null],
};

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: string[]) => `ARRAY[${xs.map(lit).join(', ')}]::text[]`;
const slices = ['quality', 'non_quality'] as const;
const sliceOf = (d: string) => (furtherReleaseDestinations[d]![0] ? 'quality' : 'non_quality');
const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/**
 * The destination dimension as a tree inside each quality slice. An ESF+
 * group lying inside one slice is a node of that slice's tree; a group that
 * spans both slices (IN_EMPLOYMENT: open-market jobs are quality paths,
 * pay-subsidy work is not) gets one hidden node per slice ('v:<group>:<slice>')
 * and its published cell is a row over the two halves.
 */
function destinationStructure() {
  const groups = [...new Set(Object.values(furtherReleaseDestinations).map(([, esf]) => esf).filter((g): g is string => g !== null))];
  const nodeOf = (d: string) => {
    const esf = furtherReleaseDestinations[d]![1];
    if (!esf) return null;
    const spans = new Set(Object.entries(furtherReleaseDestinations).filter(([, [, g]]) => g === esf).map(([x]) => sliceOf(x))).size > 1;
    return spans ? `v:${esf}:${sliceOf(d)}` : `esf:${esf}`;
  };
  const tree: string[] = [];
  const rows: string[] = [];
  for (const slice of slices) {
    const dests = Object.keys(furtherReleaseDestinations).filter((d) => sliceOf(d) === slice);
    const top = [...new Set(dests.map((d) => nodeOf(d) ?? `dest:${d}`))];
    tree.push(['T', slice, ...top].join('|'));
    for (const node of top.filter((t) => !t.startsWith('dest:'))) {
      tree.push(['T', node, ...dests.filter((d) => nodeOf(d) === node).map((d) => `dest:${d}`)].join('|'));
    }
  }
  for (const g of groups) {
    const halves = [...new Set(Object.keys(furtherReleaseDestinations).filter((d) => furtherReleaseDestinations[d]![1] === g).map(nodeOf))];
    if (halves.length > 1) rows.push(['R', `esf:${g}`, ...halves].join('|'));
  }
  // destination → the group cells it counts towards
  const memberships = Object.keys(furtherReleaseDestinations).map((d) => {
    const node = nodeOf(d);
    const cells = node ? (node.startsWith('v:') ? [node, `esf:${furtherReleaseDestinations[d]![1]}`] : [node]) : [];
    return `(${lit(d)}, ${arr(cells)})`;
  });
  const virtual = [...new Set(Object.keys(furtherReleaseDestinations).map(nodeOf).filter((n): n is string => !!n && n.startsWith('v:')))];
  return { tree, rows, memberships: memberships.join(', '), groups, virtual };
}

const dest = destinationStructure();

/** Cells every release has, in their published order, and the relations between them. */
const staticCells = [
  'exits', 'quality', 'non_quality', 'qualification', 'no_qualification',
  ...Object.keys(furtherReleaseDestinations).map((d) => `dest:${d}`),
  ...dest.groups.map((g) => `esf:${g}`),
  ...dest.virtual,
  ...months.flatMap((m) => ['exits', ...slices].map((s) => `month:${m}:${s}`)),
  ...[1, 2, 3, 4].flatMap((q) => ['exits', ...slices].map((s) => `quarter:${q}:${s}`)),
];
const staticRelations = [
  'T|exits|quality|non_quality',
  'T|exits|qualification|no_qualification',
  ...slices.map((s) => `T|${s}|${[1, 2, 3, 4].map((q) => `quarter:${q}:${s}`).join('|')}`),
  ...slices.flatMap((s) => [1, 2, 3, 4].map((q) => `T|quarter:${q}:${s}|${months.slice(3 * q - 3, 3 * q).map((m) => `month:${m}:${s}`).join('|')}`)),
  ...dest.tree,
  ...dest.rows,
  ...months.map((m) => `R|month:${m}:exits|month:${m}:quality|month:${m}:non_quality`),
  ...[1, 2, 3, 4].map((q) => `R|quarter:${q}:exits|quarter:${q}:quality|quarter:${q}:non_quality`),
];

/** Participant categories (frozen): each tree below has the year's entries as its root. */
export const participantTrees: Record<string, string[]> = {
  gender: ['FEMALE', 'MALE', 'NON_BINARY'],
  status: ['UNEMPLOYED_ALL', 'INACTIVE', 'EMPLOYED'],
  education: ['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'],
  age: ['UNDER_18', '18_29', '30_54', '55_PLUS'],
};
/** Disadvantage categories: each is a yes/no split of entries (the "no" half a hidden node). */
export const participantCategories = ['DISABILITY', 'THIRD_COUNTRY_NATIONAL', 'FOREIGN_BACKGROUND', 'MINORITY', 'HOMELESS', 'RURAL_AREA'];
const participantCells = [
  'pt:entries', 'pt:active', 'pt:unique',
  ...[1, 2, 3, 4].map((q) => `pt:quarter:${q}`),
  ...Object.entries(participantTrees).flatMap(([dim, values]) => values.map((x) => `pt:${dim}:${x}`)),
  'pt:status:UNEMPLOYED', 'pt:status:LONG_TERM_UNEMPLOYED',
  ...participantCategories.flatMap((c) => [`pt:cat:${c}`, `v:pt:no:${c}`]),
];
/** Placement kinds (frozen from migration 1742000000000): started and ended per kind, each a tree under its total. */
export const placementKinds = ['WORK_TRIAL', 'PAY_SUBSIDY_OPEN_MARKET', 'PAY_SUBSIDY_THIRD_SECTOR', 'EMPLOYMENT_WITHIN_ORGANISATION', 'REHABILITATIVE_WORK_ACTIVITY'];
const placementCells = [
  ...['started', 'ended'].flatMap((w) => [`pl:${w}`, ...placementKinds.map((kind) => `pl:${w}:${kind}`)]),
  'cp:badges_awarded', 'cp:qualification_units_passed',
];
const placementRelations = ['started', 'ended'].map((w) => `T|pl:${w}|${placementKinds.map((kind) => `pl:${w}:${kind}`).join('|')}`);
const participantRelations = [
  `T|pt:entries|${[1, 2, 3, 4].map((q) => `pt:quarter:${q}`).join('|')}`,
  ...Object.entries(participantTrees).map(([dim, values]) => `T|pt:entries|${values.map((x) => `pt:${dim}:${x}`).join('|')}`),
  'T|pt:status:UNEMPLOYED_ALL|pt:status:UNEMPLOYED|pt:status:LONG_TERM_UNEMPLOYED',
  ...participantCategories.map((c) => `T|pt:entries|pt:cat:${c}|v:pt:no:${c}`),
];

export class ParticipantReleases1743000000001 implements MigrationInterface {
  name = 'ParticipantReleases1743000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- The pooled number of distinct people of a release (not a sum over organisations, so not in the basis);
      -- only outcomes_pooled reads it, for the change audit of the next revision.
      CREATE TABLE outcomes.statistics_release_people (
        release_id uuid PRIMARY KEY REFERENCES outcomes.statistics_release (id),
        unique_people int NOT NULL
      );
      ALTER TABLE outcomes.statistics_release_people ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.statistics_release_people FORCE ROW LEVEL SECURITY;
      CREATE POLICY pooled_read ON outcomes.statistics_release_people FOR SELECT TO outcomes_pooled USING (true);
      CREATE POLICY pooled_insert ON outcomes.statistics_release_people FOR INSERT TO outcomes_pooled WITH CHECK (true);
      GRANT SELECT, INSERT ON outcomes.statistics_release_people TO outcomes_pooled;
    `);
    // CREATE OR REPLACE keeps the owner (outcomes_pooled) and the grants of 1738.
    await db.query(releaseFunction(Object.keys(furtherReleaseDestinations)));
    await db.query(scheduleFunction(true));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(scheduleFunction(false));
    await new FurtherDestinationReleases1741000000000().up(db);
    await db.query('DROP TABLE outcomes.statistics_release_people');
  }
}

/** The schedule: a release for every closed year with exits (or, from this migration, entries) and none yet. */
const scheduleFunction = (entries: boolean) => `
CREATE OR REPLACE FUNCTION outcomes.publish_due_statistics_releases()
RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $fn$
DECLARE
  due record;
  published int := 0;
BEGIN
  FOR due IN
    SELECT DISTINCT d.project_id, d.year FROM (
      SELECT e.project_id, e.year FROM outcomes.exit_year_summary e WHERE e.exits > 0${entries ? `
      UNION SELECT p.project_id, extract(year FROM p.enrolment_started_on)::int FROM outcomes.participant_entry p` : ''}
    ) d
    WHERE d.year < extract(year FROM current_date)
      AND NOT EXISTS (SELECT 1 FROM outcomes.statistics_release r WHERE r.project_id = d.project_id AND r.year = d.year)
    ORDER BY 1, 2
  LOOP
    -- One project-year's failure (e.g. no person numbers to count unique participants) is logged
    -- loudly and leaves that year without a release; it does not hold back the others.
    BEGIN
      PERFORM outcomes.publish_statistics_release(due.project_id, due.year, 'SCHEDULE', NULL);
      published := published + 1;
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'statistics release of project % year % failed: %', due.project_id, due.year, SQLERRM;
    END;
  END LOOP;
  RETURN published;
END
$fn$;
`;

/**
 * publish_statistics_release(project, year, reason, requested_by) → release id.
 *
 * 1. Cells per organisation from the summaries (exit_year_summary,
 *    exit_month_summary, follow_up_cohort_summary, soft_change_summary).
 * 2. Structure: every published count is a node of a tree whose root is a
 *    slice total (exits → quality | non_quality; each slice → partners,
 *    quarters → months, destinations with their ESF+ groups; exits →
 *    qualification; exits → completed | open per follow-up offset), or a
 *    "row" across the two slices (a partner's, month's, quarter's exits;
 *    IN_EMPLOYMENT), published only when its parts are known.
 * 3. Attackers: every organisation with figures in the year (it knows its own
 *    figures) and nobody (a funder). Known nodes: published ones, closed
 *    under the relations. For each attacker and each tree relation with a
 *    known total, the free mass U = rest(total) − Σ rest(maximal known nodes
 *    below it), where rest = pooled − the attacker's own. The audit demands
 *    U ∉ [1, k−1]: every hidden cell then lies in an interval at least k wide
 *    (docs/disclosure-control.md has the proof). The same is demanded of the
 *    change since the previous revision, whose hidden cells stay hidden.
 * 4. Secondary suppression hides the smallest known part carrying mass
 *    (its own parts too, where they would give it away) until a full pass
 *    finds nothing. If a slice total cannot be known, the whole slice's
 *    detail is hidden; if the exits total cannot, everything is.
 * 5. Averages: only when every single partner's removal leaves ≥ k
 *    contributors, and when they move, by ≥ k contributors for every attacker.
 * 6. Further destinations (this migration): 'further:<D>' counts the people
 *    with D as a further destination, beside 'dest:<D>' (primary). They are
 *    in no sum: a person may have up to four, and never the primary one. What
 *    one tells an attacker (pooled minus its own): primary D ≤ exits − further
 *    D, and Σ further ≤ 4 · exits. So for every attacker, on the figures and
 *    on the change: a published further cell's rest is 0 or ≥ k; if its rest
 *    is not 0, the slack exits − dest:D − further:D (people with neither) is
 *    ≥ k; and while a further cell with a small rest is hidden, the room
 *    4 · exits − Σ published further cells is 0 or ≥ k. A failing further
 *    cell is hidden; primary cells never are for a further cell's sake.
 * 7. Participants (this migration): 'pt:entries' (enrolments starting in the
 *    year, with an entry record) is the root of its own trees (partners,
 *    quarters, gender, labour-market status, education, age; each
 *    disadvantage category as yes | hidden no), audited like the exit trees;
 *    if it cannot be published, no participant cell is. 'pt:active' (entry
 *    records started before the year's end and not exited by then) is a
 *    standalone count: its rest and its change must be 0 or ≥ k.
 *    'pt:unique' counts distinct people among the year's entries
 *    (journeys.project_person_numbers; the release fails when it is
 *    missing). It is in no sum; for every attacker, on the figures and on
 *    the change, its rest (people only at other partners) and the overlap
 *    rest(entries) − rest(unique) (entries of people counted twice, some of
 *    them perhaps the attacker's own clients) must each be 0 or ≥ k, else it
 *    is hidden. Entries are never hidden for its sake.
 * 8. Placements and competences (this migration, summaries of 1742):
 *    placements started and ended, each a tree of kinds under its total
 *    ('pl:started' → 'pl:started:<kind>'), and badges awarded and
 *    qualification units passed as standalone counts ('cp:…'). One
 *    dimension each, no partner breakdown: audited like any tree or cell.
 */
const releaseFunction = (further: string[]) => `
CREATE OR REPLACE FUNCTION outcomes.publish_statistics_release(p_project uuid, p_year int, p_reason text, p_requested_by text)
RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $fn$
#variable_conflict use_column
DECLARE
  t0 timestamptz := clock_timestamp();
  k int;
  y0 date; y1 date;
  rev int;
  prev_id uuid;
  prev_hidden text[];
  offsets interval[];
  names text[]; n int;
  orgs uuid[]; m int;
  ix jsonb;
  v numeric[]; pv numeric[];
  has_prev boolean[];
  pub boolean[]; known boolean[]; virt boolean[]; via int[];
  rels text[];
  r_kind char[]; r_parent int[]; r_start int[]; r_kids int[]; r_delta boolean[]; nrel int;
  node_rel int[]; node_childrel int[];
  rest numeric[]; kk numeric[];
  a int; ph int; r int; i int; j int; c int; best int; p int; unk int;
  u numeric; s numeric; violation boolean; passes int := 0;
  primary_count int; new_id uuid; hidden_count int;
  soft record; soft_names text[] := '{}'; soft_vals numeric[] := '{}'; soft_sup boolean[] := '{}';
  slice_roots int[];
  stack int[]; todo int[]; r2 int; chk int; trial boolean[]; tgt int; nxt int; guard int;
  clean int := 0; att int := 0;
  fur int[]; fur_dest int[]; ex int; fcell int; room numeric; small_hidden boolean; furthest int;
  en int; uq int; unique_people int := 0; has_entries boolean;
BEGIN
  IF p_year IS NULL OR p_year < 1 OR p_year > 9999 THEN RAISE EXCEPTION 'year out of range' USING ERRCODE = '22008'; END IF;
  IF p_year >= extract(year FROM current_date) THEN RAISE EXCEPTION 'year % is not closed', p_year USING ERRCODE = '22023'; END IF;
  IF p_reason NOT IN ('SCHEDULE', 'ON_DEMAND') THEN RAISE EXCEPTION 'unknown reason' USING ERRCODE = '22023'; END IF;
  -- one publisher per project-year at a time
  PERFORM pg_advisory_xact_lock(hashtextextended(p_project::text || ':' || p_year, 0));
  y0 := make_date(p_year, 1, 1);
  y1 := make_date(p_year + 1, 1, 1);
  SELECT COALESCE((SELECT min_cell_size FROM outcomes.project_setting WHERE project_id = p_project), 5) INTO k;
  SELECT id, revision INTO prev_id, rev FROM outcomes.statistics_release
   WHERE project_id = p_project AND year = p_year ORDER BY revision DESC LIMIT 1;
  rev := COALESCE(rev, 0) + 1;
  IF prev_id IS NOT NULL THEN
    SELECT array_agg(nm) INTO prev_hidden FROM outcomes.statistics_release r,
      unnest(r.cell_names, r.cell_suppressed) AS x(nm, sup) WHERE r.id = prev_id AND sup;
  END IF;
  prev_hidden := COALESCE(prev_hidden, '{}');

  -- Follow-up offsets of the year's exits that every exit has and that are all due by now.
  SELECT COALESCE(array_agg(after ORDER BY after), '{}') INTO offsets FROM (
    SELECT f.after FROM outcomes.follow_up_cohort_summary f
    WHERE f.project_id = p_project AND f.exit_year = p_year AND (y1 - 1 + f.after)::date < current_date
    GROUP BY f.after
    HAVING sum(f.scheduled) = (SELECT COALESCE(sum(exits), 0) FROM outcomes.exit_year_summary e WHERE e.project_id = p_project AND e.year = p_year)
  ) o;

  SELECT COALESCE(array_agg(DISTINCT org_id ORDER BY org_id), '{}') INTO orgs FROM (
    SELECT org_id FROM outcomes.exit_year_summary WHERE project_id = p_project AND year = p_year
    UNION SELECT org_id FROM outcomes.soft_change_summary WHERE project_id = p_project AND month >= y0 AND month < y1
    UNION SELECT b.org_id FROM outcomes.statistics_release_basis b WHERE b.release_id = prev_id
    UNION SELECT org_id FROM outcomes.placement_year_summary WHERE project_id = p_project AND year = p_year
    UNION SELECT org_id FROM outcomes.competence_year_summary WHERE project_id = p_project AND year = p_year
    UNION SELECT p.org_id FROM outcomes.participant_entry p
      WHERE p.project_id = p_project AND p.enrolment_started_on < y1
        AND NOT EXISTS (SELECT 1 FROM outcomes.exit_outcome x WHERE x.enrolment_id = p.enrolment_id AND x.exit_date < y0)
  ) o;
  m := cardinality(orgs);

  names := ${arr(staticCells)}
    || ARRAY(SELECT 'partner:' || o || ':' || x FROM unnest(orgs) o, unnest(ARRAY['exits', 'quality', 'non_quality']) x)
    || ARRAY(SELECT 'fu:' || f || ':' || x FROM unnest(offsets) f, unnest(ARRAY['completed', 'open', 'employed', 'not_employed']) x)
    || ARRAY['fu:completed']
    || ${arr(further.map((d) => `further:${d}`))}
    || ${arr(participantCells)}
    || ${arr(placementCells)}
    || ARRAY(SELECT 'pt:partner:' || o FROM unnest(orgs) o);
  n := cardinality(names);
  SELECT jsonb_object_agg(nm, i) INTO ix FROM unnest(names) WITH ORDINALITY AS x(nm, i);
  ex := (ix ->> 'exits')::int;
  fur := ARRAY(SELECT (ix ->> nm)::int FROM unnest(names) nm WHERE nm LIKE 'further:%' ORDER BY 1);
  fur_dest := ARRAY(SELECT (ix ->> ('dest:' || substr(names[f0], 9)))::int FROM unnest(fur) f0 ORDER BY f0);
  en := (ix ->> 'pt:entries')::int;
  uq := (ix ->> 'pt:unique')::int;

  -- Values: v[a*n + i] is organisation a's value of cell i; a = 0 is the pooled value.
  WITH ey AS (
    SELECT org_id, destination AS d, qualification_gained AS g, exits AS x FROM outcomes.exit_year_summary
    WHERE project_id = p_project AND year = p_year
  ), dm(d, cells) AS (VALUES ${dest.memberships}),
  em AS (
    SELECT org_id, to_char(month, 'MM') AS mm, ((extract(month FROM month)::int - 1) / 3 + 1)::text AS q,
           CASE WHEN quality_path THEN 'quality' ELSE 'non_quality' END AS s, exits AS x
    FROM outcomes.exit_month_summary WHERE project_id = p_project AND month >= y0 AND month < y1
  ), fu AS (
    SELECT org_id, after, completed, scheduled - completed AS open, employed, completed - employed AS not_employed
    FROM outcomes.follow_up_cohort_summary WHERE project_id = p_project AND exit_year = p_year AND after = ANY (offsets)
  ), pe AS (
    -- the year's entries per organisation, one pass, every category a filtered count
    SELECT e.org_id, count(*) AS entries,
      count(*) FILTER (WHERE extract(quarter FROM e.enrolment_started_on) = 1) AS q1,
      count(*) FILTER (WHERE extract(quarter FROM e.enrolment_started_on) = 2) AS q2,
      count(*) FILTER (WHERE extract(quarter FROM e.enrolment_started_on) = 3) AS q3,
      count(*) FILTER (WHERE extract(quarter FROM e.enrolment_started_on) = 4) AS q4,
      count(*) FILTER (WHERE e.gender = 'FEMALE') AS female, count(*) FILTER (WHERE e.gender = 'MALE') AS male,
      count(*) FILTER (WHERE e.gender = 'NON_BINARY') AS non_binary,
      count(*) FILTER (WHERE e.labour_status = 'UNEMPLOYED') AS unemployed, count(*) FILTER (WHERE e.labour_status = 'LONG_TERM_UNEMPLOYED') AS ltu,
      count(*) FILTER (WHERE e.labour_status = 'INACTIVE') AS inactive, count(*) FILTER (WHERE e.labour_status = 'EMPLOYED') AS employed,
      count(*) FILTER (WHERE e.education = 'ISCED_0_2') AS isced02, count(*) FILTER (WHERE e.education = 'ISCED_3_4') AS isced34,
      count(*) FILTER (WHERE e.education = 'ISCED_5_8') AS isced58,
      count(*) FILTER (WHERE p_year - e.birth_year < 18) AS under18, count(*) FILTER (WHERE p_year - e.birth_year BETWEEN 18 AND 29) AS a1829,
      count(*) FILTER (WHERE p_year - e.birth_year BETWEEN 30 AND 54) AS a3054, count(*) FILTER (WHERE p_year - e.birth_year >= 55) AS a55,
      count(*) FILTER (WHERE s.disability) AS disability, count(*) FILTER (WHERE e.third_country_national) AS tcn,
      count(*) FILTER (WHERE e.foreign_background) AS foreign_bg, count(*) FILTER (WHERE s.minority) AS minority,
      count(*) FILTER (WHERE e.homeless) AS homeless, count(*) FILTER (WHERE e.rural_area) AS rural
    FROM outcomes.participant_entry e LEFT JOIN outcomes.participant_special s ON s.enrolment_id = e.enrolment_id
    WHERE e.project_id = p_project AND e.enrolment_started_on >= y0 AND e.enrolment_started_on < y1
    GROUP BY e.org_id
  ), vals(cell, org_id, x) AS (
    SELECT 'exits', org_id, x FROM ey
    UNION ALL SELECT CASE WHEN d IN (${qualityDestinations.map(lit).join(', ')}) THEN 'quality' ELSE 'non_quality' END, org_id, x FROM ey
    UNION ALL SELECT CASE WHEN g THEN 'qualification' ELSE 'no_qualification' END, org_id, x FROM ey
    UNION ALL SELECT 'dest:' || d, org_id, x FROM ey
    UNION ALL SELECT cell, org_id, x FROM ey JOIN dm USING (d) CROSS JOIN LATERAL unnest(dm.cells) AS cell
    UNION ALL SELECT 'partner:' || org_id || ':' || y, org_id, x FROM ey
      CROSS JOIN LATERAL unnest(ARRAY['exits', CASE WHEN d IN (${qualityDestinations.map(lit).join(', ')}) THEN 'quality' ELSE 'non_quality' END]) AS y
    UNION ALL SELECT b || ':' || y, org_id, x FROM em
      CROSS JOIN LATERAL unnest(ARRAY['month:' || mm, 'quarter:' || q]) AS b CROSS JOIN LATERAL unnest(ARRAY['exits', s]) AS y
    UNION ALL SELECT 'fu:' || after || ':' || y, org_id, z FROM fu
      CROSS JOIN LATERAL (VALUES ('completed', completed), ('open', open), ('employed', employed), ('not_employed', not_employed)) AS w(y, z)
    UNION ALL SELECT 'fu:completed', org_id, completed FROM fu${further.length ? `
    UNION ALL SELECT 'further:' || destination, org_id, people FROM outcomes.exit_further_summary
      WHERE project_id = p_project AND month >= y0 AND month < y1` : ''}

    UNION ALL SELECT w.cell, pe.org_id, w.x FROM pe CROSS JOIN LATERAL (VALUES
      ('pt:entries', entries), ('pt:partner:' || pe.org_id, entries),
      ('pt:quarter:1', q1), ('pt:quarter:2', q2), ('pt:quarter:3', q3), ('pt:quarter:4', q4),
      ('pt:gender:FEMALE', female), ('pt:gender:MALE', male), ('pt:gender:NON_BINARY', non_binary),
      ('pt:status:UNEMPLOYED', unemployed), ('pt:status:LONG_TERM_UNEMPLOYED', ltu), ('pt:status:UNEMPLOYED_ALL', unemployed + ltu),
      ('pt:status:INACTIVE', inactive), ('pt:status:EMPLOYED', employed),
      ('pt:education:ISCED_0_2', isced02), ('pt:education:ISCED_3_4', isced34), ('pt:education:ISCED_5_8', isced58),
      ('pt:age:UNDER_18', under18), ('pt:age:18_29', a1829), ('pt:age:30_54', a3054), ('pt:age:55_PLUS', a55),
      ('pt:cat:DISABILITY', disability), ('v:pt:no:DISABILITY', entries - disability),
      ('pt:cat:THIRD_COUNTRY_NATIONAL', tcn), ('v:pt:no:THIRD_COUNTRY_NATIONAL', entries - tcn),
      ('pt:cat:FOREIGN_BACKGROUND', foreign_bg), ('v:pt:no:FOREIGN_BACKGROUND', entries - foreign_bg),
      ('pt:cat:MINORITY', minority), ('v:pt:no:MINORITY', entries - minority),
      ('pt:cat:HOMELESS', homeless), ('v:pt:no:HOMELESS', entries - homeless),
      ('pt:cat:RURAL_AREA', rural), ('v:pt:no:RURAL_AREA', entries - rural)) AS w(cell, x)
    UNION ALL SELECT 'pl:' || w.what || c.suffix, s.org_id, w.x FROM outcomes.placement_year_summary s
      CROSS JOIN LATERAL (VALUES ('started', s.started), ('ended', s.ended)) AS w(what, x)
      CROSS JOIN LATERAL (VALUES (''), (':' || s.kind)) AS c(suffix)
      WHERE s.project_id = p_project AND s.year = p_year
    UNION ALL SELECT w.cell, s.org_id, w.x FROM outcomes.competence_year_summary s
      CROSS JOIN LATERAL (VALUES ('cp:badges_awarded', s.badges_awarded), ('cp:qualification_units_passed', s.qualification_units_passed)) AS w(cell, x)
      WHERE s.project_id = p_project AND s.year = p_year
    UNION ALL SELECT 'pt:active', e.org_id, count(*) FROM outcomes.participant_entry e
      WHERE e.project_id = p_project AND e.enrolment_started_on < y1
        AND NOT EXISTS (SELECT 1 FROM outcomes.exit_outcome x WHERE x.enrolment_id = e.enrolment_id AND x.exit_date < y1)
      GROUP BY e.org_id
  ), agg AS (
    SELECT (ix ->> cell)::int AS i, array_position(orgs, org_id) AS a, sum(x) AS x FROM vals GROUP BY 1, 2
  ), pooled AS (SELECT i, 0 AS a, sum(x) AS x FROM agg GROUP BY i)
  SELECT array_agg(COALESCE(t.x, 0) ORDER BY g.a, g.i) INTO v
  FROM (SELECT a, i FROM generate_series(0, m) a CROSS JOIN generate_series(1, n) i) g
  LEFT JOIN (SELECT * FROM agg UNION ALL SELECT * FROM pooled) t ON t.a = g.a AND t.i = g.i;

  -- Unique participants: distinct people among the year's entries, numbered per project by journeys
  -- (same number, same person; never the key). Without that function no release: it would count wrong.
  has_entries := EXISTS (SELECT 1 FROM outcomes.participant_entry e
                         WHERE e.project_id = p_project AND e.enrolment_started_on >= y0 AND e.enrolment_started_on < y1);
  IF has_entries THEN
    IF to_regprocedure('journeys.project_person_numbers(uuid)') IS NULL THEN
      RAISE EXCEPTION 'release: journeys.project_person_numbers(uuid) is missing, unique participants cannot be counted' USING ERRCODE = '42883';
    END IF;
    FOR soft IN
      WITH people AS (
        SELECT e.org_id, pn.person FROM outcomes.participant_entry e
        LEFT JOIN journeys.project_person_numbers(p_project) pn ON pn.enrolment_id = e.enrolment_id
        WHERE e.project_id = p_project AND e.enrolment_started_on >= y0 AND e.enrolment_started_on < y1
      )
      SELECT org_id, count(DISTINCT person) AS people, count(*) - count(person) AS unnumbered FROM people GROUP BY GROUPING SETS ((org_id), ())
    LOOP
      IF soft.unnumbered > 0 THEN
        RAISE EXCEPTION 'release: % entries have no person number in journeys.project_person_numbers', soft.unnumbered USING ERRCODE = '23502';
      END IF;
      IF soft.org_id IS NULL THEN unique_people := soft.people; v[uq] := soft.people;
      ELSE v[array_position(orgs, soft.org_id) * n + uq] := soft.people;
      END IF;
    END LOOP;
  END IF;

  -- The previous revision's values in the same layout (0 where it had no such cell).
  SELECT array_agg(COALESCE(t.x, 0) ORDER BY g.a, g.i) INTO pv
  FROM (SELECT a, i FROM generate_series(0, m) a CROSS JOIN generate_series(1, n) i) g
  LEFT JOIN (
    SELECT (ix ->> nm)::int AS i, array_position(orgs, b.org_id) AS a, x FROM outcomes.statistics_release_basis b,
      unnest(b.cell_names, b.cell_values) AS y(nm, x) WHERE b.release_id = prev_id AND ix ? nm
    UNION ALL
    SELECT (ix ->> nm)::int, 0, sum(x) FROM outcomes.statistics_release_basis b,
      unnest(b.cell_names, b.cell_values) AS y(nm, x) WHERE b.release_id = prev_id AND ix ? nm GROUP BY 1
  ) t ON t.a = g.a AND t.i = g.i;
  -- Participant cells have a previous value when the previous revision had participant cells at all
  -- (a partner new to them counts from 0, so the partner tree's change is audited whole).
  SELECT array_agg(CASE WHEN nm LIKE 'pt:%' OR nm LIKE 'v:pt:%' OR nm LIKE 'pl:%' OR nm LIKE 'cp:%' THEN EXISTS (
           SELECT 1 FROM outcomes.statistics_release_people pp WHERE pp.release_id = prev_id)
         ELSE prev_id IS NOT NULL AND EXISTS (
           SELECT 1 FROM outcomes.statistics_release_basis b WHERE b.release_id = prev_id AND nm = ANY (b.cell_names))
         OR (nm NOT LIKE 'fu:%' AND nm NOT LIKE 'further:%') END ORDER BY i)
  INTO has_prev FROM unnest(names) WITH ORDINALITY AS x(nm, i);
  -- The pooled number of people is no sum of the organisations' numbers: it was stored apart.
  pv[uq] := COALESCE((SELECT unique_people FROM outcomes.statistics_release_people WHERE release_id = prev_id), 0);

  -- Relations: 'T|total|part|…' (a tree) or 'R|row|part|…' (a row across slices).
  rels := ${arr(staticRelations)}
    || ${arr(participantRelations)}
    || ${arr(placementRelations)}
    || ARRAY(SELECT 'T|pt:entries' || string_agg('|pt:partner:' || o, '' ORDER BY o) FROM unnest(orgs) o HAVING count(*) > 0)
    || ARRAY(SELECT 'T|' || s || string_agg('|partner:' || o || ':' || s, '' ORDER BY o) FROM unnest(ARRAY['quality', 'non_quality']) s, unnest(orgs) o GROUP BY s)
    || ARRAY(SELECT 'R|partner:' || o || ':exits|partner:' || o || ':quality|partner:' || o || ':non_quality' FROM unnest(orgs) o)
    || ARRAY(SELECT 'T|exits|fu:' || f || ':completed|fu:' || f || ':open' FROM unnest(offsets) f)
    || ARRAY(SELECT 'T|fu:' || f || ':completed|fu:' || f || ':employed|fu:' || f || ':not_employed' FROM unnest(offsets) f)
    || ARRAY(SELECT 'R|fu:completed' || COALESCE(string_agg('|fu:' || f || ':completed', ''), '') FROM unnest(offsets) f);
  nrel := cardinality(rels);
  r_kind := '{}'; r_parent := '{}'; r_start := '{}'; r_kids := '{}'; r_delta := '{}';
  node_rel := array_fill(NULL::int, ARRAY[n]);
  node_childrel := array_fill(NULL::int, ARRAY[n]);
  FOR r IN 1..nrel LOOP
    r_kind := r_kind || split_part(rels[r], '|', 1)::char;
    p := (ix ->> split_part(rels[r], '|', 2))::int;
    IF p IS NULL THEN RAISE EXCEPTION 'release: unknown cell in %', rels[r]; END IF;
    r_parent := r_parent || p;
    r_start := r_start || (cardinality(r_kids) + 1);
    r_delta := r_delta || has_prev[p];
    FOR j IN 3..cardinality(string_to_array(rels[r], '|')) LOOP
      c := (ix ->> split_part(rels[r], '|', j))::int;
      IF c IS NULL THEN RAISE EXCEPTION 'release: unknown cell in %', rels[r]; END IF;
      r_kids := r_kids || c;
      r_delta[r] := r_delta[r] AND has_prev[c];
      IF r_kind[r] = 'T' THEN node_rel[c] := r; END IF;
    END LOOP;
    IF r_kind[r] = 'T' AND node_childrel[p] IS NULL THEN node_childrel[p] := r; END IF;
  END LOOP;
  r_start := r_start || (cardinality(r_kids) + 1);
  slice_roots := ARRAY[(ix ->> 'quality')::int, (ix ->> 'non_quality')::int];

  -- Primary suppression: small pooled counts; and whatever an earlier revision hid stays hidden.
  virt := ARRAY(SELECT nm LIKE 'v:%' FROM unnest(names) AS nm);
  pub := ARRAY(SELECT NOT virt[i] AND NOT (v[i] BETWEEN 1 AND k - 1) AND NOT (names[i] = ANY (prev_hidden)) FROM generate_series(1, n) i);
  primary_count := (SELECT count(*) FROM generate_series(1, n) i WHERE NOT virt[i] AND v[i] BETWEEN 1 AND k - 1);
  rest := array_fill(0::numeric, ARRAY[n]);

  LOOP
    passes := passes + 1;
    IF passes > 10 * n THEN RAISE EXCEPTION 'release: suppression did not converge'; END IF;
    -- Known cells: published ones, closed under every relation.
    SELECT * INTO known, via FROM outcomes.release_known(pub, r_parent, r_start, r_kids);

    violation := false;
    -- A row across the slices may be published only when it adds nothing: at most one part unknown.
    FOR r IN 1..nrel LOOP
      CONTINUE WHEN r_kind[r] <> 'R' OR NOT pub[r_parent[r]];
      unk := 0;
      FOR j IN r_start[r]..r_start[r + 1] - 1 LOOP
        IF NOT known[r_kids[j]] THEN unk := unk + 1; END IF;
      END LOOP;
      IF unk >= 2 THEN pub[r_parent[r]] := false; violation := true; END IF;
    END LOOP;
    -- No exit cell is published when the exits total cannot be; no participant cell when the entries total cannot be.
    IF NOT pub[(ix ->> 'exits')::int] AND EXISTS (SELECT 1 FROM generate_series(1, n) i WHERE pub[i] AND names[i] !~ '^(pt|pl|cp):') THEN
      pub := ARRAY(SELECT pub[i] AND names[i] ~ '^(pt|pl|cp):' FROM generate_series(1, n) i);
      CONTINUE;
    END IF;
    IF NOT pub[en] AND EXISTS (SELECT 1 FROM generate_series(1, n) i WHERE pub[i] AND names[i] LIKE 'pt:%') THEN
      pub := ARRAY(SELECT pub[i] AND names[i] NOT LIKE 'pt:%' FROM generate_series(1, n) i);
      CONTINUE;
    END IF;
    -- The slices are audited one by one only when both slice totals are known: else no slice detail.
    IF NOT (known[slice_roots[1]] AND known[slice_roots[2]]) THEN
      FOR r IN 1..nrel LOOP
        CONTINUE WHEN r_kind[r] <> 'T' OR r_parent[r] = (ix ->> 'exits')::int OR names[r_parent[r]] ~ '^(pt|pl):';
        FOR j IN r_start[r]..r_start[r + 1] - 1 LOOP
          c := r_kids[j];
          IF pub[c] AND names[c] NOT LIKE 'fu:%' AND names[c] NOT IN ('qualification', 'no_qualification') THEN
            pub[c] := false; violation := true;
          END IF;
        END LOOP;
      END LOOP;
      FOR i IN 1..n LOOP
        IF pub[i] AND (names[i] LIKE 'partner:%' OR names[i] LIKE 'month:%' OR names[i] LIKE 'quarter:%' OR names[i] LIKE 'esf:%') THEN
          pub[i] := false; violation := true;
        END IF;
      END LOOP;
    END IF;
    IF violation THEN clean := 0; CONTINUE; END IF;

    -- Every attacker, on the figures (ph 1) and on the change since the previous revision (ph 2),
    -- round and round until all of them in a row find nothing; after each hide the known cells
    -- are computed afresh and the same attacker looks again.
    <<attackers>>
    WHILE clean <= m LOOP
      a := att;
      FOR ph IN 1..CASE WHEN prev_id IS NULL THEN 1 ELSE 2 END LOOP
        FOR i IN 1..n LOOP
          IF ph = 1 THEN rest[i] := v[i] - CASE WHEN a = 0 THEN 0 ELSE v[a * n + i] END;
          ELSE rest[i] := (v[i] - pv[i]) - CASE WHEN a = 0 THEN 0 ELSE v[a * n + i] - pv[a * n + i] END;
          END IF;
        END LOOP;
        -- kk[i]: rest of the maximal known nodes in i's subtree (i's own if known)
        kk := ARRAY(SELECT CASE WHEN known[i] THEN rest[i] ELSE 0 END FROM generate_series(1, n) i);
        FOR r IN REVERSE nrel..1 LOOP
          CONTINUE WHEN r_kind[r] <> 'T' OR known[r_parent[r]] OR node_childrel[r_parent[r]] <> r;
          s := 0;
          FOR j IN r_start[r]..r_start[r + 1] - 1 LOOP s := s + kk[r_kids[j]]; END LOOP;
          kk[r_parent[r]] := s;
        END LOOP;
        -- Checks: each tree relation's free mass (chk <= nrel), then each known cell (chk > nrel).
        FOR chk IN 1..nrel + n LOOP
          best := NULL;
          IF chk <= nrel THEN
            r := chk;
            CONTINUE WHEN r_kind[r] <> 'T' OR NOT known[r_parent[r]] OR (ph = 2 AND NOT r_delta[r]);
            s := 0;
            FOR j IN r_start[r]..r_start[r + 1] - 1 LOOP s := s + kk[r_kids[j]]; END LOOP;
            u := abs(rest[r_parent[r]] - s);
            CONTINUE WHEN u = 0 OR u >= k;
            -- Violation: hide the smallest published cell among the known nodes below the
            -- total that carry this attacker's rest (their mass joins the free mass) ...
            p := r_parent[r];
            stack := ARRAY(SELECT r_kids[j] FROM generate_series(r_start[r], r_start[r + 1] - 1) j);
            WHILE cardinality(stack) > 0 LOOP
              c := stack[1]; stack := stack[2:];
              IF known[c] AND pub[c] THEN
                IF rest[c] <> 0 AND (best IS NULL OR v[c] < v[best]) THEN best := c; END IF;
              ELSIF node_childrel[c] IS NOT NULL THEN
                stack := stack || ARRAY(SELECT r_kids[j] FROM generate_series(r_start[node_childrel[c]], r_start[node_childrel[c] + 1] - 1) j);
              END IF;
            END LOOP;
          ELSE
            -- a known cell whose rest (or change) is itself small
            r := 0;
            p := chk - nrel;
            CONTINUE WHEN NOT known[p] OR abs(rest[p]) = 0 OR abs(rest[p]) >= k OR (ph = 2 AND NOT has_prev[p]);
          END IF;
          violation := true;
          -- ... else the total itself gives the small mass away: hide it, or what derives it
          -- Else p itself must become unknown: follow how it was derived, back to a published cell
          -- (one that carries this attacker's rest first).
          tgt := CASE WHEN best IS NULL THEN p END;
          guard := 0;
          WHILE tgt IS NOT NULL AND best IS NULL AND guard < 50 LOOP
            guard := guard + 1;
            IF pub[tgt] THEN best := tgt; EXIT; END IF;
            EXIT WHEN via[tgt] = 0;
            r2 := abs(via[tgt]);
            nxt := NULL;
            FOR j IN r_start[r2] - 1..r_start[r2 + 1] - 1 LOOP
              c := CASE WHEN j = r_start[r2] - 1 THEN r_parent[r2] ELSE r_kids[j] END;
              -- up: the parts gave it; down: the total and the other parts gave it
              CONTINUE WHEN c = tgt OR NOT known[c] OR (via[tgt] > 0 AND c = r_parent[r2]);
              IF nxt IS NULL
                 OR (rest[c] <> 0) > (rest[nxt] <> 0)
                 OR ((rest[c] <> 0) = (rest[nxt] <> 0) AND (pub[c] AND v[c] > 0) > (pub[nxt] AND v[nxt] > 0))
                 OR ((rest[c] <> 0) = (rest[nxt] <> 0) AND (pub[c] AND v[c] > 0) = (pub[nxt] AND v[nxt] > 0) AND v[c] < v[nxt]) THEN
                nxt := c;
              END IF;
            END LOOP;
            tgt := nxt;
          END LOOP;
          -- Several routes give p away: hide published cells, smallest first, until p is unknown.
          IF best IS NULL THEN
            trial := pub;
            FOR c IN SELECT i FROM generate_series(1, n) i WHERE pub[i] ORDER BY v[i] = 0, v[i], i LOOP
              trial[c] := false;
              IF NOT (outcomes.release_known(trial, r_parent, r_start, r_kids)).known[p] THEN
                EXIT;
              END IF;
            END LOOP;
          END IF;
          IF best IS NULL THEN
            -- nothing left to hide that would help: publish nothing (always safe, ends the loop)
            pub := array_fill(false, ARRAY[n]);
            clean := 0;
            EXIT attackers;
          END IF;
          -- Hide it, and whatever would give it back: its parts when all are known, a row over it.
          todo := ARRAY[best];
          WHILE cardinality(todo) > 0 LOOP
            c := todo[1]; todo := todo[2:];
            CONTINUE WHEN NOT known[c] AND NOT pub[c];
            pub[c] := false; known[c] := false;
            FOR r2 IN 1..nrel LOOP
              IF r_kind[r2] = 'T' AND r_parent[r2] = c THEN
                unk := 0; best := NULL;
                FOR j IN r_start[r2]..r_start[r2 + 1] - 1 LOOP
                  IF NOT known[r_kids[j]] THEN unk := unk + 1;
                  ELSIF rest[r_kids[j]] <> 0 AND (best IS NULL OR v[r_kids[j]] < v[best]) THEN best := r_kids[j];
                  END IF;
                END LOOP;
                IF unk = 0 AND best IS NOT NULL THEN todo := todo || best; END IF;
              ELSIF r_kind[r2] = 'R' AND pub[r_parent[r2]] AND c = ANY (r_kids[r_start[r2]:r_start[r2 + 1] - 1]) THEN
                todo := todo || r_parent[r2];
              END IF;
            END LOOP;
          END LOOP;
          clean := 0;
          EXIT attackers;
        END LOOP;
        -- Unique participants (7.): its own rest is a known cell's (above); the overlap
        -- rest(entries) − rest(unique) must be 0 or ≥ k too, and entries must be known.
        IF pub[uq] AND NOT (ph = 2 AND NOT has_prev[uq])
           AND (NOT known[en] OR abs(rest[en] - rest[uq]) BETWEEN 1 AND k - 1) THEN
          pub[uq] := false; known[uq] := false;
          violation := true; clean := 0;
          EXIT attackers;
        END IF;
        -- Further destinations (6.): skipped for the change when the previous revision had none.
        CONTINUE WHEN cardinality(fur) = 0 OR (ph = 2 AND NOT has_prev[fur[1]]);
        room := 4 * rest[ex];
        small_hidden := false;
        furthest := NULL;
        FOR j IN 1..cardinality(fur) LOOP
          fcell := fur[j];
          IF NOT pub[fcell] THEN
            small_hidden := small_hidden OR abs(rest[fcell]) BETWEEN 1 AND k - 1;
            CONTINUE;
          END IF;
          room := room - rest[fcell];
          CONTINUE WHEN rest[fcell] = 0;
          IF furthest IS NULL OR v[fcell] < v[furthest] THEN furthest := fcell; END IF;
          -- people among the others' with neither D as primary nor as further: at least k
          CONTINUE WHEN rest[ex] - rest[fur_dest[j]] - rest[fcell] >= k;
          pub[fcell] := false; known[fcell] := false;
          violation := true; clean := 0;
          EXIT attackers;
        END LOOP;
        IF small_hidden AND room < k AND furthest IS NOT NULL THEN
          -- the hidden ones would share too little room: hide the smallest published one too
          pub[furthest] := false; known[furthest] := false;
          violation := true; clean := 0;
          EXIT attackers;
        END IF;
      END LOOP;
      clean := clean + 1;
      att := (att + 1) % (m + 1);
    END LOOP;
    EXIT WHEN NOT violation;
  END LOOP;
  -- A hidden cell that the published ones give away anyway (exits − quality, a sole partner)
  -- is published: it adds nothing, and the figures read consistently.
  pub := ARRAY(SELECT (pub[i] OR known[i]) AND NOT virt[i] FROM generate_series(1, n) i);

  -- Averages of distance travelled, per instrument.
  FOR soft IN
    WITH cur AS (
      SELECT instrument_id, org_id, sum(enrolments)::numeric AS n, sum(change_sum) AS s FROM outcomes.soft_change_summary
      WHERE project_id = p_project AND month >= y0 AND month < y1 GROUP BY 1, 2
    ), last_pub AS (
      SELECT DISTINCT ON (split_part(nm, ':', 2)) CASE WHEN nm LIKE 'soft:%' THEN split_part(nm, ':', 2)::uuid END AS instrument_id, r.id
      FROM outcomes.statistics_release r, unnest(r.cell_names, r.cell_suppressed) AS x(nm, sup)
      WHERE r.project_id = p_project AND r.year = p_year AND nm LIKE 'soft:%:average_change' AND NOT sup
      ORDER BY split_part(nm, ':', 2), r.revision DESC
    ), basis AS (
      SELECT b.release_id, b.org_id, CASE WHEN nm LIKE 'soft:%' THEN split_part(nm, ':', 2)::uuid END AS instrument_id, split_part(nm, ':', 3) AS what, x
      FROM outcomes.statistics_release_basis b, unnest(b.cell_names, b.cell_values) AS y(nm, x)
      WHERE (b.release_id = prev_id OR b.release_id IN (SELECT id FROM last_pub)) AND nm LIKE 'soft:%'
    ), per_org AS (
      SELECT i.instrument_id, o.org_id,
             COALESCE((SELECT c.n FROM cur c WHERE c.instrument_id = i.instrument_id AND c.org_id = o.org_id), 0) AS n,
             COALESCE((SELECT c.s FROM cur c WHERE c.instrument_id = i.instrument_id AND c.org_id = o.org_id), 0) AS s,
             COALESCE((SELECT b.x FROM basis b JOIN last_pub lp ON lp.id = b.release_id AND lp.instrument_id = b.instrument_id
                       WHERE b.instrument_id = i.instrument_id AND b.org_id = o.org_id AND b.what = 'enrolments'), 0) AS n0,
             COALESCE((SELECT b.x FROM basis b JOIN last_pub lp ON lp.id = b.release_id AND lp.instrument_id = b.instrument_id
                       WHERE b.instrument_id = i.instrument_id AND b.org_id = o.org_id AND b.what = 'change_sum'), 0) AS s0,
             COALESCE((SELECT b.x FROM basis b WHERE b.release_id = prev_id
                       AND b.instrument_id = i.instrument_id AND b.org_id = o.org_id AND b.what = 'enrolments'), 0) AS np
      FROM (SELECT instrument_id FROM cur UNION SELECT instrument_id FROM basis WHERE what = 'enrolments') i
      CROSS JOIN unnest(orgs) AS o(org_id)
    ), totals AS (
      SELECT instrument_id, sum(n) AS n, sum(s) AS s, sum(n0) AS n0, sum(np) AS np FROM per_org GROUP BY 1
    )
    SELECT t.instrument_id, t.n, t.s, t.n0,
           -- a count: no attacker's rest (nor the pooled value), nor its change, is 1..k-1
           (NOT (t.n BETWEEN 1 AND k - 1) AND NOT (abs(t.n - t.np) BETWEEN 1 AND k - 1)
             AND bool_and(NOT ((t.n - po.n) BETWEEN 1 AND k - 1) AND NOT (abs((t.n - po.n) - (t.np - po.np)) BETWEEN 1 AND k - 1))) AS count_ok,
           -- an average: every partner's removal leaves >= k contributors ...
           (t.n >= k AND bool_and(t.n - po.n >= k)) AS average_ok,
           -- ... and since the last published average, nothing moved, or every attacker saw >= k contributors move
           (t.n0 = 0 OR bool_and(po.n = po.n0 AND po.s = po.s0)
             OR (abs(t.n - t.n0) >= k AND bool_and(abs((t.n - po.n) - (t.n0 - po.n0)) >= k))) AS move_ok
    FROM totals t JOIN per_org po USING (instrument_id)
    GROUP BY t.instrument_id, t.n, t.s, t.n0, t.np
  LOOP
    soft_names := soft_names || ('soft:' || soft.instrument_id || ':enrolments') || ('soft:' || soft.instrument_id || ':average_change');
    soft_vals := soft_vals || ARRAY[CASE WHEN soft.count_ok AND NOT ('soft:' || soft.instrument_id || ':enrolments' = ANY (prev_hidden)) THEN soft.n END,
                                    CASE WHEN soft.average_ok AND soft.move_ok THEN round(soft.s / NULLIF(soft.n, 0), 3) END];
    soft_sup := soft_sup || ARRAY[NOT (soft.count_ok AND NOT ('soft:' || soft.instrument_id || ':enrolments' = ANY (prev_hidden))),
                                  soft.n > 0 AND NOT (soft.average_ok AND soft.move_ok)];
  END LOOP;

  SELECT count(*) INTO hidden_count FROM generate_series(1, n) i WHERE NOT virt[i] AND NOT pub[i];
  INSERT INTO outcomes.statistics_release (project_id, year, revision, reason, requested_by, min_cell_size,
    cell_names, cell_values, cell_suppressed, audited_cells, primary_suppressed, suppressed, attackers, compute_ms)
  SELECT p_project, p_year, rev, p_reason, p_requested_by, k,
    ARRAY(SELECT names[i] FROM generate_series(1, n) i WHERE NOT virt[i]) || soft_names || ARRAY['fu:due', 'fu:completed_6m', 'fu:employed_6m', 'min_cell_size'],
    ARRAY(SELECT CASE WHEN pub[i] THEN v[i] END FROM generate_series(1, n) i WHERE NOT virt[i]) || soft_vals || ARRAY[
      CASE WHEN pub[(ix ->> 'exits')::int] THEN v[(ix ->> 'exits')::int] * cardinality(offsets) END,
      CASE WHEN pub[(ix ->> 'fu:6 mons:completed')::int] THEN v[(ix ->> 'fu:6 mons:completed')::int] END,
      CASE WHEN pub[(ix ->> 'fu:6 mons:employed')::int] THEN v[(ix ->> 'fu:6 mons:employed')::int] END,
      k::numeric],
    ARRAY(SELECT NOT pub[i] FROM generate_series(1, n) i WHERE NOT virt[i]) || soft_sup || ARRAY[
      NOT pub[(ix ->> 'exits')::int],
      ix ? 'fu:6 mons:completed' AND NOT pub[(ix ->> 'fu:6 mons:completed')::int],
      ix ? 'fu:6 mons:employed' AND NOT pub[(ix ->> 'fu:6 mons:employed')::int],
      false],
    (SELECT count(*) FROM generate_series(1, n) i WHERE NOT virt[i]), primary_count, hidden_count, m + 1,
    round(extract(epoch FROM clock_timestamp() - t0)::numeric * 1000, 1)
  RETURNING id INTO new_id;

  INSERT INTO outcomes.statistics_release_basis (release_id, org_id, cell_names, cell_values)
  SELECT new_id, orgs[a],
    names || ARRAY(SELECT 'soft:' || instrument_id || ':' || w FROM outcomes.soft_change_summary sc, unnest(ARRAY['enrolments', 'change_sum']) w
                   WHERE sc.project_id = p_project AND sc.org_id = orgs[a] AND sc.month >= y0 AND sc.month < y1 GROUP BY instrument_id, w ORDER BY instrument_id, w),
    ARRAY(SELECT v[a * n + i] FROM generate_series(1, n) i)
      || ARRAY(SELECT CASE w WHEN 'enrolments' THEN sum(sc.enrolments)::numeric ELSE sum(sc.change_sum) END
               FROM outcomes.soft_change_summary sc, unnest(ARRAY['enrolments', 'change_sum']) w
               WHERE sc.project_id = p_project AND sc.org_id = orgs[a] AND sc.month >= y0 AND sc.month < y1 GROUP BY instrument_id, w ORDER BY instrument_id, w)
  FROM generate_series(1, m) a;
  INSERT INTO outcomes.statistics_release_people (release_id, unique_people) VALUES (new_id, unique_people);
  RETURN new_id;
END
$fn$;
`;
