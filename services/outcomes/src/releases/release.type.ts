import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReleaseReason {
  SCHEDULE = 'SCHEDULE',
  ON_DEMAND = 'ON_DEMAND',
}
registerEnumType(ReleaseReason, {
  name: 'ReleaseReason',
  description: 'Why a statistics release was made.',
  valuesConfig: {
    SCHEDULE: { description: 'The default schedule: the first release of a closed year, made by the outcomes service.' },
    ON_DEMAND: { description: "Asked for by a coordinator of the project's lead organisation (e.g. a revision after late data)." },
  },
});

@ObjectType({
  description:
    "One published revision of a project's pooled figures for one closed calendar year. Computed and audited for disclosure once, inside the database, and never changed: late data makes a new revision, audited together with every earlier one.",
})
export class StatisticsRelease {
  @Field(() => ID, { description: 'The release (one revision).' })
  id: string;

  @Field(() => Int, { description: 'The calendar year the figures cover.' })
  year: number;

  @Field(() => Int, { description: 'Revision number within the year, from 1; the newest is what pooled figures show unless another is asked for.' })
  revision: number;

  @Field(() => DateTimeResolver, { description: 'When the release was computed and published; the figures are the data as recorded at that moment.' })
  publishedAt: Date;

  @Field(() => ReleaseReason, { description: 'Why it was made.' })
  reason: ReleaseReason;

  @Field(() => Int, { description: 'k used by the audit: no hidden count of 1..k-1 can be narrowed to fewer than k possible values.' })
  minimumCellSize: number;

  @Field(() => Int, { description: 'Count cells the disclosure audit covered.' })
  auditedCells: number;

  @Field(() => Int, { description: 'Of them, hidden because the pooled count itself is 1..k-1 (primary suppression).' })
  primarySuppressedCells: number;

  @Field(() => Int, { description: 'Of them, hidden in all (primary and secondary suppression).' })
  suppressedCells: number;

  @Field({
    description:
      'Whether the release counts destinations over people (primary and further destinations, audited together). False for releases published before further destinations were released: their destination counts are primary destinations only.',
  })
  destinationsOverPeople: boolean;

  @Field({
    description:
      'Whether the release has participant figures (entries, active, unique participants, ESF+ output indicators). False for releases published before they were released (projectMetrics.participants is then null).',
  })
  participantFigures: boolean;
}
