import { Connection } from '@polku/kit';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Client } from '../clients/client.type.js';
import { Organisation } from '../references/organisation.reference.js';
import { Project } from '../references/project.reference.js';
import { Phase } from '../vocabulary/phase.js';

@ObjectType({ description: "A stretch of months in a project's path template and the phase a client should be in then." })
export class PathTemplatePhase {
  @Field(() => Int, { description: 'First month of the stretch (month 1 begins on the start day).' })
  fromMonth: number;

  @Field(() => Int, { description: 'Last month of the stretch.' })
  toMonth: number;

  @Field(() => Phase, { description: 'The phase a client should be in during these months.' })
  phase: Phase;

  @Field({ description: 'The phase in the requested language.' })
  phaseLabel: string;

  @Field({ description: 'What the work of these months is, in the project\'s own words.' })
  focus: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A client's participation in a project at one organisation: the frame of the client's path." })
export class Enrolment {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Client, { description: 'The enrolled client.' })
  client: Client;

  @Field(() => Organisation, { description: 'The organisation serving the client in this enrolment.' })
  organisation: Organisation;

  @Field(() => Project, { description: 'The project the client is enrolled in.' })
  project: Project;

  @Field(() => LocalDateResolver, { description: 'The day the path started.' })
  startedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the path is planned to end.' })
  plannedEndOn: string | null;

  @Field(() => String, { nullable: true, description: 'Token subject of the staff member coaching the client.' })
  coachSubject: string | null;

  @Field(() => Phase, { description: 'The phase the client is in.' })
  phase: Phase;

  @Field({ description: 'The phase in the requested language.' })
  phaseLabel: string;

  @Field(() => DateTimeResolver, { description: 'When the enrolment entered its phase.' })
  phaseChangedAt: Date;

  @Field(() => [Phase], { description: 'The phases the enrolment may move to next.' })
  nextPhases: Phase[];

  @Field(() => Int, { description: 'Month of the path today (the start day begins month 1).' })
  monthOnPath: number;

  @Field(() => PathTemplatePhase, { nullable: true, description: "The stretch of the project's path template for this month: the phase the client should be in now. Null when the project has no template or the month lies beyond it." })
  expectedPhase: PathTemplatePhase | null;
}

export const EnrolmentConnection = Connection(Enrolment, 'Enrolment', "A page of the caller's organisation's enrolments.");

@InputType({ description: "Enrols a client of the caller's organisation in a project the organisation takes part in." })
export class EnrolClientInput {
  @Field(() => ID, { description: "The client (of the caller's organisation)." })
  clientId: string;

  @Field(() => ID, { description: 'The project.' })
  projectId: string;

  @Field(() => LocalDateResolver, { description: "The day the path starts: inside the project's period (statistics count the enrolment there)." })
  startedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the path is planned to end; not before startedOn.' })
  plannedEndOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Token subject of the coach; the caller by default.' })
  coachSubject?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried request return the first result instead of creating a duplicate (unique per organisation).' })
  idempotencyKey?: string | null;
}
