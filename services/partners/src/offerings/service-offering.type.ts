
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { Project } from '../projects/project.type.js';
import { ServiceType } from './service-type.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A service a partner offers, within a project or generally, that clients can be referred to.' })
export class ServiceOffering {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name of the service as the partner calls it.' })
  name: string;

  @Field(() => ServiceType, { description: 'Kind of service.' })
  type: ServiceType;

  @Field({ description: 'The kind of service in the requested language.' })
  typeLabel: string;

  @Field(() => Organisation, { description: 'The organisation offering the service.' })
  organisation: Organisation;

  @Field(() => Project, { nullable: true, description: 'The project the service belongs to; null when offered generally.' })
  project: Project | null;

  @Field(() => Int, { nullable: true, description: 'How many clients the service takes at a time, when limited.' })
  capacity: number | null;

  @Field({ description: 'Whether the service accepts referrals now.' })
  acceptsReferrals: boolean;
}

