import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partners subgraph owns organisations; here they are references only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'An organisation taking part in joint employment projects.' })
export class Organisation {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}
