import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partners subgraph owns projects; journeys adds the caller's enrolments to them. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A joint employment project run by several organisations.' })
export class Project {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}
