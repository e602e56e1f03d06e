import { Connection } from '@polku/kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ExitDestination } from '../exits/exit-destination.js';
import { ExitOutcome } from '../exits/exit-outcome.type.js';

export enum FollowUpStatus {
  SCHEDULED = 'SCHEDULED',
  OVERDUE = 'OVERDUE',
  COMPLETED = 'COMPLETED',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Where a follow-up stands.',
  valuesConfig: {
    SCHEDULED: { description: 'Due today or later, not yet done.' },
    OVERDUE: { description: 'Past its due date and not yet done.' },
    COMPLETED: { description: "Done: the client's situation was found and recorded." },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "A check of a client's situation some time after exit (seurantakysely), scheduled when the exit is recorded." })
export class FollowUp {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ExitOutcome, { description: 'The exit this follow-up belongs to.' })
  exitOutcome: ExitOutcome;

  @Field({ description: 'How long after the exit the follow-up is due, as an ISO 8601 duration (P4W, P3M, P6M).' })
  after: string;

  @Field(() => LocalDateResolver, { description: 'The day the follow-up is due.' })
  dueOn: string;

  @Field(() => FollowUpStatus, { description: 'Scheduled, overdue or completed.' })
  status: FollowUpStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was done; null while not done.' })
  completedOn: string | null;

  @Field(() => ExitDestination, { nullable: true, description: "The client's situation found at the follow-up; null while not done." })
  foundDestination: ExitDestination | null;
}

export const FollowUpConnection = Connection(FollowUp, 'FollowUp', 'A page of follow-ups.');

@InputType({ description: 'What a follow-up found.' })
export class CompleteFollowUpInput {
  @Field(() => ID, { description: 'The follow-up.' })
  followUpId: string;

  @Field(() => LocalDateResolver, { description: 'The day it was done; not before the exit, not in the future.' })
  completedOn: string;

  @Field(() => ExitDestination, { description: "The client's situation at the follow-up." })
  foundDestination: ExitDestination;
}
