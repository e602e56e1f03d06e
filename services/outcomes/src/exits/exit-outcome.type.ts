import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Enrolment } from '../references/enrolment.reference.js';
import { ExitDestination } from './exit-destination.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'How an enrolment ended: when, and where the client went next.' })
export class ExitOutcome {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Enrolment, { description: 'The enrolment that ended.' })
  enrolment: Enrolment;

  @Field(() => LocalDateResolver, { description: 'The day the client exited the project.' })
  exitDate: string;

  @Field(() => ExitDestination, { description: 'Where the client went.' })
  destination: ExitDestination;

  @Field({ description: 'Whether the destination is a quality continuation path (employment or education).' })
  qualityPath: boolean;
}
