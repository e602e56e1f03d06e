import type { EntityManager } from 'typeorm';
import type { Cells } from '../metrics/metrics.store.js';
import type { ReleaseReason, StatisticsRelease } from './release.type.js';

interface ReleaseRow {
  id: string;
  year: number;
  revision: number;
  published_at: Date;
  reason: ReleaseReason;
  min_cell_size: number;
  audited_cells: number;
  primary_suppressed: number;
  suppressed: number;
  over_people: boolean;
  with_participants: boolean;
}

// Releases from migration 1741 on carry 'further:<D>' cells; earlier ones counted primary destinations only.
const columns = `id, year, revision, published_at, reason, min_cell_size, audited_cells, primary_suppressed, suppressed,
  'further:UNKNOWN' = ANY (cell_names) AS over_people, 'pt:entries' = ANY (cell_names) AS with_participants`;

function releaseOf(row: ReleaseRow): StatisticsRelease {
  return {
    id: row.id,
    year: row.year,
    revision: row.revision,
    publishedAt: row.published_at,
    reason: row.reason,
    minimumCellSize: row.min_cell_size,
    auditedCells: row.audited_cells,
    primarySuppressedCells: row.primary_suppressed,
    suppressedCells: row.suppressed,
    destinationsOverPeople: row.over_people,
    participantFigures: row.with_participants,
  };
}

function cellsOf(row: { cell_names: string[]; cell_values: Array<string | null>; cell_suppressed: boolean[] }): Cells {
  return new Map(row.cell_names.map((name, i) => [name, { value: row.cell_values[i] === null ? null : Number(row.cell_values[i]), suppressed: row.cell_suppressed[i]! }]));
}

/**
 * Statistics releases. The service role reads published (already suppressed)
 * cells only; computing a release runs inside the database
 * (outcomes.publish_statistics_release, owned by the NOLOGIN role
 * outcomes_pooled), so this code never sees another organisation's rows nor
 * a hidden count.
 */
export const releaseStore = {
  /** The newest revision for the year, or the one asked for; null when none is published. */
  async cells(manager: EntityManager, projectId: string, year: number, revision?: number | null): Promise<{ release: StatisticsRelease; cells: Cells } | null> {
    const [row]: Array<ReleaseRow & { cell_names: string[]; cell_values: Array<string | null>; cell_suppressed: boolean[] }> = await manager.query(
      `/* releaseCells */ SELECT ${columns}, cell_names, cell_values, cell_suppressed FROM outcomes.statistics_release
       WHERE project_id = $1 AND year = $2 AND ($3::int IS NULL OR revision = $3) ORDER BY revision DESC LIMIT 1`,
      [projectId, year, revision ?? null],
    );
    if (!row) return null;
    return { release: releaseOf(row), cells: cellsOf(row) };
  },

  /** The newest revision of each year from..to that has a release: what cumulative figures add up. */
  async cellsOfYears(manager: EntityManager, projectId: string, fromYear: number, toYear: number): Promise<Map<number, Cells>> {
    const rows: Array<{ year: number; cell_names: string[]; cell_values: Array<string | null>; cell_suppressed: boolean[] }> = await manager.query(
      `/* releaseCellsOfYears */ SELECT DISTINCT ON (year) year, cell_names, cell_values, cell_suppressed FROM outcomes.statistics_release
       WHERE project_id = $1 AND year BETWEEN $2 AND $3 ORDER BY year, revision DESC`,
      [projectId, fromYear, toYear],
    );
    return new Map(rows.map((row) => [row.year, cellsOf(row)]));
  },

  async list(manager: EntityManager, projectId: string): Promise<StatisticsRelease[]> {
    const rows: ReleaseRow[] = await manager.query(
      `/* listReleases */ SELECT ${columns} FROM outcomes.statistics_release WHERE project_id = $1 ORDER BY year DESC, revision DESC`,
      [projectId],
    );
    return rows.map(releaseOf);
  },

  /** Publishes a new revision of a closed year now; returns it. */
  async publish(manager: EntityManager, projectId: string, year: number, requestedBy: string): Promise<StatisticsRelease> {
    const [{ id }] = await manager.query(`/* publishRelease */ SELECT outcomes.publish_statistics_release($1, $2, 'ON_DEMAND', $3) AS id`, [
      projectId,
      year,
      requestedBy,
    ]);
    const [row]: ReleaseRow[] = await manager.query(`SELECT ${columns} FROM outcomes.statistics_release WHERE id = $1`, [id]);
    return releaseOf(row!);
  },

  /** The default schedule: releases for closed years that have none; returns how many were made. */
  async publishDue(manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query('/* publishDueReleases */ SELECT outcomes.publish_due_statistics_releases() AS n');
    return Number(n);
  },
};
