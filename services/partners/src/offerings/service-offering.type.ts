import { Connection } from '@polku/kit';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { TargetGroup } from '../projects/project-enums.js';
import { Project } from '../projects/project.type.js';
import { Unit } from '../units/unit.type.js';
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

  @Field(() => Unit, { nullable: true, description: 'The unit where the service happens, when it has one.' })
  unit: Unit | null;

  @Field(() => Int, { nullable: true, description: 'How many clients the service takes at a time, when limited.' })
  capacity: number | null;

  @Field({ description: 'Whether the service accepts referrals now.' })
  acceptsReferrals: boolean;
}

export const ServiceOfferingConnection = Connection(ServiceOffering, 'ServiceOffering', 'A page of service offerings, by name.');

@InputType({ description: 'Narrows a list of service offerings; every given field must match.' })
export class ServiceOfferingFilter {
  @Field(() => ServiceType, { nullable: true, description: 'Kind of service.' })
  type?: ServiceType | null;

  @Field(() => String, { nullable: true, description: "Where the service happens: its unit's municipality, else its organisation's (case-insensitive)." })
  municipality?: string | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Services of projects serving this group.' })
  targetGroup?: TargetGroup | null;

  @Field(() => ID, { nullable: true, description: 'Services of projects funded by this funder.' })
  funderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Services of this project.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Services of this organisation.' })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only services that accept referrals now (true) or do not (false).' })
  acceptsReferrals?: boolean | null;
}

@InputType({ description: 'A new service offering.' })
export class CreateServiceOfferingInput {
  @Field(() => ID, { description: "The organisation offering the service: the caller's own." })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The project the service belongs to (the organisation must take part in it); none when offered generally.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: "The organisation's unit where the service happens." })
  unitId?: string | null;

  @Field(() => ServiceType, { description: 'Kind of service.' })
  type: ServiceType;

  @Field({ description: 'Name of the service.' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'How many clients it takes at a time; none when unlimited.' })
  capacity?: number | null;

  @Field({ nullable: true, defaultValue: true, description: 'Whether it accepts referrals now (default true).' })
  acceptsReferrals: boolean;
}

@InputType({ description: 'Changes to a service offering; omitted fields stay as they are, null clears an optional field.' })
export class UpdateServiceOfferingInput {
  @Field(() => String, { nullable: true, description: 'Name of the service.' })
  name?: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'Kind of service.' })
  type?: ServiceType | null;

  @Field(() => ID, { nullable: true, description: "The organisation's unit where the service happens." })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many clients it takes at a time; null when unlimited.' })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it accepts referrals now.' })
  acceptsReferrals?: boolean | null;
}
