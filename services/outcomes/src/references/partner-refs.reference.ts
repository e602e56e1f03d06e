import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partners subgraph owns units; outcomes only refers to them (a placement's employer inside the organisation). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A workplace of an organisation, e.g. a Goodwill store or Sotek Myötätuuli.' })
export class Unit {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}

/** The partners subgraph owns staff records; outcomes only refers to them (a placement's supervisor or workplace instructor). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A person acting for an organisation.' })
export class StaffMember {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}
