import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partners subgraph owns organisations; journeys adds the caller's referral counts. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An organisation taking part in joint employment projects.' })
export class Organisation {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}
