import type { Count, Measure, ProjectMetrics } from './metrics.type.js';

const header = ['project_id', 'view', 'period_from', 'period_to', 'indicator', 'category', 'code', 'value', 'suppressed', 'release_revision', 'release_published_at'];

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Funder-reporting CSV of a metrics result: one row per figure, suppressed
 * figures with an empty value and suppressed=true. Built from the already
 * suppressed result, so it can never show more than the GraphQL answer.
 * Pooled rows name the statistics release (revision, when published) they come from.
 */
export function indicatorsCsv(m: ProjectMetrics): string {
  const rows: Array<Array<string | number | null>> = [header];
  const add = (indicator: string, category: string, code: string, figure: Count | Measure) =>
    rows.push([m.project.id, m.view, m.from, m.to, indicator, category, code, figure.value, String(figure.suppressed),
      m.release?.revision ?? null, m.release?.publishedAt.toISOString() ?? null]);
  add('exits', '', '', m.exits);
  add('quality_path', '', '', m.qualityPath);
  add('quality_path_rate', '', '', m.qualityPathRate);
  for (const e of m.esfIndicators) add('esf_indicator', e.indicator, e.code, e.count);
  for (const d of m.destinations) add('destination', d.destination, '', d.count);
  for (const p of m.partners) {
    add('partner_exits', p.organisation.id, '', p.exits);
    add('partner_quality_path', p.organisation.id, '', p.qualityPath);
  }
  add('follow_ups_due', '', '', m.followUps.due);
  add('follow_ups_completed', '', '', m.followUps.completed);
  add('employed_at_6_months', '', '', m.followUps.employedAtSixMonths);
  add('follow_ups_completed_at_6_months', '', '', m.followUps.completedAtSixMonths);
  for (const s of m.softOutcomes) {
    add('soft_outcome_enrolments', s.instrument.code, '', s.enrolments);
    add('soft_outcome_average_change', s.instrument.code, '', s.averageChange);
  }
  if (m.participants) {
    add('entries', '', '', m.participants.entries);
    add('active_at_period_end', '', '', m.participants.activeAtPeriodEnd);
    if (m.participants.uniqueParticipants) add('unique_participants', '', '', m.participants.uniqueParticipants);
    for (const o of m.participants.outputIndicators) add('esf_output_indicator', o.indicator, o.code, o.count);
    for (const g of m.participants.genders) add('entries_by_gender', g.gender, '', g.entries);
    for (const p of m.participants.partners) add('partner_entries', p.organisation.id, '', p.entries);
  }
  if (m.activities) {
    add('placements_started', '', '', m.activities.placementsStarted);
    add('placements_ended', '', '', m.activities.placementsEnded);
    for (const k of m.activities.placementsByKind) {
      add('placements_started', k.kind, '', k.started);
      add('placements_ended', k.kind, '', k.ended);
    }
    add('badges_awarded', '', '', m.activities.badgesAwarded);
    add('qualification_units_passed', '', '', m.activities.qualificationUnitsPassed);
  }
  for (const t of m.targets) {
    add('target_minimum', t.metric, '', { value: t.minimum, suppressed: false });
    add('target_actual', t.metric, '', t.actual);
    add('target_actual_to_date', t.metric, '', t.actualToDate);
  }
  for (const b of m.timeSeries) {
    add('bucket_exits', `${b.from}..${b.to}`, '', b.exits);
    add('bucket_quality_path', `${b.from}..${b.to}`, '', b.qualityPath);
  }
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
