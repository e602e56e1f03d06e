import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partners subgraph owns organisations; outcomes only refers to them. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'An organisation taking part in joint employment projects.' })
export class Organisation {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}

/** The partners subgraph owns projects; outcomes only refers to them. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A joint employment project run by several organisations.' })
export class Project {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}
