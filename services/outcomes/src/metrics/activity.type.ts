import { Field, ObjectType } from 'type-graphql';
import { PlacementKind } from '../placements/placement-kind.js';
import { Count } from './count.type.js';

@ObjectType({ description: 'Placements of one kind that started and ended in the period.' })
export class PooledPlacementKindFigure {
  @Field(() => PlacementKind, { description: 'The kind of placement.' })
  kind: PlacementKind;

  @Field(() => Count, { description: 'Placements that started in the period.' })
  started: Count;

  @Field(() => Count, { description: 'Placements that ended in the period.' })
  ended: Count;
}

@ObjectType({ description: "What clients did besides coaching: placements by kind, badges and qualification units (POOLED: from the year's release, audited like every count)." })
export class ActivityFigures {
  @Field(() => Count, { description: 'Placements started in the period.' })
  placementsStarted: Count;

  @Field(() => Count, { description: 'Placements ended in the period.' })
  placementsEnded: Count;

  @Field(() => [PooledPlacementKindFigure], { description: 'Per kind of placement.' })
  placementsByKind: PooledPlacementKindFigure[];

  @Field(() => Count, { description: 'Competence badges awarded in the period.' })
  badgesAwarded: Count;

  @Field(() => Count, { description: 'Qualification units (tutkinnon osat) passed in the period.' })
  qualificationUnitsPassed: Count;
}
