import type { EntityManager } from 'typeorm';
import { allDestinations, destinationsOf, EsfIndicator, isEmployment, isQualityPath, type ExitDestination } from '../exits/exit-destination.js';
import { ownParticipantCells } from '../participants/participant-cells.js';
import type { MetricsGranularity } from './metrics.type.js';

/** A published figure: value null when suppressed. */
export interface Cell {
  value: number | null;
  suppressed: boolean;
}
export type Cells = Map<string, Cell>;

const statusIndicators = [EsfIndicator.JOB_SEARCHING, EsfIndicator.IN_EDUCATION_OR_TRAINING, EsfIndicator.IN_EMPLOYMENT] as const;

/**
 * The caller organisation's own figures for any period, unsuppressed. Row
 * level security limits every table read here to the caller's organisation.
 * Cell names follow the pooled function's; buckets are 'bucket:<first day>'.
 */
export async function ownCells(manager: EntityManager, projectId: string, from: string, to: string, granularity: MetricsGranularity): Promise<Cells> {
  const unit = granularity.toLowerCase();
  // One after another: the statements share the transaction's connection.
  const exits: Array<{ orgId: string; bucket: string; destination: ExitDestination; g: boolean; n: number }> = await manager.query(
      `SELECT org_id AS "orgId", to_char(date_trunc($4, exit_date), 'YYYY-MM-DD') AS bucket, destination, qualification_gained AS g, count(*)::int AS n
       FROM outcomes.exit_outcome WHERE project_id = $1 AND exit_date BETWEEN $2 AND $3 GROUP BY 1, 2, 3, 4`,
      [projectId, from, to, unit],
  );
  const further: Array<{ destination: ExitDestination; n: number }> = await manager.query(
      `SELECT f.destination, count(*)::int AS n
       FROM outcomes.exit_outcome CROSS JOIN LATERAL unnest(further_destinations) AS f(destination)
       WHERE project_id = $1 AND exit_date BETWEEN $2 AND $3 GROUP BY 1`,
      [projectId, from, to],
  );
  const followUps: Array<{ due: number; completed: number; completed_6m: number; employed_6m: number }> = await manager.query(
      `SELECT count(*)::int AS due, count(completed_on)::int AS completed,
              count(completed_on) FILTER (WHERE after = '6 months')::int AS completed_6m,
              count(*) FILTER (WHERE after = '6 months' AND found_destination = ANY($4))::int AS employed_6m
       FROM outcomes.follow_up WHERE project_id = $1 AND due_on BETWEEN $2 AND least($3::date, current_date - 1)`,
      [projectId, from, to, allDestinations.filter(isEmployment)],
  );
  const soft: Array<{ instrumentId: string; n: number; change: number }> = await manager.query(
      `SELECT instrument_id AS "instrumentId", count(*)::int AS n, round(avg(last_mean - first_mean), 3)::float8 AS change
       FROM outcomes.soft_change WHERE project_id = $1 AND assessments >= 2 AND last_on BETWEEN $2 AND $3 GROUP BY 1`,
      [projectId, from, to],
  );
  const participants = await ownParticipantCells(manager, projectId, from, to);
  const counts = new Map<string, number>(participants);
  const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
  for (const name of ['exits', 'quality', 'non_quality', 'qualification', 'no_qualification']) add(name, 0);
  for (const d of allDestinations) add(`dest:${d}`, 0);
  for (const ind of statusIndicators) add(`esf:${ind}`, 0);
  for (const row of exits) {
    const q = isQualityPath(row.destination) ? 'quality' : 'non_quality';
    for (const name of ['exits', q, row.g ? 'qualification' : 'no_qualification', `dest:${row.destination}`,
      `partner:${row.orgId}:exits`, `partner:${row.orgId}:${q}`, `bucket:${row.bucket}:exits`, `bucket:${row.bucket}:${q}`]) add(name, row.n);
    for (const ind of statusIndicators) if (destinationsOf(ind).includes(row.destination)) add(`esf:${ind}`, row.n);
  }
  for (const row of further) add(`further:${row.destination}`, row.n);
  const fu = followUps[0]!;
  Object.entries({ due: fu.due, completed: fu.completed, completed_6m: fu.completed_6m, employed_6m: fu.employed_6m }).forEach(([k, v]) => add(`fu:${k}`, v));
  for (const s of soft) {
    add(`soft:${s.instrumentId}:enrolments`, s.n);
    counts.set(`soft:${s.instrumentId}:average_change`, s.change);
  }
  return new Map([...counts].map(([name, value]) => [name, { value, suppressed: false }]));
}

/** The buckets of a period: pooled ones are named as the function names them, own ones 'bucket:<first day>'. */
export function bucketsOf(from: string, to: string, granularity: MetricsGranularity, pooled: boolean): Array<{ from: string; to: string; key: string }> {
  const months = granularity === 'MONTH' ? 1 : granularity === 'QUARTER' ? 3 : 12;
  const start = new Date(`${from}T00:00:00Z`);
  start.setUTCDate(1);
  start.setUTCMonth(Math.floor(start.getUTCMonth() / months) * months);
  const buckets = [];
  // Compared as times: past year 9999 an ISO string reads "+010000-…", which sorts before "9999-12-31".
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let cursor = start; cursor.getTime() <= end; ) {
    const next = new Date(cursor);
    next.setUTCMonth(next.getUTCMonth() + months);
    const last = new Date(next.getTime() - 86_400_000);
    const month = cursor.getUTCMonth() + 1;
    const key = !pooled
      ? `bucket:${iso(cursor)}`
      : granularity === 'MONTH'
        ? `month:${String(month).padStart(2, '0')}`
        : granularity === 'QUARTER'
          ? `quarter:${(month - 1) / 3 + 1}`
          : '';
    buckets.push({ from: iso(cursor) < from ? from : iso(cursor), to: iso(last) > to ? to : iso(last), key });
    cursor = next;
  }
  return buckets;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
