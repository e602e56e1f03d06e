import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  allDestinations,
  destinationsOf,
  EmployerSector,
  EsfIndicator,
  isEmployment,
  isQualityPath,
  sqlList,
} from '../../exits/exit-destination.js';
import { polunAskeleet, polunAskeleetScaleMax } from '../../soft-outcomes/polun-askeleet.js';

const quality = sqlList(allDestinations.filter(isQualityPath));
const employment = sqlList(allDestinations.filter(isEmployment));
const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;
const orgIsSet = `NULLIF(current_setting('app.org_id', true), '') IS NOT NULL`;

/** Row level security as everywhere: the organisation bound to the transaction, owner included. */
function isolate(table: string) {
  return `
    ALTER TABLE outcomes.${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE outcomes.${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY org_isolation ON outcomes.${table} USING (${orgPolicy}) WITH CHECK (${orgPolicy});`;
}

/** Directory tables without personal data: readable by any caller with an organisation set. */
function directory(table: string) {
  return `
    ALTER TABLE outcomes.${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE outcomes.${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY directory_read ON outcomes.${table} FOR SELECT USING (${orgIsSet});`;
}

/**
 * Exits get their detail; follow-ups, per-project settings, the soft-outcome
 * scale engine, monthly summaries and the pooled-metrics function.
 *
 * Pooled figures: the summaries (counts per project, organisation, month and
 * category; no person in them) are kept by statement-level triggers. Only the
 * NOLOGIN role outcomes_pooled may read every organisation's summary rows; it
 * owns the SECURITY DEFINER function pooled_project_metrics, which returns
 * suppressed aggregates only. outcomes_app may execute the function but can
 * neither read other organisations' rows nor become outcomes_pooled. The
 * function is not owned by the migrating role because FORCE ROW LEVEL
 * SECURITY binds the owner too (unless it is a superuser): it would see only
 * the caller's organisation.
 */
export class OutcomesModel1733000000000 implements MigrationInterface {
  name = 'OutcomesModel1733000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outcomes.exit_outcome
        ADD COLUMN title text CHECK (length(title) BETWEEN 1 AND 200),
        ADD COLUMN sector text CHECK (sector IN (${sqlList(Object.values(EmployerSector))})),
        ADD COLUMN qualification_gained boolean NOT NULL DEFAULT false,
        ADD COLUMN recorded_by text;
      CREATE INDEX exit_outcome_org_list_idx ON outcomes.exit_outcome (org_id, exit_date DESC, id);
      -- Exits are recorded once; the summaries count inserts only.
      REVOKE UPDATE ON outcomes.exit_outcome FROM outcomes_app;

      CREATE TABLE outcomes.project_setting (
        project_id uuid PRIMARY KEY,
        org_id uuid NOT NULL,
        min_cell_size int NOT NULL DEFAULT 5 CHECK (min_cell_size BETWEEN 3 AND 50),
        follow_up_after interval[] NOT NULL DEFAULT '{28 days,3 months,6 months}'
          CHECK (cardinality(follow_up_after) BETWEEN 1 AND 6),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE outcomes.project_setting ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.project_setting FORCE ROW LEVEL SECURITY;
      -- Settings are project-wide: every partner's writes need them. Only the
      -- organisation that set them (the project's lead, checked by the service) changes them.
      CREATE POLICY directory_read ON outcomes.project_setting FOR SELECT USING (${orgIsSet});
      CREATE POLICY lead_insert ON outcomes.project_setting FOR INSERT WITH CHECK (${orgPolicy});
      CREATE POLICY lead_update ON outcomes.project_setting FOR UPDATE USING (${orgPolicy}) WITH CHECK (${orgPolicy});

      CREATE TABLE outcomes.follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        exit_outcome_id uuid NOT NULL REFERENCES outcomes.exit_outcome (id),
        project_id uuid NOT NULL,
        after interval NOT NULL,
        due_on date NOT NULL,
        completed_on date,
        found_destination text CHECK (found_destination IN (${sqlList(allDestinations)})),
        recorded_by text,
        CHECK ((completed_on IS NULL) = (found_destination IS NULL)),
        UNIQUE (exit_outcome_id, after)
      );
      CREATE INDEX follow_up_open_idx ON outcomes.follow_up (org_id, due_on, id) WHERE completed_on IS NULL;
      CREATE INDEX follow_up_exit_idx ON outcomes.follow_up (org_id, exit_outcome_id);
      ${isolate('follow_up')}

      CREATE TABLE outcomes.instrument (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_fi text NOT NULL, name_sv text NOT NULL, name_en text NOT NULL
      );
      CREATE TABLE outcomes.instrument_item (
        id uuid PRIMARY KEY,
        instrument_id uuid NOT NULL REFERENCES outcomes.instrument (id),
        position int NOT NULL,
        code text NOT NULL,
        label_fi text NOT NULL, label_sv text NOT NULL, label_en text NOT NULL,
        scale_max int NOT NULL CHECK (scale_max BETWEEN 2 AND 10),
        -- [{score, fi, sv, en}]: labels of anchor points on the 1..scale_max scale
        anchors jsonb NOT NULL,
        UNIQUE (instrument_id, position),
        UNIQUE (instrument_id, code)
      );
      ${directory('instrument')}
      ${directory('instrument_item')}

      CREATE TABLE outcomes.assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        project_id uuid NOT NULL,
        instrument_id uuid NOT NULL REFERENCES outcomes.instrument (id),
        assessed_on date NOT NULL,
        time_point text NOT NULL CHECK (time_point IN ('START', 'MID', 'END', 'OTHER')),
        -- mean of the item scores, kept so distance travelled needs no second pass over scores
        mean_score numeric(6, 3) NOT NULL,
        recorded_by text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX assessment_org_enrolment_idx ON outcomes.assessment (org_id, enrolment_id, instrument_id, assessed_on);
      CREATE TABLE outcomes.assessment_score (
        org_id uuid NOT NULL,
        assessment_id uuid NOT NULL REFERENCES outcomes.assessment (id),
        item_id uuid NOT NULL REFERENCES outcomes.instrument_item (id),
        score int NOT NULL CHECK (score >= 1),
        PRIMARY KEY (assessment_id, item_id)
      );
      CREATE INDEX assessment_score_org_idx ON outcomes.assessment_score (org_id, assessment_id);
      ${isolate('assessment')}
      ${isolate('assessment_score')}

      -- Distance travelled per enrolment and instrument: first and last assessment.
      CREATE TABLE outcomes.soft_change (
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        instrument_id uuid NOT NULL,
        project_id uuid NOT NULL,
        assessments int NOT NULL,
        first_on date NOT NULL, first_mean numeric(6, 3) NOT NULL,
        last_on date NOT NULL, last_mean numeric(6, 3) NOT NULL,
        PRIMARY KEY (enrolment_id, instrument_id)
      );
      CREATE INDEX soft_change_org_idx ON outcomes.soft_change (org_id, project_id, last_on);
      ${isolate('soft_change')}

      -- Monthly summaries: counts only. The primary keys start with project_id
      -- because the pooled function reads a project's rows across organisations.
      CREATE TABLE outcomes.exit_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, month date NOT NULL,
        destination text NOT NULL, qualification_gained boolean NOT NULL,
        exits int NOT NULL,
        PRIMARY KEY (project_id, month, org_id, destination, qualification_gained)
      );
      CREATE TABLE outcomes.follow_up_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, due_month date NOT NULL, after interval NOT NULL,
        scheduled int NOT NULL, completed int NOT NULL, employed int NOT NULL,
        PRIMARY KEY (project_id, due_month, org_id, after)
      );
      CREATE TABLE outcomes.soft_change_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, instrument_id uuid NOT NULL, month date NOT NULL,
        enrolments int NOT NULL, change_sum numeric NOT NULL,
        PRIMARY KEY (project_id, month, org_id, instrument_id)
      );
      ${isolate('exit_summary')}
      ${isolate('follow_up_summary')}
      ${isolate('soft_change_summary')}
    `);

    await db.query(`
      -- Follow-ups are scheduled for every exit, whoever writes it; summaries follow every write.
      CREATE FUNCTION outcomes.exit_recorded() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        INSERT INTO outcomes.follow_up (org_id, exit_outcome_id, project_id, after, due_on)
        SELECT e.org_id, e.id, e.project_id, a.after, (e.exit_date + a.after)::date
        FROM new_exits e
        LEFT JOIN outcomes.project_setting s ON s.project_id = e.project_id
        CROSS JOIN LATERAL unnest(COALESCE(s.follow_up_after, '{28 days,3 months,6 months}'::interval[])) AS a(after);
        INSERT INTO outcomes.exit_summary AS t (project_id, org_id, month, destination, qualification_gained, exits)
        SELECT project_id, org_id, date_trunc('month', exit_date)::date, destination, qualification_gained, count(*)
        FROM new_exits GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (project_id, month, org_id, destination, qualification_gained) DO UPDATE SET exits = t.exits + EXCLUDED.exits;
        RETURN NULL;
      END $$;
      CREATE TRIGGER exit_recorded AFTER INSERT ON outcomes.exit_outcome
        REFERENCING NEW TABLE AS new_exits FOR EACH STATEMENT EXECUTE FUNCTION outcomes.exit_recorded();

      CREATE FUNCTION outcomes.follow_up_changed() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO outcomes.follow_up_summary AS t (project_id, org_id, due_month, after, scheduled, completed, employed)
          SELECT project_id, org_id, date_trunc('month', due_on)::date, after, count(*),
                 count(*) FILTER (WHERE completed_on IS NOT NULL), count(*) FILTER (WHERE found_destination IN (${employment}))
          FROM new_rows GROUP BY 1, 2, 3, 4
          ON CONFLICT (project_id, due_month, org_id, after) DO UPDATE SET
            scheduled = t.scheduled + EXCLUDED.scheduled, completed = t.completed + EXCLUDED.completed, employed = t.employed + EXCLUDED.employed;
        ELSE
          WITH delta AS (
            SELECT project_id, org_id, due_on, after, 1 AS sign, completed_on, found_destination FROM new_rows
            UNION ALL
            SELECT project_id, org_id, due_on, after, -1, completed_on, found_destination FROM old_rows
          )
          INSERT INTO outcomes.follow_up_summary AS t (project_id, org_id, due_month, after, scheduled, completed, employed)
          SELECT project_id, org_id, date_trunc('month', due_on)::date, after, sum(sign),
                 COALESCE(sum(sign) FILTER (WHERE completed_on IS NOT NULL), 0),
                 COALESCE(sum(sign) FILTER (WHERE found_destination IN (${employment})), 0)
          FROM delta GROUP BY 1, 2, 3, 4
          ON CONFLICT (project_id, due_month, org_id, after) DO UPDATE SET
            scheduled = t.scheduled + EXCLUDED.scheduled, completed = t.completed + EXCLUDED.completed, employed = t.employed + EXCLUDED.employed;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER follow_up_inserted AFTER INSERT ON outcomes.follow_up
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcomes.follow_up_changed();
      CREATE TRIGGER follow_up_updated AFTER UPDATE ON outcomes.follow_up
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcomes.follow_up_changed();

      CREATE FUNCTION outcomes.assessment_recorded() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        -- take out the touched enrolments' old contribution ...
        WITH prev AS (
          SELECT c.project_id, c.org_id, c.instrument_id, date_trunc('month', c.last_on)::date AS month,
                 count(*) AS n, sum(c.last_mean - c.first_mean) AS change
          FROM outcomes.soft_change c JOIN (SELECT DISTINCT enrolment_id, instrument_id FROM new_rows) t USING (enrolment_id, instrument_id)
          WHERE c.assessments >= 2 GROUP BY 1, 2, 3, 4
        )
        UPDATE outcomes.soft_change_summary s SET enrolments = s.enrolments - prev.n, change_sum = s.change_sum - prev.change
        FROM prev WHERE s.project_id = prev.project_id AND s.org_id = prev.org_id AND s.instrument_id = prev.instrument_id AND s.month = prev.month;
        -- ... recompute first and last ...
        INSERT INTO outcomes.soft_change AS c (org_id, enrolment_id, instrument_id, project_id, assessments, first_on, first_mean, last_on, last_mean)
        SELECT DISTINCT ON (a.enrolment_id, a.instrument_id)
               a.org_id, a.enrolment_id, a.instrument_id, a.project_id,
               count(*) OVER w,
               first_value(a.assessed_on) OVER w, first_value(a.mean_score) OVER w,
               last_value(a.assessed_on) OVER w, last_value(a.mean_score) OVER w
        FROM outcomes.assessment a JOIN (SELECT DISTINCT enrolment_id, instrument_id FROM new_rows) t USING (enrolment_id, instrument_id)
        WINDOW w AS (PARTITION BY a.enrolment_id, a.instrument_id ORDER BY a.assessed_on, a.created_at, a.id
                     ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
        ON CONFLICT (enrolment_id, instrument_id) DO UPDATE SET
          assessments = EXCLUDED.assessments, first_on = EXCLUDED.first_on, first_mean = EXCLUDED.first_mean,
          last_on = EXCLUDED.last_on, last_mean = EXCLUDED.last_mean;
        -- ... and add the new contribution.
        INSERT INTO outcomes.soft_change_summary AS s (project_id, org_id, instrument_id, month, enrolments, change_sum)
        SELECT c.project_id, c.org_id, c.instrument_id, date_trunc('month', c.last_on)::date, count(*), sum(c.last_mean - c.first_mean)
        FROM outcomes.soft_change c JOIN (SELECT DISTINCT enrolment_id, instrument_id FROM new_rows) t USING (enrolment_id, instrument_id)
        WHERE c.assessments >= 2 GROUP BY 1, 2, 3, 4
        ON CONFLICT (project_id, month, org_id, instrument_id) DO UPDATE SET
          enrolments = s.enrolments + EXCLUDED.enrolments, change_sum = s.change_sum + EXCLUDED.change_sum;
        RETURN NULL;
      END $$;
      CREATE TRIGGER assessment_recorded AFTER INSERT ON outcomes.assessment
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcomes.assessment_recorded();
    `);

    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outcomes_pooled') THEN
          CREATE ROLE outcomes_pooled NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
      END $$;
      -- Needed to hand it the function below (ALTER ... OWNER TO needs membership).
      GRANT outcomes_pooled TO CURRENT_USER;
      GRANT USAGE ON SCHEMA outcomes TO outcomes_pooled;
      GRANT SELECT ON outcomes.exit_summary, outcomes.follow_up_summary, outcomes.soft_change_summary, outcomes.project_setting TO outcomes_pooled;
      CREATE POLICY pooled_read ON outcomes.exit_summary FOR SELECT TO outcomes_pooled USING (true);
      CREATE POLICY pooled_read ON outcomes.follow_up_summary FOR SELECT TO outcomes_pooled USING (true);
      CREATE POLICY pooled_read ON outcomes.soft_change_summary FOR SELECT TO outcomes_pooled USING (true);
    `);

    await db.query(pooledMetricsFunction);
    await db.query(`
      ALTER FUNCTION outcomes.pooled_project_metrics(uuid, int) OWNER TO outcomes_pooled;
      REVOKE ALL ON FUNCTION outcomes.pooled_project_metrics(uuid, int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION outcomes.pooled_project_metrics(uuid, int) TO outcomes_app;

      GRANT SELECT, INSERT, UPDATE ON outcomes.project_setting TO outcomes_app;
      GRANT SELECT, INSERT ON outcomes.follow_up TO outcomes_app;
      GRANT UPDATE (completed_on, found_destination, recorded_by) ON outcomes.follow_up TO outcomes_app;
      GRANT SELECT ON outcomes.instrument, outcomes.instrument_item TO outcomes_app;
      GRANT SELECT, INSERT ON outcomes.assessment, outcomes.assessment_score TO outcomes_app;
      GRANT SELECT ON outcomes.soft_change, outcomes.exit_summary, outcomes.follow_up_summary, outcomes.soft_change_summary TO outcomes_app;
    `);

    const i = polunAskeleet;
    await db.query(`INSERT INTO outcomes.instrument (id, code, name_fi, name_sv, name_en) VALUES ($1, $2, $3, $4, $5)`, [
      i.id, i.code, i.name.FI, i.name.SV, i.name.EN,
    ]);
    for (const [position, item] of i.items.entries()) {
      await db.query(
        `INSERT INTO outcomes.instrument_item (id, instrument_id, position, code, label_fi, label_sv, label_en, scale_max, anchors)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [item.id, i.id, position + 1, item.code, item.label.FI, item.label.SV, item.label.EN, polunAskeleetScaleMax,
          JSON.stringify(item.anchors.map((a) => ({ score: a.score, fi: a.FI, sv: a.SV, en: a.EN })))],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION outcomes.pooled_project_metrics(uuid, int);
      DROP TABLE outcomes.soft_change_summary, outcomes.follow_up_summary, outcomes.exit_summary, outcomes.soft_change,
        outcomes.assessment_score, outcomes.assessment, outcomes.instrument_item, outcomes.instrument, outcomes.follow_up, outcomes.project_setting;
      DROP FUNCTION outcomes.exit_recorded(), outcomes.follow_up_changed(), outcomes.assessment_recorded();
      DROP INDEX outcomes.exit_outcome_org_list_idx;
      ALTER TABLE outcomes.exit_outcome DROP COLUMN title, DROP COLUMN sector, DROP COLUMN qualification_gained, DROP COLUMN recorded_by;
      GRANT UPDATE ON outcomes.exit_outcome TO outcomes_app;
    `);
  }
}

const statusIndicators = [EsfIndicator.JOB_SEARCHING, EsfIndicator.IN_EDUCATION_OR_TRAINING, EsfIndicator.IN_EMPLOYMENT] as const;

/**
 * Pooled figures of one project in one calendar year, suppressed. Returns
 * (cell, value, suppressed) rows; value is NULL when suppressed.
 *
 * Cells: exits, quality, non_quality; dest:<destination>; esf:<indicator>;
 * qualification, no_qualification; partner:<org>:{exits,quality,non_quality};
 * month:<MM>:… and quarter:<Q>:… {exits,quality,non_quality}; fu:… follow-up
 * counts; soft:<instrument>:{enrolments,average_change}.
 *
 * Primary suppression: every count 1..k-1. Complementary suppression: each
 * additive relation (a total and its parts, listed below) may not hold
 * exactly one suppressed cell, nor, when its total is published, suppressed
 * parts summing to 1..k-1; the smallest published part (else the total) is
 * suppressed until no relation breaks these rules. The month/quarter lattice
 * is always computed for the whole year, so every granularity publishes the
 * same pattern and one query cannot be differenced against another.
 */
export const pooledMetricsFunction = `
CREATE FUNCTION outcomes.pooled_project_metrics(p_project uuid, p_year int)
RETURNS TABLE (cell text, value numeric, suppressed boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $fn$
#variable_conflict use_column
DECLARE
  k int;
  y0 date := make_date(p_year, 1, 1);
  y1 date := make_date(p_year + 1, 1, 1);
  -- follow-ups count once their due month has ended
  fu_end date := least(y1, date_trunc('month', current_date)::date);
  names text[];
  vals numeric[];
  sup boolean[];
  relations text[];
  c_start int[];
  c_cells int[];
  idx int;
  n_rel int;
  changed boolean;
  ci int; j int; s int; e int;
  cnt int; supsum numeric; pick int; total_sup boolean;
BEGIN
  IF NULLIF(current_setting('app.org_id', true), '') IS NULL THEN
    RAISE EXCEPTION 'pooled_project_metrics needs app.org_id';
  END IF;
  SELECT COALESCE((SELECT min_cell_size FROM outcomes.project_setting WHERE project_id = p_project), 5) INTO k;

  -- One pass over the project-year's summary rows: every breakdown is a grouping set.
  -- GROUPING(m, org_id, d, g, qp) marks the columns left out: 30 = by qp, 27 = by d,
  -- 29 = by g, 22 = by org_id and qp, 14 = by month and qp.
  WITH base AS (
    SELECT m, org_id, d, g, qp, GROUPING(m, org_id, d, g, qp) AS gs, sum(n)::numeric AS n
    FROM (
      SELECT extract(month FROM month)::int AS m, org_id, destination AS d, qualification_gained AS g,
             destination IN (${quality}) AS qp, exits AS n
      FROM outcomes.exit_summary
      WHERE project_id = p_project AND month >= y0 AND month < y1
    ) rows
    GROUP BY GROUPING SETS ((qp), (d), (g), (org_id, qp), (m, qp))
  ),
  fu AS (
    SELECT COALESCE(sum(scheduled), 0)::numeric AS scheduled, COALESCE(sum(completed), 0)::numeric AS completed,
           COALESCE(sum(completed) FILTER (WHERE after = '6 months'), 0)::numeric AS completed_6m,
           COALESCE(sum(employed) FILTER (WHERE after = '6 months'), 0)::numeric AS employed_6m
    FROM outcomes.follow_up_summary WHERE project_id = p_project AND due_month >= y0 AND due_month < fu_end
  ),
  cells(name, value) AS (
    SELECT 'exits', COALESCE(sum(n) FILTER (WHERE gs = 30), 0) FROM base
    UNION ALL SELECT 'quality', COALESCE(sum(n) FILTER (WHERE gs = 30 AND qp), 0) FROM base
    UNION ALL SELECT 'non_quality', COALESCE(sum(n) FILTER (WHERE gs = 30 AND NOT qp), 0) FROM base
    UNION ALL SELECT 'qualification', COALESCE(sum(n) FILTER (WHERE gs = 29 AND g), 0) FROM base
    UNION ALL SELECT 'no_qualification', COALESCE(sum(n) FILTER (WHERE gs = 29 AND NOT g), 0) FROM base
    UNION ALL SELECT 'dest:' || all_d.d, COALESCE(base.n, 0)
      FROM unnest(ARRAY[${sqlList(allDestinations)}]) AS all_d(d) LEFT JOIN base ON base.gs = 27 AND base.d = all_d.d
    ${statusIndicators
      .map((ind) => `UNION ALL SELECT 'esf:${ind}', COALESCE(sum(n) FILTER (WHERE gs = 27 AND d IN (${sqlList(destinationsOf(ind))})), 0) FROM base`)
      .join('\n    ')}
    UNION ALL SELECT 'partner:' || org_id || ':' || x.measure, x.value FROM (
      SELECT org_id, sum(n) AS exits, COALESCE(sum(n) FILTER (WHERE qp), 0) AS quality, COALESCE(sum(n) FILTER (WHERE NOT qp), 0) AS non_quality
      FROM base WHERE gs = 22 GROUP BY org_id
    ) p CROSS JOIN LATERAL (VALUES ('exits', p.exits), ('quality', p.quality), ('non_quality', p.non_quality)) AS x(measure, value)
    UNION ALL SELECT b.bucket || ':' || x.measure, x.value FROM (
      SELECT bucket, COALESCE(sum(n), 0) AS exits, COALESCE(sum(n) FILTER (WHERE qp), 0) AS quality, COALESCE(sum(n) FILTER (WHERE NOT qp), 0) AS non_quality
      FROM (SELECT m FROM generate_series(1, 12) AS m) months
      LEFT JOIN base ON base.gs = 14 AND base.m = months.m
      CROSS JOIN LATERAL (VALUES ('month:' || lpad(months.m::text, 2, '0')), ('quarter:' || ((months.m - 1) / 3 + 1))) AS bk(bucket)
      GROUP BY bucket
    ) b CROSS JOIN LATERAL (VALUES ('exits', b.exits), ('quality', b.quality), ('non_quality', b.non_quality)) AS x(measure, value)
    UNION ALL SELECT 'fu:' || x.measure, x.value FROM fu CROSS JOIN LATERAL (VALUES
      ('scheduled', fu.scheduled), ('completed', fu.completed), ('open', fu.scheduled - fu.completed),
      ('completed_6m', fu.completed_6m), ('completed_other', fu.completed - fu.completed_6m),
      ('employed_6m', fu.employed_6m), ('not_employed_6m', fu.completed_6m - fu.employed_6m)) AS x(measure, value)
  )
  SELECT array_agg(name ORDER BY name), array_agg(value ORDER BY name), array_agg(value BETWEEN 1 AND k - 1 ORDER BY name)
  INTO names, vals, sup FROM cells;

  -- Additive relations: 'total|part|part|…' (names of cells above).
  relations := ARRAY[
    'exits|quality|non_quality',
    'exits|qualification|no_qualification',
    'exits|' || (SELECT string_agg('dest:' || d, '|') FROM unnest(ARRAY[${sqlList(allDestinations)}]) AS d),
    'quality|' || (SELECT string_agg('dest:' || d, '|') FROM unnest(ARRAY[${sqlList(allDestinations.filter(isQualityPath))}]) AS d),
    'non_quality|' || (SELECT string_agg('dest:' || d, '|') FROM unnest(ARRAY[${sqlList(allDestinations.filter((d) => !isQualityPath(d)))}]) AS d),
    ${statusIndicators.map((ind) => `'esf:${ind}|' || (SELECT string_agg('dest:' || d, '|') FROM unnest(ARRAY[${sqlList(destinationsOf(ind))}]) AS d)`).join(',\n    ')},
    'fu:scheduled|fu:completed|fu:open',
    'fu:completed|fu:completed_6m|fu:completed_other',
    'fu:completed_6m|fu:employed_6m|fu:not_employed_6m'
  ];
  relations := relations || ARRAY(
    SELECT measure || string_agg('|partner:' || p, '' ORDER BY p)
    FROM (SELECT DISTINCT split_part(nm, ':', 2) AS p FROM unnest(names) AS nm WHERE nm LIKE 'partner:%') ps
    CROSS JOIN (VALUES ('exits'), ('quality'), ('non_quality')) AS ms(measure)
    GROUP BY measure
  ) || ARRAY(
    -- the measure of each partner in the right order: 'exits|partner:A:exits|…' built below
    SELECT 'partner:' || p || ':exits|partner:' || p || ':quality|partner:' || p || ':non_quality'
    FROM (SELECT DISTINCT split_part(nm, ':', 2) AS p FROM unnest(names) AS nm WHERE nm LIKE 'partner:%') ps
  ) || ARRAY(
    SELECT b || ':exits|' || b || ':quality|' || b || ':non_quality'
    FROM (SELECT 'month:' || lpad(m::text, 2, '0') AS b FROM generate_series(1, 12) m
          UNION ALL SELECT 'quarter:' || q FROM generate_series(1, 4) q) buckets
  ) || ARRAY(
    SELECT ms.measure || string_agg('|quarter:' || q || ':' || ms.measure, '' ORDER BY q)
    FROM generate_series(1, 4) q CROSS JOIN (VALUES ('exits'), ('quality'), ('non_quality')) AS ms(measure) GROUP BY ms.measure
  ) || ARRAY(
    SELECT 'quarter:' || q || ':' || ms.measure || string_agg('|month:' || lpad(m::text, 2, '0') || ':' || ms.measure, '' ORDER BY m)
    FROM generate_series(1, 4) q CROSS JOIN generate_series(1, 12) m CROSS JOIN (VALUES ('exits'), ('quality'), ('non_quality')) AS ms(measure)
    WHERE (m - 1) / 3 + 1 = q GROUP BY q, ms.measure
  );

  -- Cell indices of each relation, flattened: relation i is c_cells[c_start[i] .. c_start[i+1]-1], its total first.
  -- Partner relations were built as 'exits|partner:A|…': each part gets its measure suffix.
  WITH parts AS (
    SELECT r.rn, p.pn,
           CASE WHEN p.pn > 1 AND p.part LIKE 'partner:%' AND split_part(p.part, ':', 3) = ''
                THEN p.part || ':' || split_part(r.rel, '|', 1) ELSE p.part END AS part
    FROM unnest(relations) WITH ORDINALITY AS r(rel, rn)
    CROSS JOIN LATERAL unnest(string_to_array(r.rel, '|')) WITH ORDINALITY AS p(part, pn)
  ), indexed AS (
    SELECT parts.rn, parts.pn, n.i FROM parts LEFT JOIN unnest(names) WITH ORDINALITY AS n(name, i) ON n.name = parts.part
  )
  SELECT array_agg(i ORDER BY rn, pn), count(*) FILTER (WHERE i IS NULL) INTO c_cells, idx FROM indexed;
  IF idx > 0 THEN RAISE EXCEPTION 'pooled_project_metrics: a relation names an unknown cell'; END IF;
  SELECT array_agg(1 + s - c ORDER BY rn) INTO c_start
  FROM (SELECT rn, count(*) AS c, sum(count(*)) OVER (ORDER BY rn) AS s
        FROM unnest(relations) WITH ORDINALITY AS r(rel, rn) CROSS JOIN LATERAL unnest(string_to_array(r.rel, '|')) AS p(part) GROUP BY rn) counts;
  n_rel := cardinality(c_start);
  c_start := c_start || (cardinality(c_cells) + 1);

  LOOP
    changed := false;
    FOR ci IN 1..n_rel LOOP
      s := c_start[ci];
      e := c_start[ci + 1] - 1;
      cnt := 0;
      supsum := 0;
      total_sup := sup[c_cells[s]];
      FOR j IN s..e LOOP
        IF sup[c_cells[j]] THEN
          cnt := cnt + 1;
          IF j > s THEN supsum := supsum + vals[c_cells[j]]; END IF;
        END IF;
      END LOOP;
      IF cnt = 1 OR (NOT total_sup AND supsum BETWEEN 1 AND k - 1) THEN
        pick := NULL;
        -- the smallest published non-zero part, else the total, else any published part
        FOR j IN s + 1..e LOOP
          IF NOT sup[c_cells[j]] AND vals[c_cells[j]] > 0 AND (pick IS NULL OR vals[c_cells[j]] < vals[pick]) THEN
            pick := c_cells[j];
          END IF;
        END LOOP;
        IF pick IS NULL AND NOT total_sup THEN pick := c_cells[s]; END IF;
        IF pick IS NULL THEN
          FOR j IN s + 1..e LOOP
            IF NOT sup[c_cells[j]] THEN pick := c_cells[j]; EXIT; END IF;
          END LOOP;
        END IF;
        IF pick IS NOT NULL THEN
          sup[pick] := true;
          changed := true;
        END IF;
      END IF;
    END LOOP;
    EXIT WHEN NOT changed;
  END LOOP;

  RETURN QUERY
    SELECT names[i], CASE WHEN sup[i] THEN NULL ELSE vals[i] END, sup[i] FROM generate_subscripts(names, 1) AS i
    UNION ALL
    -- Distance travelled: the average change is published only for k or more enrolments.
    SELECT 'soft:' || instrument_id || ':' || x.measure, CASE WHEN n BETWEEN 1 AND k - 1 THEN NULL ELSE x.value END, n BETWEEN 1 AND k - 1
    FROM (
      SELECT instrument_id, sum(enrolments)::numeric AS n, sum(change_sum) AS change
      FROM outcomes.soft_change_summary WHERE project_id = p_project AND month >= y0 AND month < y1
      GROUP BY instrument_id
    ) soft CROSS JOIN LATERAL (VALUES ('enrolments', soft.n), ('average_change', round(soft.change / NULLIF(soft.n, 0), 3))) AS x(measure, value)
    UNION ALL
    SELECT 'min_cell_size', k, false;
END
$fn$;
`;
