import { apiError, ErrorCode, isUuid, type SubgraphContext } from '@polku/kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { isDate, today } from '../dates.js';
import { allDestinations, destinationLabels, EsfIndicator, esfIndicatorLabels } from '../exits/exit-destination.js';
import type { OutcomesLoaders } from '../loaders.js';
import { DEFAULT_MIN_CELL_SIZE, projectSettingsStore } from '../settings/project-settings.js';
import { softOutcomeStore } from '../soft-outcomes/soft-outcome.store.js';
import { localiseInstrument } from '../soft-outcomes/soft-outcome.resolver.js';
import { indicatorsCsv } from './metrics-csv.js';
import { releaseStore } from '../releases/release.store.js';
import type { StatisticsRelease } from '../releases/release.type.js';
import { bucketsOf, ownCells, type Cell, type Cells } from './metrics.store.js';
import { MetricsArgs, MetricsGranularity, MetricsView, ProjectMetrics, type Count, type Measure } from './metrics.type.js';
import { EsfOutputIndicator, outputIndicators, type ParticipantFigures } from '../participants/participant-figures.type.js';
import { Gender } from '../participants/participant.type.js';
import { projectTargets } from '../references/project-targets.js';
import { targetFigures } from './targets.js';
import { PlacementKind } from '../placements/placement-kind.js';

type Context = SubgraphContext<OutcomesLoaders>;

/** ESF+ common result indicator codes (Regulation (EU) 2021/1057, Annex I). */
export const esfCodes: Record<EsfIndicator, string> = {
  JOB_SEARCHING: 'EECR01',
  IN_EDUCATION_OR_TRAINING: 'EECR02',
  GAINED_QUALIFICATION: 'EECR03',
  IN_EMPLOYMENT: 'EECR04',
};

const zero: Cell = { value: 0, suppressed: false };

function count(cells: Cells, name: string): Count {
  return cells.get(name) ?? zero;
}

/** A sum is hidden whenever a count in it is hidden. */
function plus(a: Count, b: Count): Count {
  if (a.suppressed || b.suppressed) return { value: null, suppressed: true };
  return { value: a.value! + b.value!, suppressed: false };
}

/** A rate is hidden whenever a count it is built on is hidden. */
function ratio(numerator: Count, denominator: Count): Measure {
  if (numerator.suppressed || denominator.suppressed) return { value: null, suppressed: true };
  if (!denominator.value) return { value: null, suppressed: false };
  return { value: Math.round((numerator.value! / denominator.value) * 10_000) / 10_000, suppressed: false };
}

function checkPeriod(args: MetricsArgs): number | undefined {
  if (!isUuid(args.projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
  // years 0001..9999: the kit's LocalDate scalar refuses others already; this keeps the resolver safe on its own
  if (!isDate(args.from) || !isDate(args.to) || args.from > args.to || args.from < '0001-01-01') {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'from must be a date on or before to.', { argument: 'from' });
  }
  // No figures exist for a period that has not begun; refusing it also keeps year-9999 requests from walking empty buckets.
  if (args.from > today()) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'The period has not begun yet: from must be today or earlier.', { argument: 'from' });
  }
  if (args.view === MetricsView.POOLED) {
    const year = Number(args.from.slice(0, 4));
    // Pooled figures exist per calendar year only: overlapping periods could be differenced to reveal a small count.
    if (args.from !== `${year}-01-01` || args.to !== `${year}-12-31`) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'Pooled figures cover one calendar year: from YYYY-01-01 to YYYY-12-31.', { argument: 'from' });
    }
    return year;
  }
  if (Number(args.to.slice(0, 4)) - Number(args.from.slice(0, 4)) > 20) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'The period may span at most 20 years.', { argument: 'to' });
  }
  return undefined;
}

export async function projectMetrics(args: MetricsArgs, ctx: Context): Promise<ProjectMetrics> {
  const year = checkPeriod(args);
  const pooled = year !== undefined;
  // Asked before the transaction: never a call to another subgraph inside db.run.
  const plan = await projectTargets(ctx.peers, args.projectId);
  const { cells, instruments, k, release, toDate } = await ctx.db.run(async (manager) => {
    let release: StatisticsRelease | null = null;
    let cells: Cells;
    if (pooled) {
      // Pooled figures come from published releases only, never from a live query.
      const released = await releaseStore.cells(manager, args.projectId, year, args.revision);
      if (!released) {
        throw apiError(ErrorCode.NOT_FOUND, args.revision ? 'No such revision of this year\'s release.' : 'No statistics release for this project and year yet: releases are made once a year has closed.', {
          argument: args.revision ? 'revision' : 'from',
        });
      }
      ({ release, cells } = released);
    } else {
      cells = await ownCells(manager, args.projectId, args.from, args.to, args.granularity);
    }
    const k = pooled ? (cells.get('min_cell_size')?.value ?? DEFAULT_MIN_CELL_SIZE) : (await projectSettingsStore.get(manager, args.projectId)).minimumCellSize;
    // Cumulative figures for the targets: project start to period end.
    let toDate: Cells[] = [];
    if (plan.targets.length > 0) {
      toDate = pooled
        ? [...(await releaseStore.cellsOfYears(manager, args.projectId, Math.min(Number((plan.startsOn ?? args.from).slice(0, 4)), year), year)).values()]
        : [await ownCells(manager, args.projectId, plan.startsOn && plan.startsOn < args.from ? plan.startsOn : args.from, args.to, MetricsGranularity.YEAR)];
    }
    return { cells, k, release, toDate, instruments: await softOutcomeStore.instruments(manager) };
  });

  const exits = count(cells, 'exits');
  const quality = count(cells, 'quality');
  const partnerIds = [...new Set([...cells.keys()].filter((n) => n.startsWith('partner:')).map((n) => n.split(':')[1]!))].sort();
  // Own figures and releases both name the follow-ups due 'fu:due' (the old live function wrote 'fu:scheduled', so pooled due was always 0).
  const fuDue = count(cells, 'fu:due');
  const fuCompleted = count(cells, 'fu:completed');
  const completed6 = count(cells, 'fu:completed_6m');
  const employed6 = count(cells, 'fu:employed_6m');

  return {
    project: { id: args.projectId },
    view: args.view,
    from: args.from,
    to: args.to,
    granularity: args.granularity,
    minimumCellSize: k,
    release,
    exits,
    qualityPath: quality,
    qualityPathRate: ratio(quality, exits),
    qualificationGained: count(cells, 'qualification'),
    destinations: allDestinations.map((destination) => {
      // People with the destination: as their primary one ('dest:') or as a further one ('further:'), shares over people.
      // A release published before migration 1741 has no further cells: primary only (release.destinationsOverPeople).
      const primary = count(cells, `dest:${destination}`);
      const c = plus(primary, count(cells, `further:${destination}`));
      return { destination, label: destinationLabels[destination][ctx.locale], count: c, primaryCount: primary, share: ratio(c, exits) };
    }),
    esfIndicators: Object.values(EsfIndicator).map((indicator) => {
      const c = count(cells, indicator === EsfIndicator.GAINED_QUALIFICATION ? 'qualification' : `esf:${indicator}`);
      return { indicator, code: esfCodes[indicator], label: esfIndicatorLabels[indicator][ctx.locale], count: c, share: ratio(c, exits) };
    }),
    partners: partnerIds.map((id) => {
      const e = count(cells, `partner:${id}:exits`);
      const q = count(cells, `partner:${id}:quality`);
      return { organisation: { id }, exits: e, qualityPath: q, qualityPathRate: ratio(q, e) };
    }),
    softOutcomes: instruments
      .filter((i) => cells.has(`soft:${i.id}:enrolments`))
      .map((i) => {
        const enrolments = count(cells, `soft:${i.id}:enrolments`);
        const average = cells.get(`soft:${i.id}:average_change`)!;
        return { instrument: localiseInstrument(i, ctx), enrolments, averageChange: { value: average.value, suppressed: average.suppressed } };
      }),
    followUps: {
      due: fuDue,
      completed: fuCompleted,
      completionRate: ratio(fuCompleted, fuDue),
      completedAtSixMonths: completed6,
      employedAtSixMonths: employed6,
      employmentRateAtSixMonths: ratio(employed6, completed6),
    },
    participants: cells.has('pt:entries') ? participantFigures(cells, ctx) : null,
    activities: pooled && cells.has('pl:started') ? activityFigures(cells) : null,
    targets: targetFigures(plan.targets, cells, toDate),
    timeSeries: bucketsOf(args.from, args.to, args.granularity, pooled).map((bucket) => {
      const prefix = bucket.key ? `${bucket.key}:` : '';
      const e = count(cells, `${prefix}exits`);
      const q = count(cells, `${prefix}quality`);
      return { from: bucket.from, to: bucket.to, exits: e, qualityPath: q, qualityPathRate: ratio(q, e) };
    }),
  };
}

function participantFigures(cells: Cells, ctx: Context): ParticipantFigures {
  const entries = count(cells, 'pt:entries');
  const partnerIds = [...cells.keys()].filter((n) => n.startsWith('pt:partner:')).map((n) => n.slice('pt:partner:'.length)).sort();
  return {
    entries,
    activeAtPeriodEnd: count(cells, 'pt:active'),
    uniqueParticipants: cells.has('pt:unique') ? count(cells, 'pt:unique') : null,
    outputIndicators: Object.values(EsfOutputIndicator).map((indicator) => {
      const [code, cell, labels] = outputIndicators[indicator];
      const c = count(cells, cell);
      return { indicator, code, label: labels[ctx.locale], count: c, share: ratio(c, entries) };
    }),
    genders: Object.values(Gender).map((gender) => ({ gender, entries: count(cells, `pt:gender:${gender}`) })),
    partners: partnerIds.map((id) => ({ organisation: { id }, entries: count(cells, `pt:partner:${id}`) })),
  };
}

function activityFigures(cells: Cells) {
  return {
    placementsStarted: count(cells, 'pl:started'),
    placementsEnded: count(cells, 'pl:ended'),
    placementsByKind: Object.values(PlacementKind).map((kind) => ({ kind, started: count(cells, `pl:started:${kind}`), ended: count(cells, `pl:ended:${kind}`) })),
    badgesAwarded: count(cells, 'cp:badges_awarded'),
    qualificationUnitsPassed: count(cells, 'cp:qualification_units_passed'),
  };
}

@Resolver(() => ProjectMetrics)
export class ProjectMetricsResolver {
  @Query(() => ProjectMetrics, {
    description:
      "A project's outcome figures. OWN_ORGANISATION: the caller organisation's figures, unsuppressed, any period (COACH, ORG_ADMIN). POOLED: all partners' figures for one calendar year with small counts suppressed (COORDINATOR or FUNDER appointed to the project).",
  })
  projectMetrics(@Args() args: MetricsArgs, @Ctx() ctx: Context) {
    return projectMetrics(args, ctx);
  }

  @Query(() => String, {
    description: 'The same figures as projectMetrics as CSV text (UTF-8, comma-separated, header row) for funder reporting (EURA 2021, STEA). Same permissions and suppression.',
  })
  async projectIndicatorsCsv(@Args() args: MetricsArgs, @Ctx() ctx: Context) {
    return indicatorsCsv(await projectMetrics(args, ctx));
  }
}
