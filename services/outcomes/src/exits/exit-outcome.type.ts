import { LocalDateResolver } from 'graphql-scalars';
import { Connection } from '@polku/kit';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Enrolment } from '../references/enrolment.reference.js';
import { EmployerSector, EsfIndicator, ExitDestination } from './exit-destination.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'How an enrolment ended: when, and where the client went next.' })
export class ExitOutcome {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Enrolment, { description: 'The enrolment that ended.' })
  enrolment: Enrolment;

  @Field(() => LocalDateResolver, { description: 'The day the client exited the project.' })
  exitDate: string;

  @Field(() => ExitDestination, { description: 'Where the client went: the primary destination, the one the quality path and the ESF+ indicator are read from.' })
  destination: ExitDestination;

  @Field({ description: "The destination in the caller's language (Accept-Language: fi, sv or en)." })
  destinationLabel: string;

  @Field(() => [ExitDestination], {
    description:
      'Further destinations the client went to at the same time as the primary one (e.g. a work trial while taking a competence-based qualification); empty for most exits. Counted in destination figures over people, not in the quality path.',
  })
  furtherDestinations: ExitDestination[];

  @Field(() => [String], { description: "The further destinations in the caller's language, in the same order." })
  furtherDestinationLabels: string[];

  @Field(() => String, { nullable: true, description: 'Job title or field of study, e.g. "prosessinhoitaja" or "logistiikka".' })
  title: string | null;

  @Field(() => EmployerSector, { nullable: true, description: 'Sector of the employer or place of study.' })
  sector: EmployerSector | null;

  @Field({ description: 'Whether the client gained a qualification or qualification unit (e.g. a competence-based exam) by the exit.' })
  qualificationGained: boolean;

  @Field({ description: 'Whether the destination is a quality continuation path (employment or education).' })
  qualityPath: boolean;

  @Field(() => EsfIndicator, { nullable: true, description: 'The ESF+ situation-upon-leaving indicator the destination counts towards, if any.' })
  esfIndicator: EsfIndicator | null;
}

@InputType({ description: 'An exit to record for an enrolment of the caller\'s organisation.' })
export class RecordExitInput {
  @Field(() => ID, { description: 'The enrolment that ends (owned by the journeys service).' })
  enrolmentId: string;

  @Field(() => LocalDateResolver, { description: "The day the client exited: inside the project's period, not before the enrolment started, not in the future (Finnish time)." })
  exitDate: string;

  @Field(() => ExitDestination, { description: 'Where the client went: the primary destination (decides the quality path and the ESF+ indicator).' })
  destination: ExitDestination;

  @Field(() => [ExitDestination], {
    nullable: true,
    defaultValue: [],
    description: 'Further destinations at the same time (at most 4, each once, not the primary one), e.g. WORK_TRIAL beside FURTHER_PATH_IN_ORGANISATION.',
  })
  furtherDestinations: ExitDestination[];

  @Field(() => String, { nullable: true, description: 'Job title or field of study (at most 200 characters).' })
  title?: string | null;

  @Field(() => EmployerSector, { nullable: true, description: 'Sector of the employer or place of study.' })
  sector?: EmployerSector | null;

  @Field({ nullable: true, defaultValue: false, description: 'Whether a qualification or qualification unit was gained.' })
  qualificationGained: boolean;
}

export const ExitOutcomeConnection = Connection(ExitOutcome, 'ExitOutcome', "A page of the caller's organisation's exit outcomes, latest first.");
