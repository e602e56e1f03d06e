import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Connection } from '@polku/kit';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { EmployerSector, ExitDestination } from './exit-destination.js';

export enum ExitCorrectionKind {
  CORRECTED = 'CORRECTED',
  WITHDRAWN = 'WITHDRAWN',
  ERASED = 'ERASED',
}
registerEnumType(ExitCorrectionKind, {
  name: 'ExitCorrectionKind',
  description: 'What a correction did to an exit.',
  valuesConfig: {
    CORRECTED: { description: 'Changed the exit (date, destinations, qualification, title or sector).' },
    WITHDRAWN: { description: 'Removed an exit recorded by mistake, with its follow-ups.' },
    ERASED: { description: "Erased the client's free text (the job title or field of study, earlier reasons) when the client's personal data was erased; the figures stay." },
  },
});

@ObjectType({ description: 'The recorded facts of an exit at one moment, kept in its correction history.' })
export class ExitSnapshot {
  @Field(() => LocalDateResolver, { description: 'The exit day.' })
  exitDate: string;

  @Field(() => ExitDestination, { description: 'The primary destination.' })
  destination: ExitDestination;

  @Field(() => [ExitDestination], { description: 'The further destinations.' })
  furtherDestinations: ExitDestination[];

  @Field(() => String, { nullable: true, description: 'Job title or field of study.' })
  title: string | null;

  @Field(() => EmployerSector, { nullable: true, description: 'Sector of the employer or place of study.' })
  sector: EmployerSector | null;

  @Field({ description: 'Whether a qualification or qualification unit was gained.' })
  qualificationGained: boolean;
}

@ObjectType({ description: "One correction of an exit, kept for good (append-only): what changed, why, by whom and when. Read by the exit's organisation only." })
export class ExitCorrection {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The exit corrected (it no longer exists after a withdrawal).' })
  exitOutcomeId: string;

  @Field(() => ExitCorrectionKind, { description: 'A correction or a withdrawal.' })
  kind: ExitCorrectionKind;

  @Field({ description: 'Why the exit was corrected, as the corrector wrote it.' })
  reason: string;

  @Field({ description: 'Token subject of the staff member who made the correction.' })
  actorSubject: string;

  @Field(() => DateTimeResolver, { description: 'When the correction was made.' })
  at: Date;

  @Field(() => ExitSnapshot, { description: 'The exit before the correction.' })
  before: ExitSnapshot;

  @Field(() => ExitSnapshot, { nullable: true, description: 'The exit after the correction; null for a withdrawal.' })
  after: ExitSnapshot | null;
}

@InputType({ description: 'What to change in an exit; a field left out stays as it is.' })
export class CorrectExitInput {
  @Field(() => LocalDateResolver, { nullable: true, description: "The right exit day: inside the project's period, not before the enrolment started, not in the future." })
  exitDate?: string | null;

  @Field(() => ExitDestination, { nullable: true, description: 'The right primary destination.' })
  destination?: ExitDestination | null;

  @Field(() => [ExitDestination], { nullable: true, description: 'The right further destinations (replaces them all; [] removes them).' })
  furtherDestinations?: ExitDestination[] | null;

  @Field(() => String, { nullable: true, description: 'The right job title or field of study; null removes it.' })
  title?: string | null;

  @Field(() => EmployerSector, { nullable: true, description: 'The right sector; null removes it.' })
  sector?: EmployerSector | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a qualification or qualification unit was gained.' })
  qualificationGained?: boolean | null;
}

export const ExitCorrectionConnection = Connection(ExitCorrection, 'ExitCorrection', "A page of the caller's organisation's exit corrections and withdrawals, latest first.");
