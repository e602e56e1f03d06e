import { apiError, decodeCursor, ErrorCode, PageArgs, pageSize, toPage, type SubgraphContext } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { accessRequestOf, logReads } from '../audit/audited-reads.js';
import { personalFieldsSelected } from '../audit/selected-fields.js';
import { FollowUp } from '../follow-ups/follow-up.type.js';
import type { OutcomesLoaders } from '../loaders.js';
import { enrolmentFacts } from '../references/enrolment-facts.js';
import { Enrolment } from '../references/enrolment.reference.js';
import { projectPeriod } from '../references/project-period.js';
import { ExitCorrection } from './exit-correction.type.js';
import { checkExitFacts, cleanTitle } from './exit-rules.js';
import { destinationLabels, esfIndicatorOf, isQualityPath } from './exit-destination.js';
import type { ExitOutcomeEntity } from './exit-outcome.entity.js';
import { exitOutcomeStore } from './exit-outcome.store.js';
import { ExitOutcome, ExitOutcomeConnection, RecordExitInput } from './exit-outcome.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

@Resolver(() => ExitOutcome)
export class ExitOutcomeResolver {
  @Query(() => ExitOutcomeConnection, { description: "The caller's organisation's exit outcomes, latest first, a page at a time." })
  async exitOutcomes(@Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ['date', 'uuid']);
    const rows = await ctx.db.run(async (manager) => {
      const found = await exitOutcomeStore.page(manager, size + 1, after ? { exitDate: after[0]!, id: after[1]! } : undefined);
      await logReads(manager, 'ExitOutcome', found.slice(0, size), personalFieldsSelected(info, 'ExitOutcome'), accessRequestOf(ctx, info));
      return found;
    });
    return toPage(rows, size, (row) => [row.exitDate, row.id]);
  }

  @Mutation(() => ExitOutcome, {
    description:
      "Records how an enrolment of the caller's organisation ended and schedules its follow-ups (by default 4 weeks, 3 and 6 months later). NOT_FOUND for an enrolment that is not the caller's; CONFLICT when the enrolment already has an exit; BAD_USER_INPUT (with a reason) for an exit day outside the project's period, before the enrolment started or in the future.",
  })
  async recordExit(@Arg('input', () => RecordExitInput, { description: 'The enrolment, exit date and destination(s).' }) input: RecordExitInput, @Ctx() ctx: Context) {
    const enrolment = await enrolmentFacts(ctx.peers, ctx.caller.organisationId, input.enrolmentId);
    const period = await projectPeriod(ctx.peers, enrolment.projectId);
    const facts = {
      exitDate: input.exitDate,
      destination: input.destination,
      furtherDestinations: input.furtherDestinations ?? [],
      title: cleanTitle(input.title),
      sector: input.sector ?? null,
      qualificationGained: input.qualificationGained ?? false,
    };
    checkExitFacts(facts, enrolment.startedOn, period);
    const exit = await ctx.db.run((manager) =>
      exitOutcomeStore.insert(manager, {
        ...facts,
        orgId: enrolment.organisationId,
        enrolmentId: enrolment.id,
        projectId: enrolment.projectId,
        enrolmentStartedOn: enrolment.startedOn,
        recordedBy: ctx.caller.subject,
      }),
    );
    if (!exit) throw apiError(ErrorCode.CONFLICT, 'The enrolment already has an exit.', { argument: 'enrolmentId' });
    return exit;
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() exit: ExitOutcomeEntity): Enrolment {
    return { id: exit.enrolmentId };
  }

  @FieldResolver(() => Boolean)
  qualityPath(@Root() exit: ExitOutcomeEntity): boolean {
    return isQualityPath(exit.destination);
  }

  @FieldResolver(() => String)
  destinationLabel(@Root() exit: ExitOutcomeEntity, @Ctx() ctx: Context): string {
    return destinationLabels[exit.destination][ctx.locale];
  }

  @FieldResolver(() => [String])
  furtherDestinationLabels(@Root() exit: ExitOutcomeEntity, @Ctx() ctx: Context): string[] {
    return exit.furtherDestinations.map((destination) => destinationLabels[destination][ctx.locale]);
  }

  @FieldResolver(() => [ExitCorrection], { description: 'Corrections of this exit, oldest first (append-only history).' })
  corrections(@Root() exit: ExitOutcomeEntity, @Ctx() ctx: Context) {
    return ctx.loaders.correctionsByExitId.load(exit.id);
  }

  @FieldResolver()
  esfIndicator(@Root() exit: ExitOutcomeEntity) {
    return esfIndicatorOf(exit.destination);
  }

  @FieldResolver(() => [FollowUp], { description: 'Follow-ups of this exit, earliest first.' })
  followUps(@Root() exit: ExitOutcomeEntity, @Ctx() ctx: Context) {
    return ctx.loaders.followUpsByExitId.load(exit.id);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentExitResolver {
  @FieldResolver(() => ExitOutcome, { nullable: true, description: 'How the enrolment ended; null while the client is still on the path.' })
  async exitOutcome(@Root() enrolment: Enrolment, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.exitOutcomeRead.load(enrolment.id, ctx, info))[0] ?? null;
  }
}
