import type { MigrationInterface, QueryRunner } from 'typeorm';
import { allDestinations, isQualityPath, sqlList } from '../../exits/exit-destination.js';
import { pooledMetricsFunction } from './1733000000000-outcomes-model.js';

const quality = sqlList(allDestinations.filter(isQualityPath));
const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Two coarser exit summaries for the pooled figures. exit_summary has one row
 * per project, month, organisation, destination and qualification: about
 * 10,000 rows for a 50-partner project-year, and aggregating them was most of
 * pooled_project_metrics' time. The figures need only
 *   - per organisation, destination and qualification over the year
 *     (destinations, qualification, ESF+, per-partner): exit_year_summary, and
 *   - per organisation, month and quality path (the time series): exit_month_summary,
 * about 1,300 + 1,200 rows for the same project-year. Both are kept by their
 * own statement-level trigger on exit_outcome, under the same row level
 * security as exit_summary (readable across organisations only by
 * outcomes_pooled, through the function). Existing exits are summarised once
 * here. pooled_project_metrics now reads them; its suppression is unchanged.
 */
export class PooledSummaries1734000000000 implements MigrationInterface {
  name = 'PooledSummaries1734000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcomes.exit_year_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, year int NOT NULL,
        destination text NOT NULL, qualification_gained boolean NOT NULL,
        exits int NOT NULL,
        PRIMARY KEY (project_id, year, org_id, destination, qualification_gained)
      );
      CREATE TABLE outcomes.exit_month_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, month date NOT NULL, quality_path boolean NOT NULL,
        exits int NOT NULL,
        PRIMARY KEY (project_id, month, org_id, quality_path)
      );

      -- Existing exits, from exit_summary. FORCE binds the owner too (unless superuser):
      -- lifted for this transaction only so the owner sees every organisation's rows.
      ALTER TABLE outcomes.exit_summary NO FORCE ROW LEVEL SECURITY;
      INSERT INTO outcomes.exit_year_summary (project_id, org_id, year, destination, qualification_gained, exits)
      SELECT project_id, org_id, extract(year FROM month)::int, destination, qualification_gained, sum(exits)
      FROM outcomes.exit_summary GROUP BY 1, 2, 3, 4, 5;
      INSERT INTO outcomes.exit_month_summary (project_id, org_id, month, quality_path, exits)
      SELECT project_id, org_id, month, destination IN (${quality}), sum(exits)
      FROM outcomes.exit_summary GROUP BY 1, 2, 3, 4;
      ALTER TABLE outcomes.exit_summary FORCE ROW LEVEL SECURITY;

      ${['exit_year_summary', 'exit_month_summary']
        .map(
          (table) => `
      ALTER TABLE outcomes.${table} ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.${table} FORCE ROW LEVEL SECURITY;
      CREATE POLICY org_isolation ON outcomes.${table} USING (${orgPolicy}) WITH CHECK (${orgPolicy});
      CREATE POLICY pooled_read ON outcomes.${table} FOR SELECT TO outcomes_pooled USING (true);
      GRANT SELECT ON outcomes.${table} TO outcomes_pooled, outcomes_app;`,
        )
        .join('\n')}

      CREATE FUNCTION outcomes.exit_recorded_pooled() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      BEGIN
        INSERT INTO outcomes.exit_year_summary AS t (project_id, org_id, year, destination, qualification_gained, exits)
        SELECT project_id, org_id, extract(year FROM exit_date)::int, destination, qualification_gained, count(*)
        FROM new_exits GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (project_id, year, org_id, destination, qualification_gained) DO UPDATE SET exits = t.exits + EXCLUDED.exits;
        INSERT INTO outcomes.exit_month_summary AS t (project_id, org_id, month, quality_path, exits)
        SELECT project_id, org_id, date_trunc('month', exit_date)::date, destination IN (${quality}), count(*)
        FROM new_exits GROUP BY 1, 2, 3, 4
        ON CONFLICT (project_id, month, org_id, quality_path) DO UPDATE SET exits = t.exits + EXCLUDED.exits;
        RETURN NULL;
      END $$;
      CREATE TRIGGER exit_recorded_pooled AFTER INSERT ON outcomes.exit_outcome
        REFERENCING NEW TABLE AS new_exits FOR EACH STATEMENT EXECUTE FUNCTION outcomes.exit_recorded_pooled();
    `);
    await db.query(pooledMetricsFunctionOverYearAndMonth());
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION outcomes.pooled_project_metrics(uuid, int);
      DROP TRIGGER exit_recorded_pooled ON outcomes.exit_outcome;
      DROP FUNCTION outcomes.exit_recorded_pooled();
      DROP TABLE outcomes.exit_month_summary, outcomes.exit_year_summary;
    `);
    await db.query(pooledMetricsFunction);
    await db.query(`
      ALTER FUNCTION outcomes.pooled_project_metrics(uuid, int) OWNER TO outcomes_pooled;
      REVOKE ALL ON FUNCTION outcomes.pooled_project_metrics(uuid, int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION outcomes.pooled_project_metrics(uuid, int) TO outcomes_app;
    `);
  }
}

/**
 * The function of migration 1733 with one change: `base` (the grouping sets
 * every cell is read from) comes from the two coarse summaries instead of
 * exit_summary. GROUPING codes stay those of GROUPING(m, org_id, d, g, qp):
 * 30 = by qp, 27 = by d, 29 = by g, 22 = by org_id and qp (16 + the year
 * summary's own four-column code), 14 = by month and qp. Owner, grants and
 * suppression rules are kept (CREATE OR REPLACE).
 */
export function pooledMetricsFunctionOverYearAndMonth(): string {
  const start = pooledMetricsFunction.indexOf('  WITH base AS (');
  const end = pooledMetricsFunction.indexOf('  fu AS (');
  if (start < 0 || end < start) throw new Error('pooled_project_metrics: base CTE not found');
  const base = `  WITH base AS (
    SELECT NULL::int AS m, org_id, d, g, qp, 16 + GROUPING(org_id, d, g, qp) AS gs, sum(n)::numeric AS n
    FROM (
      SELECT org_id, destination AS d, qualification_gained AS g, destination IN (${quality}) AS qp, exits AS n
      FROM outcomes.exit_year_summary
      WHERE project_id = p_project AND year = p_year
    ) rows
    GROUP BY GROUPING SETS ((qp), (d), (g), (org_id, qp))
    UNION ALL
    SELECT extract(month FROM month)::int, NULL, NULL, NULL, quality_path, 14, sum(exits)::numeric
    FROM outcomes.exit_month_summary
    WHERE project_id = p_project AND month >= y0 AND month < y1
    GROUP BY 1, 5
  ),
`;
  return (pooledMetricsFunction.slice(0, start) + base + pooledMetricsFunction.slice(end)).replace(
    'CREATE FUNCTION outcomes.pooled_project_metrics',
    'CREATE OR REPLACE FUNCTION outcomes.pooled_project_metrics',
  );
}
