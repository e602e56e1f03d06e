import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { EmployerSector, ExitDestination } from '../exits/exit-destination.js';

/** What outcomes imports; (organisation, kind, source key) is unique. */
export enum OutcomesImportKind {
  EXIT = 'EXIT',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(OutcomesImportKind, {
  name: 'OutcomesImportKind',
  description: 'A kind of row the outcomes service imports.',
  valuesConfig: { EXIT: { description: 'Exits of enrolments.' }, FOLLOW_UP: { description: 'Completed follow-ups of exits.' } },
});

const sourceKey = "The organisation's own key of the row, 1 to 100 characters; a row whose key was imported before is left unchanged.";

@InputType({ description: 'An exit to import (as recordExit; its follow-ups are scheduled as for any exit).' })
export class ImportExitRow {
  @Field({ description: sourceKey })
  sourceKey: string;

  @Field(() => ID, { description: "The enrolment that ended (one of the caller's organisation's)." })
  enrolmentId: string;

  @Field(() => LocalDateResolver, { description: "The day the client exited: inside the project's period, not before the enrolment started, not in the future." })
  exitDate: string;

  @Field(() => ExitDestination, { description: 'The primary destination.' })
  destination: ExitDestination;

  @Field(() => [ExitDestination], { nullable: true, description: 'Further destinations at the same time (at most 4, never the primary one).' })
  furtherDestinations?: ExitDestination[] | null;

  @Field(() => String, { nullable: true, description: 'Job title or field of study (at most 200 characters).' })
  title?: string | null;

  @Field(() => EmployerSector, { nullable: true, description: 'Sector of the employer or place of study.' })
  sector?: EmployerSector | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a qualification was gained by the exit; false by default.' })
  qualificationGained?: boolean | null;
}

@InputType({ description: 'A completed follow-up to import: completes the follow-up the exit has at that offset.' })
export class ImportFollowUpRow {
  @Field({ description: sourceKey })
  sourceKey: string;

  @Field(() => ID, { description: "The exit (one of the caller's organisation's)." })
  exitOutcomeId: string;

  @Field({ description: 'Which follow-up of the exit, as an ISO 8601 duration after it: "P4W", "P3M", "P6M" by default.' })
  after: string;

  @Field(() => LocalDateResolver, { description: 'The day it was done: between the exit and today.' })
  completedOn: string;

  @Field(() => ExitDestination, { description: 'Where the client was found to be.' })
  foundDestination: ExitDestination;
}
