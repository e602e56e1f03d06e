import { allDestinations, isQualityPath, polunAskeleet } from '@polku/outcomes';
import type pg from 'pg';
import { withAdminClient } from './database.js';

export interface SyntheticOptions {
  organisations: number;
  exits: number;
  /** Calendar years the exits spread over, ending with `lastYear`. */
  years: number;
  lastYear: number;
  /** Share of each organisation's exits in the one big joint project (the rest in its own small project). */
  jointShare: number;
  onProgress?: (message: string) => void;
}

export const defaultSyntheticOptions: SyntheticOptions = {
  organisations: 50,
  exits: 200_000,
  years: 5,
  lastYear: 2025,
  jointShare: 0.5,
};

export const SYNTHETIC_JOINT_PROJECT = 'synth-joint';

/**
 * Loads a large synthetic dataset: organisations, projects (one joint project
 * of every organisation plus ten smaller ones), clients, enrolments, exits
 * (follow-ups scheduled by the exit trigger, about 70 % of past ones
 * completed), start/end assessments for a third of the enrolments, an
 * entry record per enrolment (special categories for one in ten), linkage
 * keys that make one joint-project enrolment in ten the same person as
 * another partner's, and a placement for one enrolment in five. SQL
 * runs as the owner, organisation by organisation with app.org_id set, so row
 * level security checks every row as it would for the service; rows are made
 * by generate_series, not one by one.
 */
export async function generateSynthetic(adminUrl: string, options: SyntheticOptions = defaultSyntheticOptions) {
  const progress = options.onProgress ?? (() => {});
  const firstYear = options.lastYear - options.years + 1;
  const perOrganisation = Math.floor(options.exits / options.organisations);
  const quality = allDestinations.filter(isQualityPath);
  const other = allDestinations.filter((d) => !isQualityPath(d));
  return withAdminClient(adminUrl, async (client) => {
    const orgs = await client.query(
      `INSERT INTO partners.organisation (slug, name, kind)
       SELECT 'synth-org-' || lpad(g::text, 3, '0'), 'Synthetic organisation ' || g, 'ASSOCIATION' FROM generate_series(1, $1) g RETURNING id`,
      [options.organisations],
    );
    const orgIds: string[] = orgs.rows.map((r) => r.id);
    const joint = await client.query(`INSERT INTO partners.project (slug, name, lead_organisation_id) VALUES ($1, 'Synthetic joint project', $2) RETURNING id`, [
      SYNTHETIC_JOINT_PROJECT,
      orgIds[0],
    ]);
    const jointId: string = joint.rows[0].id;
    await client.query(
      `INSERT INTO partners.project_partner (project_id, organisation_id, role, status, joined_on)
       SELECT $1, o, CASE WHEN o = $2 THEN 'LEAD' ELSE 'IMPLEMENTER' END, 'ACCEPTED', current_date FROM unnest($3::uuid[]) o`,
      [jointId, orgIds[0], orgIds],
    );
    const small: string[] = [];
    for (let p = 0; p < 10; p++) {
      const lead = orgIds[p % orgIds.length]!;
      const row = await client.query(`INSERT INTO partners.project (slug, name, lead_organisation_id) VALUES ($1, $2, $3) RETURNING id`, [
        `synth-project-${String(p + 1).padStart(2, '0')}`,
        `Synthetic project ${p + 1}`,
        lead,
      ]);
      small.push(row.rows[0].id);
      await client.query(`INSERT INTO partners.project_partner (project_id, organisation_id, role, status, joined_on) VALUES ($1, $2, 'LEAD', 'ACCEPTED', current_date)`, [row.rows[0].id, lead]);
    }

    const started = Date.now();
    for (const [i, orgId] of orgIds.entries()) {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
      await client.query(
        `INSERT INTO journeys.client (org_id, code) SELECT $1, 'SYN-' || lpad(g::text, 7, '0') FROM generate_series(1, $2::int) g`,
        [orgId, perOrganisation],
      );
      // Exits spread evenly over the years; the first jointShare of clients are in the joint project.
      await client.query(
        `INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on)
         SELECT c.org_id, c.id,
                CASE WHEN n <= $2::int * $3::float8 THEN $4::uuid ELSE $5::uuid END,
                make_date($6::int, 1, 1) + ((n * 7919) % ($7::int * 365 - 200))::int
         FROM (SELECT id, org_id, row_number() OVER (ORDER BY code) AS n FROM journeys.client WHERE org_id = $1) c`,
        [orgId, perOrganisation, options.jointShare, jointId, small[i % small.length], firstYear, options.years],
      );
      // Destination: quality paths for about 45 % (varying by organisation), the rest spread over the other destinations;
      // one person in five also names a further destination (a work trial beside studies and the like).
      await client.query(
        `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, qualification_gained, recorded_by, further_destinations)
         SELECT org_id, id, project_id, exit_date, d, g, 'synthetic',
                CASE WHEN (h / 3) % 5 = 0 THEN array_remove(ARRAY[($4::text[])[1 + (h / 11) % cardinality($4::text[])]], d) ELSE '{}' END
         FROM (
           SELECT e.org_id, e.id, e.project_id, e.started_on + 30 + (h % 170) AS exit_date, h, h % 10 = 0 AS g,
                  CASE WHEN h % 100 < 35 + $2::int % 20 THEN ($3::text[])[1 + h % cardinality($3::text[])] ELSE ($4::text[])[1 + (h / 7) % cardinality($4::text[])] END AS d
           FROM (SELECT id, org_id, project_id, started_on, abs(hashtext(id::text)) AS h FROM journeys.enrolment WHERE org_id = $1) e
         ) x`,
        [orgId, i, quality, other],
      );
      await client.query(
        `UPDATE outcomes.follow_up f SET completed_on = f.due_on + 5, found_destination = CASE WHEN abs(hashtext(f.id::text)) % 2 = 0 THEN 'EMPLOYED_OPEN_MARKET' ELSE 'UNEMPLOYED' END
         WHERE f.org_id = $1 AND f.due_on < current_date - 10 AND abs(hashtext(f.id::text)) % 10 < 7`,
        [orgId],
      );
      // Start and end assessments for every third enrolment, with five item scores each.
      await client.query(
        `WITH chosen AS (
           SELECT e.id, e.org_id, e.project_id, e.started_on, x.exit_date, abs(hashtext(e.id::text)) AS h
           FROM journeys.enrolment e JOIN outcomes.exit_outcome x ON x.enrolment_id = e.id
           WHERE e.org_id = $1 AND abs(hashtext(e.id::text)) % 3 = 0
         ), inserted AS (
           INSERT INTO outcomes.assessment (org_id, enrolment_id, project_id, instrument_id, assessed_on, time_point, mean_score, recorded_by)
           SELECT org_id, id, project_id, $2, d, tp, m, 'synthetic'
           FROM chosen CROSS JOIN LATERAL (VALUES (started_on + 7, 'START', 1 + (h % 3)), (exit_date - 7, 'END', 2 + (h % 4))) AS v(d, tp, m)
           RETURNING id, org_id, mean_score
         )
         INSERT INTO outcomes.assessment_score (org_id, assessment_id, item_id, score)
         SELECT i.org_id, i.id, item, least(5, greatest(1, round(i.mean_score)::int)) FROM inserted i CROSS JOIN unnest($3::uuid[]) AS item`,
        [orgId, polunAskeleet.id, polunAskeleet.items.map((item) => item.id)],
      );
      // An entry record per enrolment (issue 13): varied situations at entry, most over 30, some over 55.
      await client.query(
        `INSERT INTO outcomes.participant_entry (org_id, enrolment_id, project_id, enrolment_started_on, gender, birth_year, labour_status, education,
           third_country_national, foreign_background, homeless, rural_area, recorded_by)
         SELECT org_id, id, project_id, started_on, CASE WHEN h % 50 = 0 THEN 'NON_BINARY' WHEN h % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
                extract(year FROM started_on)::int - 17 - (h / 7) % 48,
                (ARRAY['UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE', 'EMPLOYED'])[1 + (h / 11) % 5],
                (ARRAY['ISCED_0_2', 'ISCED_3_4', 'ISCED_3_4', 'ISCED_5_8'])[1 + (h / 13) % 4],
                (h / 17) % 12 = 0, (h / 17) % 6 = 0, (h / 19) % 15 = 0, (h / 23) % 3 = 0, 'synthetic'
         FROM (SELECT id, org_id, project_id, started_on, abs(hashtext(id::text || 'entry')) AS h FROM journeys.enrolment WHERE org_id = $1) e`,
        [orgId],
      );
      await client.query(
        `INSERT INTO outcomes.participant_special (enrolment_id, org_id, project_id, disability, minority, consent_given_on, recorded_by)
         SELECT enrolment_id, org_id, project_id, h % 3 <> 0, h % 3 = 0, enrolment_started_on, 'synthetic'
         FROM (SELECT *, abs(hashtext(enrolment_id::text || 'special')) AS h FROM outcomes.participant_entry WHERE org_id = $1) p WHERE h % 10 = 0`,
        [orgId],
      );
      // One joint-project enrolment in ten shares a linkage key (a person) with others: about 5,000 people at two or more partners.
      await client.query(
        `INSERT INTO journeys.enrolment_linkage (enrolment_id, org_id, project_id, key_id, linkage_key)
         SELECT id, org_id, project_id, 'synthetic', sha256(convert_to('person-' || (h / 10) % 5000, 'UTF8'))
         FROM (SELECT id, org_id, project_id, abs(hashtext(id::text || 'person')) AS h FROM journeys.enrolment WHERE org_id = $1 AND project_id = $2) e
         WHERE h % 10 = 0`,
        [orgId, jointId],
      );
      // A placement for one enrolment in five, of 1-6 months, inside the path.
      await client.query(
        `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, employer_business_id, employer_name, starts_on, ends_on, hours_per_week, funding, recorded_by)
         SELECT e.org_id, e.id, e.project_id, ($2::text[])[1 + (h / 5) % cardinality($2::text[])], '0201256-6', 'Synteettinen työnantaja',
                e.started_on + 10, least(x.exit_date, e.started_on + 10 + 30 * (1 + (h / 7) % 6)), 20, 'OTHER', 'synthetic'
         FROM (SELECT id, org_id, project_id, started_on, abs(hashtext(id::text || 'placement')) AS h FROM journeys.enrolment WHERE org_id = $1) e
         JOIN outcomes.exit_outcome x ON x.enrolment_id = e.id
         WHERE h % 5 = 0`,
        [orgId, ['WORK_TRIAL', 'PAY_SUBSIDY_OPEN_MARKET', 'PAY_SUBSIDY_THIRD_SECTOR', 'EMPLOYMENT_WITHIN_ORGANISATION', 'REHABILITATIVE_WORK_ACTIVITY']],
      );
      await client.query('COMMIT');
      if ((i + 1) % 10 === 0) progress(`${i + 1}/${orgIds.length} organisations, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    await client.query('ANALYZE');
    return describeSynthetic(client, jointId, orgIds, firstYear);
  });
}

export interface SyntheticData {
  jointProjectId: string;
  /** In slug order: the first one leads the joint project. */
  organisationIds: string[];
  firstYear: number;
  exits: number;
  follow_ups: number;
  summary_rows: number;
  entries: number;
  placements: number;
}

/**
 * The synthetic dataset already in the database (a kept BENCH_DATA_DIR), or
 * undefined when none was loaded.
 */
export async function findSynthetic(adminUrl: string, options: Pick<SyntheticOptions, 'years' | 'lastYear'> = defaultSyntheticOptions) {
  return withAdminClient(adminUrl, async (client): Promise<SyntheticData | undefined> => {
    const joint = await client.query(`SELECT id FROM partners.project WHERE slug = $1`, [SYNTHETIC_JOINT_PROJECT]);
    if (!joint.rowCount) return undefined;
    const orgs = await client.query(`SELECT id FROM partners.organisation WHERE slug LIKE 'synth-org-%' ORDER BY slug`);
    return describeSynthetic(client, joint.rows[0].id, orgs.rows.map((r) => r.id), options.lastYear - options.years + 1);
  });
}

async function describeSynthetic(client: pg.Client, jointProjectId: string, organisationIds: string[], firstYear: number): Promise<SyntheticData> {
  const { rows } = await client.query(
    `SELECT (SELECT sum(exits) FROM outcomes.exit_summary)::int AS exits, (SELECT sum(scheduled) FROM outcomes.follow_up_summary)::int AS follow_ups,
            (SELECT count(*) FROM outcomes.exit_summary)::int AS summary_rows,
            (SELECT count(*) FROM outcomes.participant_entry)::int AS entries, (SELECT sum(started) FROM outcomes.placement_year_summary)::int AS placements`,
  );
  return { jointProjectId, organisationIds, firstYear, ...rows[0] };
}
