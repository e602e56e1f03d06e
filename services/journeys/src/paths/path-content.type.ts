import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Enrolment } from '../enrolments/enrolment.type.js';
import { Project } from '../references/project.reference.js';
import { ActivityKind, GoalStatus, GroupActivityKind, ReportKind, SessionKind } from '../vocabulary/path-content.js';

const retryKey = 'Makes a retried request return the first result instead of creating a duplicate (unique per organisation).';

@ObjectType({ description: 'One goal of the client\'s "My goals" (Minun tavoitteeni).' })
export class Goal {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'The goal in the client\'s own words. Personal data: each read is logged ("goal.title").' })
  title: string;

  @Field(() => GoalStatus, { description: 'Where the goal stands.' })
  status: GoalStatus;

  @Field({ description: 'The status in the requested language.' })
  statusLabel: string;

  @Field(() => DateTimeResolver, { description: 'When the status last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'The initial assessment (alkukartoitus) at the start of a path.' })
export class InitialAssessment {
  @Field(() => LocalDateResolver, { description: 'The day of the assessment.' })
  assessedOn: string;

  @Extensions({ sensitive: true })
  @Field({ description: 'What the assessment found: readable only by staff of the organisation serving the client.' })
  summary: string;

  @Field({ description: 'Token subject of the staff member who made the assessment.' })
  assessedBy: string;
}

@ObjectType({ description: 'A coaching session with the client, one to one or in a group.' })
export class CoachingSession {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => SessionKind, { description: 'Individual or group coaching.' })
  kind: SessionKind;

  @Field(() => LocalDateResolver, { description: 'The day of the session.' })
  heldOn: string;

  @Field(() => Int, { description: 'How long the session took, in minutes.' })
  minutes: number;

  @Field({ description: 'Token subject of the coach.' })
  coachSubject: string;

  @Extensions({ sensitive: true })
  @Field(() => String, { nullable: true, description: "The coach's notes: readable only by staff of the organisation serving the client." })
  notes: string | null;
}

@ObjectType({ description: 'A group activity (group coaching or an expert lecture) and who took part.' })
export class GroupActivity {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => GroupActivityKind, { description: 'The kind of activity.' })
  kind: GroupActivityKind;

  @Field({ description: 'The kind in the requested language.' })
  kindLabel: string;

  @Field({ description: 'Title, e.g. the lecture topic.' })
  title: string;

  @Field(() => LocalDateResolver, { description: 'The day it was held.' })
  heldOn: string;

  @Field(() => Int, { description: 'Length in minutes.' })
  minutes: number;

  @Field({ description: 'Token subject of the staff member who led it, or the lecturer\'s name.' })
  ledBy: string;

  @Field(() => Project, { description: 'The project it was held in.' })
  project: Project;

  @Field(() => [Enrolment], { description: "The participants' enrolments (the caller's organisation's only)." })
  participants: Enrolment[];
}

@ObjectType({ description: 'Something a client did or achieved on the path: a work trial, a training, a qualification unit, a competence badge.' })
export class Activity {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ActivityKind, { description: 'The kind of activity.' })
  kind: ActivityKind;

  @Field({ description: 'The kind in the requested language.' })
  kindLabel: string;

  @Field({ description: 'What it was, e.g. "Työturvallisuuskorttikoulutus". Personal data: each read is logged ("activity.title").' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The unit (workplace) of a work trial. Personal data: each read is logged ("activity.unitName").' })
  unitName: string | null;

  @Field(() => LocalDateResolver, { description: 'The day it was completed (for a work trial: the day it started).' })
  completedOn: string;
}

@ObjectType({ description: 'A start, mid or end report of a path.' })
export class Report {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ReportKind, { description: 'Which report.' })
  kind: ReportKind;

  @Field(() => LocalDateResolver, { description: 'The day it was written.' })
  writtenOn: string;

  @Extensions({ sensitive: true })
  @Field({ description: 'The report: readable only by staff of the organisation serving the client.' })
  summary: string;

  @Field({ description: 'Token subject of the author.' })
  writtenBy: string;
}

@InputType({ description: 'The initial assessment and the goals set in it.' })
export class RecordInitialAssessmentInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field(() => LocalDateResolver, { description: 'The day of the assessment.' })
  assessedOn: string;

  @Field({ description: 'What the assessment found.' })
  summary: string;

  @Field(() => [String], { description: 'The client\'s goals ("My goals"), each starting OPEN.' })
  goals: string[];
}

@InputType({ description: 'A coaching session; the caller is recorded as the coach.' })
export class RecordCoachingSessionInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field(() => SessionKind, { description: 'Individual or group coaching.' })
  kind: SessionKind;

  @Field(() => LocalDateResolver, { description: 'The day of the session.' })
  heldOn: string;

  @Field(() => Int, { description: 'Length in minutes (1 to 600).' })
  minutes: number;

  @Field(() => String, { nullable: true, description: "The coach's notes." })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: retryKey })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A group activity held in a project and its participants.' })
export class RecordGroupActivityInput {
  @Field(() => ID, { description: 'The project.' })
  projectId: string;

  @Field(() => GroupActivityKind, { description: 'Group coaching or an expert lecture.' })
  kind: GroupActivityKind;

  @Field({ description: 'Title, e.g. the lecture topic.' })
  title: string;

  @Field(() => LocalDateResolver, { description: 'The day it was held.' })
  heldOn: string;

  @Field(() => Int, { description: 'Length in minutes (1 to 600).' })
  minutes: number;

  @Field(() => String, { nullable: true, description: "Who led it; the caller's subject by default." })
  ledBy?: string | null;

  @Field(() => [ID], { description: "Enrolments of the caller's organisation that took part (in the same project)." })
  participantEnrolmentIds: string[];

  @Field(() => String, { nullable: true, description: retryKey })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An activity on a path.' })
export class RecordActivityInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field(() => ActivityKind, { description: 'The kind of activity.' })
  kind: ActivityKind;

  @Field({ description: 'What it was.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The unit of a work trial.' })
  unitName?: string | null;

  @Field(() => LocalDateResolver, { description: 'The day it was completed (for a work trial: the day it started).' })
  completedOn: string;

  @Field(() => String, { nullable: true, description: retryKey })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A start, mid or end report; the caller is recorded as the author.' })
export class WriteReportInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field(() => ReportKind, { description: 'Which report. The end report needs the enrolment in TRANSITION or EXITED.' })
  kind: ReportKind;

  @Field(() => LocalDateResolver, { description: 'The day it was written.' })
  writtenOn: string;

  @Field({ description: 'The report.' })
  summary: string;
}
