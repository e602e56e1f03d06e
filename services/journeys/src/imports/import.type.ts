import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { EducationLevel, Obstacle } from '../vocabulary/client-background.js';
import { SessionKind } from '../vocabulary/path-content.js';
import { Phase } from '../vocabulary/phase.js';

/** What journeys imports; (organisation, kind, source key) is unique. */
export enum JourneysImportKind {
  CLIENT = 'CLIENT',
  ENROLMENT = 'ENROLMENT',
  COACHING_SESSION = 'COACHING_SESSION',
}
registerEnumType(JourneysImportKind, {
  name: 'JourneysImportKind',
  description: 'A kind of row the journeys service imports.',
  valuesConfig: {
    CLIENT: { description: 'Clients.' },
    ENROLMENT: { description: 'Enrolments of clients in projects.' },
    COACHING_SESSION: { description: 'Coaching sessions of enrolments.' },
  },
});

const sourceKey = "The organisation's own key of the row (e.g. its old client number), 1 to 100 characters; a row whose key was imported before is left unchanged.";

@InputType({ description: 'A client to import: the pseudonymous record and, when fullName is given, its personal data.' })
export class ImportClientRow {
  @Field({ description: sourceKey })
  sourceKey: string;

  @Field({ description: 'Pseudonymous code, unique in the organisation: 3 to 32 capitals, digits or dashes.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'Full name (1 to 200 characters).' })
  fullName?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of birth (1900 to 2100).' })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Home municipality.' })
  municipality?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages the client speaks, e.g. ["fi", "so"].' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Phone or e-mail.' })
  contact?: string | null;

  @Field(() => EducationLevel, { nullable: true, description: 'Highest completed education.' })
  educationLevel?: EducationLevel | null;

  @Field(() => [Obstacle], { nullable: true, description: 'Obstacles to employment.' })
  obstacles?: Obstacle[] | null;
}

@InputType({ description: 'An enrolment to import.' })
export class ImportEnrolmentRow {
  @Field({ description: sourceKey })
  sourceKey: string;

  @Field(() => ID, { description: "The client (one of the caller's organisation's)." })
  clientId: string;

  @Field(() => ID, { description: 'The project; the organisation must take part in it.' })
  projectId: string;

  @Field(() => LocalDateResolver, { description: "The first day on the path, inside the project's period." })
  startedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Planned last day, not before startedOn.' })
  plannedEndOn?: string | null;

  @Field(() => Phase, { nullable: true, description: 'The phase the path is in now; INTAKE by default.' })
  phase?: Phase | null;

  @Field(() => String, { nullable: true, description: "The coach's subject; the importer by default." })
  coachSubject?: string | null;
}

@InputType({ description: 'A coaching session to import.' })
export class ImportCoachingSessionRow {
  @Field({ description: sourceKey })
  sourceKey: string;

  @Field(() => ID, { description: "The enrolment (one of the caller's organisation's)." })
  enrolmentId: string;

  @Field(() => SessionKind, { description: 'Individual or group coaching.' })
  kind: SessionKind;

  @Field(() => LocalDateResolver, { description: 'The day of the session, not before the enrolment started.' })
  heldOn: string;

  @Field(() => Int, { description: 'Length in minutes (1 to 600).' })
  minutes: number;

  @Field(() => String, { nullable: true, description: "The coach's notes (at most 10,000 characters)." })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: "The coach's subject; the importer by default." })
  coachSubject?: string | null;
}

