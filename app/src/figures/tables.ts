import type { MetricsGranularity, PooledFiguresQuery } from '@polku/client';
import type { Strings } from '../strings.js';

/**
 * Every figure the coordinator page shows goes through one table model:
 * the screen renders these cells and the CSV download writes the very same
 * strings, so the file is exactly what is shown.
 */
export interface FigureTable {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** The first column names each row (a period, a destination, a partner). */
  rowHeader: boolean;
}

type Figures = PooledFiguresQuery['projectMetrics'];
type Count = { value?: number | null; suppressed: boolean };

export interface Formatters {
  t(key: keyof Strings, values?: Record<string, string | number>): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

/** A suppressed cell reads "suppressed", never 0; a cell with no value at all reads "–". */
export function countText(count: Count, f: Formatters): string {
  if (count.suppressed) return f.t('suppressed');
  return count.value == null ? '–' : f.formatNumber(count.value);
}

export function rateText(rate: Count, f: Formatters): string {
  if (rate.suppressed) return f.t('suppressed');
  return rate.value == null ? '–' : f.formatNumber(rate.value, { style: 'percent', maximumFractionDigits: 1 });
}

export function changeText(change: Count, f: Formatters): string {
  if (change.suppressed) return f.t('suppressed');
  return change.value == null ? '–' : f.formatNumber(change.value, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
}

export function periodLabel(from: string, granularity: MetricsGranularity): string {
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  if (granularity === 'YEAR') return year;
  if (granularity === 'QUARTER') return `${year} Q${Math.floor((month - 1) / 3) + 1}`;
  return `${month}/${year}`;
}

/** The targets the project committed to, against what the figures show. */
export function targetRows(figures: Figures, f: Formatters): Array<{ label: string; target: string; actual: string; met: boolean | null }> {
  return figures.project.targets.map((target) => {
    const share = (code: string) => figures.esfIndicators.find((indicator) => indicator.code === code)?.share;
    const actual =
      target.metric === 'QUALITY_PATH_SHARE' ? figures.qualityPathRate : target.metric === 'EMPLOYMENT_SHARE' ? share('EECR04') : target.metric === 'EDUCATION_SHARE' ? share('EECR02') : undefined;
    const isShare = target.metric !== 'CLIENTS_SERVED';
    return {
      label: target.metricLabel,
      target: isShare ? f.formatNumber(target.minimum / 100, { style: 'percent' }) : f.formatNumber(target.minimum),
      actual: actual ? rateText(actual, f) : '–',
      met: actual && !actual.suppressed && actual.value != null ? actual.value * 100 >= target.minimum : null,
    };
  });
}

export function figureTables(figures: Figures, granularity: MetricsGranularity, f: Formatters): FigureTable[] {
  const { t } = f;
  const tables: FigureTable[] = [
    {
      id: 'totals',
      rowHeader: false,
      title: t('summaryTable'),
      columns: [t('exits'), t('qualityPath'), t('qualityPathRate'), t('qualificationGained')],
      rows: [[countText(figures.exits, f), countText(figures.qualityPath, f), rateText(figures.qualityPathRate, f), countText(figures.qualificationGained, f)]],
    },
    {
      id: 'periods',
      rowHeader: true,
      title: t('periodsTable'),
      columns: [t('period'), t('exits'), t('qualityPath'), t('qualityPathRate')],
      rows: figures.timeSeries.map((bucket) => [
        periodLabel(bucket.from, granularity),
        countText(bucket.exits, f),
        countText(bucket.qualityPath, f),
        rateText(bucket.qualityPathRate, f),
      ]),
    },
    {
      id: 'destinations',
      rowHeader: true,
      title: t('destinationsTable'),
      columns: [t('destination'), t('count'), t('share')],
      rows: figures.destinations.map((d) => [d.label, countText(d.count, f), rateText(d.share, f)]),
    },
    {
      id: 'partners',
      rowHeader: true,
      title: t('partnersTable'),
      columns: [t('organisation'), t('exits'), t('qualityPath'), t('qualityPathRate')],
      rows: figures.partners.map((p) => [p.organisation.name, countText(p.exits, f), countText(p.qualityPath, f), rateText(p.qualityPathRate, f)]),
    },
    {
      id: 'esf',
      rowHeader: true,
      title: t('esfTable'),
      columns: [t('indicator'), t('count'), t('share')],
      rows: figures.esfIndicators.map((e) => [`${e.code} ${e.label}`, countText(e.count, f), rateText(e.share, f)]),
    },
    {
      id: 'follow-ups',
      rowHeader: false,
      title: t('followUpsTable'),
      columns: [t('followUpsDue'), t('followUpsCompleted'), t('followUpsCompletionRate'), t('employedAtSixMonths'), t('employmentRateAtSixMonths')],
      rows: [
        [
          countText(figures.followUps.due, f),
          countText(figures.followUps.completed, f),
          rateText(figures.followUps.completionRate, f),
          countText(figures.followUps.employedAtSixMonths, f),
          rateText(figures.followUps.employmentRateAtSixMonths, f),
        ],
      ],
    },
    {
      id: 'soft-outcomes',
      rowHeader: true,
      title: t('softOutcomesTable'),
      columns: [t('instrument'), t('enrolments'), t('averageChange')],
      rows: figures.softOutcomes.map((s) => [s.instrument.name, countText(s.enrolments, f), changeText(s.averageChange, f)]),
    },
  ];
  // A table with no rows is neither shown nor downloaded.
  return tables.filter((table) => table.rows.length > 0);
}

/** The overview: one row per calendar year (pooled figures exist a year at a time), with the quality-path target. */
export function yearTable(years: Array<{ year: number; figures: Figures }>, f: Formatters): FigureTable {
  const target = years[0]?.figures.project.targets.find((candidate) => candidate.metric === 'QUALITY_PATH_SHARE');
  const columns = [f.t('period'), f.t('exits'), f.t('qualityPath'), f.t('qualityPathRate')];
  if (target) columns.push(`${f.t('target')} ${f.formatNumber(target.minimum / 100, { style: 'percent' })}`);
  return {
    id: 'years',
      rowHeader: true,
    title: f.t('periodsTable'),
    columns,
    rows: years.map(({ year, figures }) => {
      const rate = figures.qualityPathRate;
      const row = [String(year), countText(figures.exits, f), countText(figures.qualityPath, f), rateText(rate, f)];
      if (target) row.push(rate.suppressed || rate.value == null ? '–' : rate.value * 100 >= target.minimum ? f.t('targetMet') : f.t('targetNotMet'));
      return row;
    }),
  };
}

/** RFC 4180 CSV of the tables as shown: each table's title, its header row, its rows, a blank line between tables. */
export function toCsv(heading: string[], tables: FigureTable[]): string {
  const line = (cells: string[]) => cells.map((cell) => (/[",\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
  const blocks = [heading.map((text) => line([text])).join('\r\n'), ...tables.map((table) => [line([table.title]), line(table.columns), ...table.rows.map(line)].join('\r\n'))];
  return blocks.join('\r\n\r\n') + '\r\n';
}
