import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EsfIndicator, ExitDestination } from '../exits/exit-destination.js';
import { Organisation, Project } from '../references/directory.reference.js';
import { Instrument } from '../soft-outcomes/soft-outcome.type.js';
import { StatisticsRelease } from '../releases/release.type.js';
import { Count, Measure } from './count.type.js';
import { ParticipantFigures } from '../participants/participant-figures.type.js';
import { TargetFigure } from './target.type.js';
import { ActivityFigures } from './activity.type.js';

export { Count, Measure } from './count.type.js';

export enum MetricsGranularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(MetricsGranularity, {
  name: 'MetricsGranularity',
  description: 'Length of the time-series buckets.',
  valuesConfig: { MONTH: { description: 'Calendar months.' }, QUARTER: { description: 'Calendar quarters.' }, YEAR: { description: 'Calendar years.' } },
});

export enum MetricsView {
  OWN_ORGANISATION = 'OWN_ORGANISATION',
  POOLED = 'POOLED',
}
registerEnumType(MetricsView, {
  name: 'MetricsView',
  description: 'Whose figures: the caller organisation\'s own, or the whole project\'s pooled and suppressed.',
  valuesConfig: {
    OWN_ORGANISATION: { description: "The caller's organisation's figures in the project, unsuppressed (COACH, ORG_ADMIN). Any period." },
    POOLED: {
      description:
        "Every partner's figures pooled, with small counts suppressed (COORDINATOR or FUNDER of the project). One calendar year at a time, so that periods cannot be differenced.",
    },
  },
});

@ArgsType()
export class MetricsArgs {
  @Field(() => ID, { description: 'The project.' })
  projectId: string;

  @Field(() => MetricsView, { description: 'Own figures or pooled figures.' })
  view: MetricsView;

  @Field(() => LocalDateResolver, { description: 'First day of the period (exits on or after it). POOLED: 1 January.' })
  from: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period. POOLED: 31 December of the same year.' })
  to: string;

  @Field(() => MetricsGranularity, { description: 'Bucket length of the time series.' })
  granularity: MetricsGranularity;

  @Field(() => Int, { nullable: true, description: 'POOLED: which revision of the year\'s statistics release to read (default: the newest).' })
  revision?: number | null;
}

@ObjectType({ description: 'Exits to one destination.' })
export class DestinationFigure {
  @Field(() => ExitDestination, { description: 'The destination.' })
  destination: ExitDestination;

  @Field({ description: "The destination in the caller's language." })
  label: string;

  @Field(() => Count, {
    description:
      'People who went to this destination, as their primary or as a further destination: a person with further destinations counts under each, so these may add up to more than exits. POOLED: hidden when either part is hidden by the audit (then primaryCount may still show); a release published before further destinations were released (release.destinationsOverPeople false) counts primary destinations only, so there count equals primaryCount.',
  })
  count: Count;

  @Field(() => Count, { description: 'People whose primary destination this is (these add up to exits; the quality path and ESF+ indicators are read from them).' })
  primaryCount: Count;

  @Field(() => Measure, {
    description:
      'Share of the people who exited (0..1), count over exits; with further destinations the shares may add up to more than 1. POOLED from a release without further destinations (release.destinationsOverPeople false): primary destinations over exits.',
  })
  share: Measure;
}

@ObjectType({ description: 'One ESF+ common result indicator.' })
export class EsfIndicatorFigure {
  @Field(() => EsfIndicator, { description: 'The indicator.' })
  indicator: EsfIndicator;

  @Field({ description: 'The indicator code in EU reporting (EECR01..EECR04).' })
  code: string;

  @Field({ description: "The indicator in the caller's language." })
  label: string;

  @Field(() => Count, { description: 'Participants counted.' })
  count: Count;

  @Field(() => Measure, { description: 'Share of all exits (0..1).' })
  share: Measure;
}

@ObjectType({ description: "One partner organisation's part of the figures." })
export class PartnerFigures {
  @Field(() => Organisation, { description: 'The partner organisation.' })
  organisation: Organisation;

  @Field(() => Count, { description: "Exits of the partner's clients." })
  exits: Count;

  @Field(() => Count, { description: 'Of them, exits to a quality continuation path.' })
  qualityPath: Count;

  @Field(() => Measure, { description: 'Quality-path rate (0..1).' })
  qualityPathRate: Measure;
}

@ObjectType({ description: 'Average distance travelled on one instrument.' })
export class SoftOutcomeFigures {
  @Field(() => Instrument, { description: 'The instrument.' })
  instrument: Instrument;

  @Field(() => Count, { description: 'Enrolments with at least two assessments whose last assessment falls in the period.' })
  enrolments: Count;

  @Field(() => Measure, { description: 'Average change of the mean score from the first to the last assessment.' })
  averageChange: Measure;
}

@ObjectType({ description: 'Follow-ups due in the period (up to the end of the last complete month, or yesterday for own figures).' })
export class FollowUpFigures {
  @Field(() => Count, { description: 'Follow-ups due.' })
  due: Count;

  @Field(() => Count, { description: 'Of them, completed.' })
  completed: Count;

  @Field(() => Measure, { description: 'Completed share of those due (0..1).' })
  completionRate: Measure;

  @Field(() => Count, { description: 'Completed six-month follow-ups.' })
  completedAtSixMonths: Count;

  @Field(() => Count, { description: 'Of them, the client was employed.' })
  employedAtSixMonths: Count;

  @Field(() => Measure, { description: 'Employment rate at six months (0..1) among completed six-month follow-ups.' })
  employmentRateAtSixMonths: Measure;
}

@ObjectType({ description: 'Exits in one time bucket.' })
export class MetricsBucket {
  @Field(() => LocalDateResolver, { description: 'First day of the bucket (within the period).' })
  from: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the bucket (within the period).' })
  to: string;

  @Field(() => Count, { description: 'Exits.' })
  exits: Count;

  @Field(() => Count, { description: 'Exits to a quality continuation path.' })
  qualityPath: Count;

  @Field(() => Measure, { description: 'Quality-path rate (0..1).' })
  qualityPathRate: Measure;
}

@ObjectType({ description: "A project's outcome figures for a period: exits, quality paths, destinations, partners, soft outcomes, follow-ups and ESF+ indicators." })
export class ProjectMetrics {
  @Field(() => Project, { description: 'The project.' })
  project: Project;

  @Field(() => MetricsView, { description: 'Own or pooled figures.' })
  view: MetricsView;

  @Field(() => LocalDateResolver, { description: 'First day of the period.' })
  from: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period.' })
  to: string;

  @Field(() => MetricsGranularity, { description: 'Bucket length of the time series.' })
  granularity: MetricsGranularity;

  @Field(() => Int, { description: 'k: counts 1..k-1 are suppressed in pooled figures.' })
  minimumCellSize: number;

  @Field(() => StatisticsRelease, {
    nullable: true,
    description: 'POOLED: the statistics release (year, revision, when it was made) the figures come from; null for own figures, which are live.',
  })
  release: StatisticsRelease | null;

  @Field(() => Count, { description: 'Exits in the period: the people whose path in the project ended (one exit per enrolment).' })
  exits: Count;

  @Field(() => Count, { description: 'Exits to a quality continuation path (employment or education).' })
  qualityPath: Count;

  @Field(() => Measure, { description: 'Quality-path rate (0..1), the headline figure.' })
  qualityPathRate: Measure;

  @Field(() => Count, { description: 'Exits with a qualification gained.' })
  qualificationGained: Count;

  @Field(() => [DestinationFigure], { description: 'People per destination (primary and further), every destination listed.' })
  destinations: DestinationFigure[];

  @Field(() => [EsfIndicatorFigure], { description: 'ESF+ common result indicators.' })
  esfIndicators: EsfIndicatorFigure[];

  @Field(() => [PartnerFigures], { description: 'Per partner organisation with exits (own view: the caller\'s organisation only).' })
  partners: PartnerFigures[];

  @Field(() => [SoftOutcomeFigures], { description: 'Distance travelled per instrument.' })
  softOutcomes: SoftOutcomeFigures[];

  @Field(() => FollowUpFigures, { description: 'Follow-up completion and employment at six months.' })
  followUps: FollowUpFigures;

  @Field(() => [MetricsBucket], { description: 'Exits and quality-path rate per bucket.' })
  timeSeries: MetricsBucket[];

  @Field(() => ParticipantFigures, {
    nullable: true,
    description:
      'Who took part in the period: entries, active at its end, unique participants, ESF+ output indicators. POOLED: null when the release was published before participant figures were released (release.participantFigures false).',
  })
  participants: ParticipantFigures | null;

  @Field(() => ActivityFigures, {
    nullable: true,
    description:
      "POOLED: placements started and ended by kind, badges awarded and qualification units passed in the year, from a release that has them; null for own figures (see ownPlacementFigures and ownCompetenceFigures) and for releases published before they were released.",
  })
  activities: ActivityFigures | null;

  @Field(() => [TargetFigure], {
    description: "The project's targets against the actual figures: in the period and cumulative from the project's start to the period's end (POOLED: summed over the years' releases).",
  })
  targets: TargetFigure[];
}
