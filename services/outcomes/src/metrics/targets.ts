import type { Cell, Cells } from './metrics.store.js';
import type { Measure } from './count.type.js';
import { TargetMetric, type TargetFigure } from './target.type.js';

/** Where a figure is not defined (no such cell, e.g. a release made before participants were released): no value, nothing hidden. */
const undefinedMeasure: Measure = { value: null, suppressed: false };

/** A cell summed over several releases: hidden when any part is, undefined when any part is missing. */
function sum(parts: Cells[], name: string): Cell | undefined {
  let value = 0;
  for (const cells of parts) {
    const cell = cells.get(name);
    if (!cell) return undefined;
    if (cell.suppressed || cell.value === null) return { value: null, suppressed: true };
    value += cell.value;
  }
  return { value, suppressed: false };
}

const countCell: Partial<Record<TargetMetric, string>> = {
  CLIENTS_SERVED: 'pt:entries',
  ENTRIES: 'pt:entries',
  UNIQUE_PARTICIPANTS: 'pt:unique',
  EXITS: 'exits',
  QUALITY_PATHS: 'quality',
};
const shareCell: Partial<Record<TargetMetric, string>> = {
  QUALITY_PATH_SHARE: 'quality',
  EMPLOYMENT_SHARE: 'esf:IN_EMPLOYMENT',
  EDUCATION_SHARE: 'esf:IN_EDUCATION_OR_TRAINING',
};

function actual(metric: TargetMetric, parts: Cells[]): Measure {
  const count = countCell[metric];
  if (count) {
    const cell = sum(parts, count);
    return cell ? { value: cell.value, suppressed: cell.suppressed } : undefinedMeasure;
  }
  const numerator = sum(parts, shareCell[metric]!);
  const exits = sum(parts, 'exits');
  if (!numerator || !exits) return undefinedMeasure;
  if (numerator.suppressed || exits.suppressed) return { value: null, suppressed: true };
  return exits.value ? { value: Math.round((numerator.value! / exits.value) * 10_000) / 100, suppressed: false } : undefinedMeasure;
}

/**
 * The project's targets against the figures: `period` is the period's cells,
 * `toDate` the parts that add up to the project's start..period end (own
 * view: one live computation; pooled: the newest release of each year).
 * Unique participants are not additive over years: no figure to date.
 */
export function targetFigures(targets: Array<{ metric: TargetMetric; minimum: number }>, period: Cells, toDate: Cells[]): TargetFigure[] {
  return targets.map(({ metric, minimum }) => {
    const toDateFigure = metric === TargetMetric.UNIQUE_PARTICIPANTS && toDate.length > 1 ? undefinedMeasure : actual(metric, toDate);
    return {
      metric,
      minimum,
      actual: actual(metric, [period]),
      actualToDate: toDateFigure,
      reached: toDateFigure.value === null ? null : toDateFigure.value >= minimum,
    };
  });
}
