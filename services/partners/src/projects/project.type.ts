import { Connection } from '@polku/kit';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { FundingProgramme, Funder } from '../funders/funder.type.js';
import { ServiceOffering } from '../offerings/service-offering.type.js';
import { ServiceType } from '../offerings/service-type.js';
import { Organisation } from '../organisations/organisation.type.js';
import { PartnerRole, PartnershipStatus, ProjectStatus, TargetGroup, TargetMetric } from './project-enums.js';

export { PartnerRole } from './project-enums.js';

@ObjectType({ description: 'A target the project commits to, e.g. a quality continuation path share of at least 50 %.' })
export class ProjectTarget {
  @Field(() => TargetMetric, { description: 'What is measured.' })
  metric: TargetMetric;

  @Field({ description: 'What is measured, in the requested language.' })
  metricLabel: string;

  @Field(() => Float, { description: 'At least this: a percentage for shares, a count otherwise.' })
  minimum: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A joint employment project (yhteistoimintahanke) run by several organisations, one of them leading.' })
export class Project {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short, URL-safe name, e.g. "uusi-askel".' })
  slug: string;

  @Field({ description: 'Name of the project, e.g. "Uusi Askel".' })
  name: string;

  @Field({ description: 'What the project does and for whom.' })
  description: string;

  @Field(() => Organisation, { description: 'The organisation leading the project.' })
  leadOrganisation: Organisation;

  @Field(() => Funder, { nullable: true, description: 'Who funds the project.' })
  funder: Funder | null;

  @Field(() => FundingProgramme, { nullable: true, description: 'The funding programme.' })
  programme: FundingProgramme | null;

  @Field({ description: 'Whether it is an employment-policy project (typo-hanke), by its funding programme.' })
  employmentPolicy: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the project period.' })
  startsOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the project period.' })
  endsOn: string | null;

  @Field(() => ProjectStatus, { description: 'Planned, active or closed.' })
  status: ProjectStatus;

  @Field({ description: 'The status in the requested language.' })
  statusLabel: string;

  @Field(() => [TargetGroup], { description: 'Groups of people the project serves.' })
  targetGroups: TargetGroup[];

  @Field(() => [String], { description: 'The target groups in the requested language.' })
  targetGroupLabels: string[];

  @Field(() => [ProjectTarget], { description: 'Targets the project commits to.' })
  targets: ProjectTarget[];

  @Field(() => [ProjectPartner], { description: 'Organisations taking part now (accepted, not left): the lead first, then implementers by name.' })
  partners: ProjectPartner[];

  @Field(() => [ProjectPartner], { description: 'Every participation, pending invitations, declines and past partners included, newest invitation first.' })
  partnerships: ProjectPartner[];

  @Field(() => [ServiceOffering], { description: 'Services the partners offer within this project.' })
  serviceOfferings: ServiceOffering[];
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "An organisation's part in a joint project, from the lead's invitation to leaving." })
export class ProjectPartner {
  @Field(() => ID, { description: 'Stable identifier of this participation.' })
  id: string;

  @Field(() => Project, { description: 'The project.' })
  project: Project;

  @Field(() => Organisation, { description: 'The partner organisation.' })
  organisation: Organisation;

  @Field(() => PartnerRole, { description: 'Whether the organisation leads or implements the project.' })
  role: PartnerRole;

  @Field({ description: 'The role in the requested language.' })
  roleLabel: string;

  @Field(() => PartnershipStatus, { description: 'Invited, accepted, declined or left.' })
  status: PartnershipStatus;

  @Field({ description: 'The status in the requested language.' })
  statusLabel: string;

  @Field(() => DateTimeResolver, { description: 'When the lead invited the organisation.' })
  invitedAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the organisation accepted or declined.' })
  respondedAt: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the organisation joined the project.' })
  joinedOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the organisation left the project.' })
  leftOn: string | null;
}

export const ProjectConnection = Connection(Project, 'Project', 'A page of projects, by name.');

@InputType({ description: 'Narrows a list of projects; every given field must match.' })
export class ProjectFilter {
  @Field(() => ProjectStatus, { nullable: true, description: 'Status.' })
  status?: ProjectStatus | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Projects serving this group.' })
  targetGroup?: TargetGroup | null;

  @Field(() => ID, { nullable: true, description: 'Projects funded by this funder.' })
  funderId?: string | null;

  @Field(() => String, { nullable: true, description: 'Projects with a current partner based in this municipality (case-insensitive).' })
  municipality?: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'Projects offering a service of this type.' })
  serviceType?: ServiceType | null;

  @Field(() => ID, { nullable: true, description: 'Projects this organisation currently takes part in.' })
  organisationId?: string | null;
}

@InputType({ description: 'A target the project commits to.' })
export class ProjectTargetInput {
  @Field(() => TargetMetric, { description: 'What is measured.' })
  metric: TargetMetric;

  @Field(() => Float, { description: 'At least this: a percentage (0–100) for shares, a count otherwise.' })
  minimum: number;
}

@InputType({ description: 'A new project; it starts as PLANNED with its lead as the only partner.' })
export class CreateProjectInput {
  @Field({ description: 'Short, URL-safe name: lower-case letters, digits and single hyphens.' })
  slug: string;

  @Field({ description: 'Name of the project.' })
  name: string;

  @Field({ nullable: true, description: 'What the project does and for whom.' })
  description?: string;

  @Field(() => ID, { description: 'The organisation leading the project.' })
  leadOrganisationId: string;

  @Field(() => ID, { nullable: true, description: 'Who funds the project.' })
  funderId?: string | null;

  @Field(() => ID, { nullable: true, description: "The funding programme (one of the funder's)." })
  programmeId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the project period.' })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the project period.' })
  endsOn?: string | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Groups of people the project serves.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [ProjectTargetInput], { nullable: true, description: 'Targets the project commits to.' })
  targets?: ProjectTargetInput[] | null;
}

@InputType({ description: 'Changes to a project; omitted fields stay as they are. Status changes go through changeProjectStatus.' })
export class UpdateProjectInput {
  @Field(() => String, { nullable: true, description: 'Name of the project.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the project does and for whom.' })
  description?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the project period.' })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the project period.' })
  endsOn?: string | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Groups of people the project serves (replaces the list).' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [ProjectTargetInput], { nullable: true, description: 'Targets the project commits to (replaces the list).' })
  targets?: ProjectTargetInput[] | null;
}
