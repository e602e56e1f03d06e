import type { SubgraphContext } from '@polku/kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { OutcomesLoaders } from '../loaders.js';
import { Enrolment } from '../references/enrolment.reference.js';
import { isQualityPath } from './exit-destination.js';
import type { ExitOutcomeEntity } from './exit-outcome.entity.js';
import { exitOutcomeStore } from './exit-outcome.store.js';
import { ExitOutcome } from './exit-outcome.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

@Resolver(() => ExitOutcome)
export class ExitOutcomeResolver {
  @Query(() => [ExitOutcome], { description: "The caller's organisation's exit outcomes, latest first." })
  exitOutcomes(@Ctx() ctx: Context) {
    return ctx.db.run((manager) => exitOutcomeStore.list(manager));
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() exit: ExitOutcomeEntity): Enrolment {
    return { id: exit.enrolmentId };
  }

  @FieldResolver(() => Boolean)
  qualityPath(@Root() exit: ExitOutcomeEntity): boolean {
    return isQualityPath(exit.destination);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentExitResolver {
  @FieldResolver(() => ExitOutcome, { nullable: true, description: 'How the enrolment ended; null while the client is still on the path.' })
  exitOutcome(@Root() enrolment: Enrolment, @Ctx() ctx: Context) {
    return ctx.loaders.exitOutcomeByEnrolmentId.load(enrolment.id);
  }
}
