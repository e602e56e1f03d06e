import { LocalDateResolver } from 'graphql-scalars';
import { Connection } from '@polku/kit';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Enrolment } from '../references/enrolment.reference.js';
import { StaffMember, Unit } from '../references/partner-refs.reference.js';
import { PlacementFunding, PlacementKind } from './placement-kind.js';

@ObjectType({ description: "Mentoring the coach gave in one month of a placement (Tekijän polku: 4–8 h a month per person)." })
export class MentoringMonth {
  @Field(() => LocalDateResolver, { description: 'The first day of the month.' })
  month: string;

  @Field(() => Float, { description: 'Hours of mentoring in the month (0 when none was given).' })
  hours: number;

  @Field(() => Boolean, { nullable: true, description: "Whether the hours are within the project's mentoring norm; null when the project has none." })
  withinNorm: boolean | null;
}

@ObjectType({ description: 'The employer of a placement: a unit of the organisation, or an external employer by business ID.' })
export class PlacementEmployer {
  @Field(() => Unit, { nullable: true, description: "A unit of the caller's organisation (partners' Unit)." })
  unit: Unit | null;

  @Field(() => String, { nullable: true, description: 'An external employer\'s Finnish business ID (Y-tunnus), e.g. "0112038-9".' })
  businessId: string | null;

  @Field(() => String, { nullable: true, description: "An external employer's name." })
  name: string | null;
}

@ObjectType({ description: 'Who supervises or instructs the client at the workplace: a staff record, or a name only (for staff of an external employer).' })
export class PlacementContact {
  @Field(() => StaffMember, { nullable: true, description: "A staff member of the caller's organisation." })
  staffMember: StaffMember | null;

  @Field(() => String, { nullable: true, description: 'The name, when the person has no staff record here.' })
  name: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A placement of an enrolment: a work trial, pay-subsidy work, employment within the organisation under a programme such as Paikka auki, or rehabilitative work activity, with the mentoring the coach logs month by month.',
})
export class Placement {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Enrolment, { description: 'The enrolment the placement belongs to.' })
  enrolment: Enrolment;

  @Field(() => PlacementKind, { description: 'What kind of placement.' })
  kind: PlacementKind;

  @Field(() => String, { nullable: true, description: 'The programme it runs under, e.g. "Paikka auki II".' })
  programme: string | null;

  @Field(() => PlacementEmployer, { nullable: true, description: 'The employer; null after the client\'s data was erased.' })
  employer: PlacementEmployer | null;

  @Field(() => LocalDateResolver, { description: 'First day.' })
  startsOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day; null while it goes on.' })
  endsOn: string | null;

  @Field(() => Float, { description: 'Agreed hours per week (more than 0, at most 40).' })
  hoursPerWeek: number;

  @Field(() => PlacementFunding, { description: 'Who pays for it.' })
  funding: PlacementFunding;

  @Field(() => PlacementContact, { nullable: true, description: 'The supervisor (esihenkilö).' })
  supervisor: PlacementContact | null;

  @Field(() => PlacementContact, { nullable: true, description: 'The workplace instructor (työpaikkaohjaaja).' })
  workplaceInstructor: PlacementContact | null;

  @Field(() => [MentoringMonth], { description: 'Mentoring logged per month, earliest first.' })
  mentoring: MentoringMonth[];
}

@InputType({ description: 'A contact at the workplace: give a staff member of your organisation or a name, not both.' })
export class PlacementContactInput {
  @Field(() => ID, { nullable: true, description: "A staff member of the caller's organisation." })
  staffMemberId?: string | null;

  @Field(() => String, { nullable: true, description: 'A name (1–120 characters), for someone without a staff record here. Only the name: no contact details.' })
  name?: string | null;
}

@InputType({ description: "A placement to record for an enrolment of the caller's organisation." })
export class RecordPlacementInput {
  @Field(() => ID, { description: 'The enrolment (owned by the journeys service).' })
  enrolmentId: string;

  @Field(() => PlacementKind, { description: 'What kind of placement.' })
  kind: PlacementKind;

  @Field(() => String, { nullable: true, description: 'The programme, e.g. "Paikka auki II" (1–80 characters).' })
  programme?: string | null;

  @Field(() => ID, { nullable: true, description: "Employer inside the organisation: a unit of the caller's organisation. Give this or employerBusinessId." })
  employerUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'External employer: a Finnish business ID with a valid check digit, e.g. "0112038-9".' })
  employerBusinessId?: string | null;

  @Field(() => String, { nullable: true, description: "External employer's name (1–200 characters); only with employerBusinessId." })
  employerName?: string | null;

  @Field(() => LocalDateResolver, { description: "First day: inside the project's period, not before the enrolment started." })
  startsOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day, if known: not before startsOn, inside the project's period." })
  endsOn?: string | null;

  @Field(() => Float, { description: 'Agreed hours per week: more than 0, at most 40.' })
  hoursPerWeek: number;

  @Field(() => PlacementFunding, { description: 'Who pays for it.' })
  funding: PlacementFunding;

  @Field(() => PlacementContactInput, { nullable: true, description: 'The supervisor.' })
  supervisor?: PlacementContactInput | null;

  @Field(() => PlacementContactInput, { nullable: true, description: 'The workplace instructor.' })
  workplaceInstructor?: PlacementContactInput | null;
}

@InputType({ description: 'Changes to a placement; fields left out keep their value. Kind, enrolment and start day do not change: withdraw and record again.' })
export class UpdatePlacementInput {
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day: not before startsOn, inside the project's period." })
  endsOn?: string | null;

  @Field(() => Float, { nullable: true, description: 'Agreed hours per week: more than 0, at most 40.' })
  hoursPerWeek?: number | null;

  @Field(() => PlacementFunding, { nullable: true, description: 'Who pays for it.' })
  funding?: PlacementFunding | null;

  @Field(() => PlacementContactInput, { nullable: true, description: 'The supervisor.' })
  supervisor?: PlacementContactInput | null;

  @Field(() => PlacementContactInput, { nullable: true, description: 'The workplace instructor.' })
  workplaceInstructor?: PlacementContactInput | null;
}

@InputType({ description: 'Mentoring hours of one month of a placement; logging a month again replaces its hours.' })
export class RecordMentoringInput {
  @Field(() => ID, { description: "The placement (the caller's organisation's)." })
  placementId: string;

  @Field(() => LocalDateResolver, { description: 'Any day of the month; the month must overlap the placement and not be in the future.' })
  month: string;

  @Field(() => Float, { description: 'Hours, 0 to 200, in steps of 0.1.' })
  hours: number;
}

export const PlacementConnection = Connection(Placement, 'Placement', "A page of the caller's organisation's placements, latest start first.");

@ObjectType({ description: "One kind of placement's figures in a year: the caller's organisation's own, unsuppressed." })
export class PlacementKindFigure {
  @Field(() => PlacementKind, { description: 'The kind.' })
  kind: PlacementKind;

  @Field({ description: "The kind in the caller's language." })
  kindLabel: string;

  @Field(() => Int, { description: 'Placements that started in the year.' })
  started: number;

  @Field(() => Int, { description: 'Placements that ended in the year.' })
  ended: number;

  @Field(() => Int, { description: 'Placement-months with mentoring logged in the year (a month logged with 0 h counts).' })
  placementMonths: number;

  @Field(() => Float, { description: 'Mentoring hours logged in those months.' })
  mentoringHours: number;

  @Field(() => Float, { nullable: true, description: 'mentoringHours / placementMonths; null without placement-months.' })
  mentoringHoursPerPlacementMonth: number | null;
}
