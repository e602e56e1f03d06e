import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The partners subgraph owns service offerings; journeys adds the caller's referral counts. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A service a partner offers, within a project or generally, that clients can be referred to.' })
export class ServiceOffering {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}
