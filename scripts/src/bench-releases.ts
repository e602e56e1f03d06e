import pg from 'pg';
import { describe, measureSequential, summaryRow, type SummaryRow } from './bench-stats.js';
import type { RunningPlatform } from './platform.js';
import type { SyntheticData } from './synthetic.js';

/**
 * The yearly statistics release of the joint project (every partner of the
 * synthetic dataset): outcomes.publish_statistics_release as the service role
 * runs it, computing, auditing (every partner and a funder as attackers, and
 * the change since the previous revision) and storing one revision. Each run
 * publishes a new revision of one year, cycling through the years; the first
 * round is the year's first release, later ones are revisions audited
 * against it. Also reports how many cells the releases hide.
 */
export async function benchReleases(platform: RunningPlatform, data: SyntheticData, options: { runs: number; years: number }): Promise<SummaryRow[]> {
  const years = Array.from({ length: options.years }, (_, i) => data.firstYear + i);
  const service = new pg.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
  await service.connect();
  try {
    const publish = await measureSequential(options.runs, async (i) => {
      await service.query(`SELECT outcomes.publish_statistics_release($1, $2, 'ON_DEMAND', 'bench')`, [data.jointProjectId, years[i % years.length]]);
    });
    console.log(describe(`publish_statistics_release (SQL as the service role, one project-year of ${data.organisationIds.length} partners)`, publish));
    await service.query('BEGIN');
    await service.query(`SELECT set_config('app.org_id', $1, true)`, [data.organisationIds[0]]);
    const { rows } = await service.query(
      `SELECT DISTINCT ON (year) year, audited_cells, primary_suppressed, suppressed, compute_ms,
         -- destinations shown (primary published), and of them shown over people (further published too)
         (SELECT count(*) FROM unnest(cell_names, cell_suppressed) AS c(n, h) WHERE n LIKE 'dest:%' AND NOT h)::int AS shown,
         (SELECT count(*) FROM unnest(cell_names, cell_suppressed) AS c(n, h), unnest(cell_names, cell_suppressed) AS f(n, h)
           WHERE c.n LIKE 'dest:%' AND NOT c.h AND f.n = 'further:' || substr(c.n, 6) AND NOT f.h)::int AS over_people,
         (SELECT v FROM unnest(cell_names, cell_values) AS c(n, v) WHERE n = 'pt:entries') AS entries,
         (SELECT v FROM unnest(cell_names, cell_values) AS c(n, v) WHERE n = 'pt:unique') AS people,
         (SELECT v FROM unnest(cell_names, cell_values) AS c(n, v) WHERE n = 'pl:started') AS placements,
         (SELECT count(*) FROM unnest(cell_names, cell_suppressed) AS c(n, h) WHERE n ~ '^(pt|pl|cp):' AND h)::int AS new_hidden,
         (SELECT count(*) FROM unnest(cell_names) AS c(n) WHERE n ~ '^(pt|pl|cp):')::int AS new_cells
       FROM outcomes.statistics_release WHERE project_id = $1 ORDER BY year, revision DESC`,
      [data.jointProjectId],
    );
    await service.query('COMMIT');
    for (const r of rows) {
      console.log(`  ${r.year}: ${r.audited_cells} count cells, ${r.primary_suppressed} small (primary), ${r.suppressed} hidden in all; ${r.over_people} of ${r.shown} destinations shown over people; participants: ${r.entries} entries, ${r.people ?? 'hidden'} unique people, ${r.placements} placements started, ${r.new_hidden} of ${r.new_cells} participant/placement cells hidden; computed in ${r.compute_ms} ms inside the function`);
    }
    const hidden = rows.reduce((s, r) => s + r.suppressed, 0) / Math.max(1, rows.reduce((s, r) => s + r.audited_cells, 0));
    return [summaryRow('statistics release: compute + audit + store', publish, `target < 2 s; ${(100 * hidden).toFixed(1)} % of cells hidden`)];
  } finally {
    await service.end();
  }
}
