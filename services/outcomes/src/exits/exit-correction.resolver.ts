import { apiError, decodeCursor, ErrorCode, isUuid, PageArgs, pageSize, toPage, type SubgraphContext } from '@polku/kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { OutcomesLoaders } from '../loaders.js';
import { enrolmentFacts } from '../references/enrolment-facts.js';
import { projectPeriod } from '../references/project-period.js';
import { exitCorrectionStore, type ExitFacts } from './exit-correction.store.js';
import { CorrectExitInput, ExitCorrection, ExitCorrectionConnection, ExitCorrectionKind } from './exit-correction.type.js';
import type { ExitOutcomeEntity } from './exit-outcome.entity.js';
import { exitOutcomeStore } from './exit-outcome.store.js';
import { ExitOutcome } from './exit-outcome.type.js';
import { checkExitFacts, checkReason, cleanTitle } from './exit-rules.js';

type Context = SubgraphContext<OutcomesLoaders>;

const notFound = () => apiError(ErrorCode.NOT_FOUND, 'No such exit.', { argument: 'exitId' });
const exitIdArg = () => Arg('exitId', () => ID, { description: "The exit (of the caller's organisation)." });
const reasonArg = () => Arg('reason', () => String, { description: 'Why: kept in the correction history for good (3 to 1000 characters).' });

/** The corrected facts: what the input names, the rest as it is now. */
function corrected(exit: ExitOutcomeEntity, input: CorrectExitInput): ExitFacts {
  return {
    exitDate: input.exitDate ?? exit.exitDate,
    destination: input.destination ?? exit.destination,
    furtherDestinations: input.furtherDestinations ?? exit.furtherDestinations,
    title: input.title === undefined ? exit.title : cleanTitle(input.title),
    sector: input.sector === undefined ? exit.sector : input.sector,
    qualificationGained: input.qualificationGained ?? exit.qualificationGained,
  };
}

const sameFacts = (a: ExitFacts, b: ExitFacts) =>
  a.exitDate === b.exitDate && a.destination === b.destination && a.title === b.title && a.sector === b.sector &&
  a.qualificationGained === b.qualificationGained && [...a.furtherDestinations].sort().join() === [...b.furtherDestinations].sort().join();

/**
 * Corrections of exits recorded by mistake (or padded): the owning
 * organisation's staff change or withdraw an exit with a reason; the change,
 * its reason, actor and the values before and after go into the append-only
 * history in the same transaction, and the summaries follow, so the next
 * release revision counts the corrected figures (docs/outcomes.md).
 */
@Resolver(() => ExitCorrection)
export class ExitCorrectionResolver {
  @Query(() => ExitCorrectionConnection, {
    description: "The caller's organisation's exit corrections and withdrawals (the append-only history), latest first, a page at a time.",
  })
  async exitCorrections(@Args() page: PageArgs, @Ctx() ctx: Context) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['serial']);
    const rows = await ctx.db.run((manager) => exitCorrectionStore.page(manager, size + 1, after?.[0]));
    return toPage(rows, size, (row) => [row.seq]);
  }

  @Mutation(() => ExitOutcome, {
    description:
      "Corrects an exit of the caller's organisation (date, destinations, qualification, title, sector) and keeps the correction with its reason in the exit's history. The same rules as recordExit apply to the result (BAD_USER_INPUT with a reason); NOT_FOUND for an exit that is not the caller's; BAD_USER_INPUT (reason NOTHING_TO_CORRECT) when nothing would change.",
  })
  async correctExit(
    @exitIdArg() exitId: string,
    @Arg('input', () => CorrectExitInput, { description: 'What to change; fields left out stay.' }) input: CorrectExitInput,
    @reasonArg() reason: string,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(exitId)) throw notFound();
    const current = await ctx.loaders.exitOutcomeById.load(exitId);
    if (!current) throw notFound();
    const why = checkReason(reason);
    // Facts owned by journeys and partners, asked before the transaction opens (never inside it).
    const [enrolment, period] = await Promise.all([
      enrolmentFacts(ctx.peers, ctx.caller.organisationId, current.enrolmentId),
      projectPeriod(ctx.peers, current.projectId),
    ]);
    return ctx.db.run(async (manager) => {
      const exit = await exitOutcomeStore.lock(manager, exitId);
      if (!exit) throw notFound();
      const next = corrected(exit, input);
      checkExitFacts(next, enrolment.startedOn, period);
      if (sameFacts(exit, next)) throw apiError(ErrorCode.BAD_USER_INPUT, 'The correction changes nothing.', { argument: 'input', reason: 'NOTHING_TO_CORRECT' });
      await exitCorrectionStore.insert(manager, exit, ExitCorrectionKind.CORRECTED, why, next);
      return exitOutcomeStore.update(manager, exitId, next, enrolment.startedOn);
    });
  }

  @Mutation(() => ExitCorrection, {
    description:
      "Withdraws an exit of the caller's organisation recorded by mistake, with its follow-ups; the withdrawal and its reason stay in the history. The enrolment can then get a new exit. NOT_FOUND for an exit that is not the caller's.",
  })
  async withdrawExit(@exitIdArg() exitId: string, @reasonArg() reason: string, @Ctx() ctx: Context) {
    // "Not yours" looks like "not found", before anything is said about the input.
    if (!isUuid(exitId) || !(await ctx.loaders.exitOutcomeById.load(exitId))) throw notFound();
    const why = checkReason(reason);
    return ctx.db.run(async (manager) => {
      const exit = await exitOutcomeStore.lock(manager, exitId);
      if (!exit) throw notFound();
      const correction = await exitCorrectionStore.insert(manager, exit, ExitCorrectionKind.WITHDRAWN, why, null);
      await exitOutcomeStore.remove(manager, exitId);
      return correction;
    });
  }
}
