import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The journeys subgraph owns enrolments; outcomes adds each one's exit outcome and soft outcomes. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A client's participation in a project at one organisation." })
export class Enrolment {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}
