import { apiError, decodeCursor, ErrorCode, isUuid, PageArgs, pageSize, toPage, type SubgraphContext } from '@polku/kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { today } from '../dates.js';
import { ExitOutcome } from '../exits/exit-outcome.type.js';
import type { OutcomesLoaders } from '../loaders.js';
import { durationOfInterval } from './follow-up-schedule.js';
import { FollowUpEntity } from './follow-up.entity.js';
import { followUpStore } from './follow-up.store.js';
import { CompleteFollowUpInput, FollowUp, FollowUpConnection, FollowUpStatus } from './follow-up.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Query(() => FollowUpConnection, { description: "The caller's organisation's follow-ups that are past due and not done, oldest first." })
  async overdueFollowUps(@Args() page: PageArgs, @Ctx() ctx: Context) {
    const size = pageSize(page.first);
    const cursor = decodeCursor(page.after, ['date', 'uuid']);
    const after = cursor ? { dueOn: cursor[0]!, id: cursor[1]! } : undefined;
    const rows = await ctx.db.run((manager) => followUpStore.overdue(manager, after, size + 1));
    return toPage(rows, size, (row) => [row.dueOn, row.id]);
  }

  @Mutation(() => FollowUp, { description: "Records what a follow-up of the caller's organisation found. NOT_FOUND for a follow-up that is not the caller's." })
  async completeFollowUp(@Arg('input', () => CompleteFollowUpInput, { description: 'The follow-up and the status found.' }) input: CompleteFollowUpInput, @Ctx() ctx: Context) {
    if (!isUuid(input.followUpId)) throw apiError(ErrorCode.NOT_FOUND, 'No such follow-up.', { argument: 'followUpId' });
    return ctx.db.run(async (manager) => {
      const rows: Array<{ exit_date: string }> = await manager.query(
        `SELECT e.exit_date FROM outcomes.follow_up f JOIN outcomes.exit_outcome e ON e.id = f.exit_outcome_id WHERE f.id = $1`,
        [input.followUpId],
      );
      if (!rows[0]) throw apiError(ErrorCode.NOT_FOUND, 'No such follow-up.', { argument: 'followUpId' });
      if (input.completedOn < rows[0].exit_date || input.completedOn > today()) {
        throw apiError(ErrorCode.BAD_USER_INPUT, 'completedOn must lie between the exit and today.', { argument: 'completedOn' });
      }
      await manager.update(FollowUpEntity, { id: input.followUpId }, {
        completedOn: input.completedOn,
        foundDestination: input.foundDestination,
        recordedBy: ctx.caller.subject,
      });
      return manager.findOneByOrFail(FollowUpEntity, { id: input.followUpId });
    });
  }

  @FieldResolver(() => ExitOutcome)
  exitOutcome(@Root() followUp: FollowUpEntity, @Ctx() ctx: Context) {
    return ctx.loaders.exitOutcomeById.load(followUp.exitOutcomeId);
  }

  @FieldResolver(() => String)
  after(@Root() followUp: FollowUpEntity): string {
    return durationOfInterval(followUp.after);
  }

  @FieldResolver(() => FollowUpStatus)
  status(@Root() followUp: FollowUpEntity): FollowUpStatus {
    if (followUp.completedOn) return FollowUpStatus.COMPLETED;
    return followUp.dueOn < today() ? FollowUpStatus.OVERDUE : FollowUpStatus.SCHEDULED;
  }
}
