import { apiError, ErrorCode } from '@polku/kit';

/**
 * Follow-up offsets as ISO 8601 durations of months, weeks or days ("P4W",
 * "P3M", "P6M"), stored as Postgres intervals. The default schedule is 4
 * weeks, 3 months and 6 months after the exit.
 */
export const defaultFollowUpSchedule = ['P4W', 'P3M', 'P6M'];

const durationPattern = /^P(?:(\d{1,2})M|(\d{1,2})W|(\d{1,3})D)$/;

/** "P3M" → "3 months", or BAD_USER_INPUT. */
export function intervalOfDuration(duration: string): string {
  const match = durationPattern.exec(duration);
  if (!match) throw apiError(ErrorCode.BAD_USER_INPUT, `"${duration}" is not a duration like P4W, P3M or P90D.`, { argument: 'followUpSchedule' });
  const [, months, weeks, days] = match;
  const interval = months ? `${Number(months)} months` : weeks ? `${Number(weeks) * 7} days` : `${Number(days)} days`;
  if (interval === '0 months' || interval === '0 days') throw apiError(ErrorCode.BAD_USER_INPUT, 'A follow-up must come after the exit.', { argument: 'followUpSchedule' });
  return interval;
}

/**
 * A Postgres interval → ISO 8601 ("P4W", "P6M", "P14M"). It arrives as text
 * ("28 days", "6 mons", "1 year 2 mons") or as node-postgres' parsed object.
 */
export function durationOfInterval(value: string | { years?: number; months?: number; days?: number }): string {
  const interval = typeof value === 'string' ? value : `${value.years ?? 0} years ${value.months ?? 0} mons ${value.days ?? 0} days`;
  const years = Number(/(\d+) years?/.exec(interval)?.[1] ?? 0);
  const months = Number(/(\d+) mons?/.exec(interval)?.[1] ?? 0) + years * 12;
  const days = Number(/(\d+) days?/.exec(interval)?.[1] ?? 0);
  if (months && !days) return `P${months}M`;
  if (!months && days % 7 === 0 && days) return `P${days / 7}W`;
  return `P${months ? `${months}M` : ''}${days ? `${days}D` : ''}`;
}
