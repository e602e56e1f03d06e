import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { Project } from '../projects/project.type.js';
import { StaffRole, StaffTitle } from './staff-title.js';

@ObjectType({ description: 'A role a staff member holds in the whole organisation or in one project.' })
export class StaffRoleAssignment {
  @Field(() => StaffRole, { description: 'The role.' })
  role: StaffRole;

  @Field({ description: 'The role in the requested language.' })
  roleLabel: string;

  @Field(() => Project, { nullable: true, description: 'The project the role holds in; null when it holds in the whole organisation.' })
  project: Project | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A person acting for an organisation (coach, supervisor, coordinator, administrator). Personal data: only the organisation's own staff see it." })
export class StaffMember {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: "The person's identity at the identity provider: the `sub` of their tokens." })
  subject: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail address.' })
  email: string | null;

  @Field(() => StaffTitle, { description: 'Job title.' })
  title: StaffTitle;

  @Field({ description: 'The job title in the requested language.' })
  titleLabel: string;

  @Field({ description: 'Whether the person still acts for the organisation.' })
  active: boolean;

  @Field(() => Organisation, { description: 'The organisation the person acts for.' })
  organisation: Organisation;

  @Field(() => [StaffRoleAssignment], { description: 'Roles the person holds, in the organisation or per project.' })
  roles: StaffRoleAssignment[];
}

@InputType({ description: 'A new staff member.' })
export class CreateStaffMemberInput {
  @Field(() => ID, { description: "The organisation the person acts for: the caller's own." })
  organisationId: string;

  @Field({ description: "The person's `sub` at the identity provider." })
  subject: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail address.' })
  email?: string | null;

  @Field(() => StaffTitle, { description: 'Job title.' })
  title: StaffTitle;
}

@InputType({ description: 'Changes to a staff member; omitted fields stay as they are.' })
export class UpdateStaffMemberInput {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Work e-mail address; null clears it.' })
  email?: string | null;

  @Field(() => StaffTitle, { nullable: true, description: 'Job title.' })
  title?: StaffTitle | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the person still acts for the organisation.' })
  active?: boolean | null;
}

@ObjectType({ description: "The caller: who the token says they are, and their staff record when the organisation keeps one." })
export class Me {
  @Field({ description: "The token's subject." })
  subject: string;

  @Field(() => Organisation, { description: 'The organisation the caller acts for.' })
  organisation: Organisation;

  @Field(() => [StaffRole], { description: 'Roles the token carries.' })
  roles: StaffRole[];

  @Field(() => [String], { description: 'The roles in the requested language.' })
  roleLabels: string[];

  @Field(() => [Project], { description: 'Projects the token appoints the caller to (coordinators, funders).' })
  projects: Project[];

  @Field(() => StaffMember, { nullable: true, description: "The caller's staff record; null when the organisation keeps none for this subject." })
  staffMember: StaffMember | null;
}
