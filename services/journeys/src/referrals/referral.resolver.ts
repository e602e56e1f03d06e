import { apiError, decodeCursor, ErrorCode, isUuid, Locale, PageArgs, pageSize, toPage, type SubgraphContext, labelOf } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../audit/selected-fields.js';
import { explainConstraint } from '../db/constraint-errors.js';
import type { EnrolmentEntity } from '../enrolments/enrolment.entity.js';
import { Enrolment } from '../enrolments/enrolment.type.js';
import type { JourneysLoaders } from '../loaders.js';
import { Organisation } from '../references/organisation.reference.js';
import { Project } from '../references/project.reference.js';
import { ServiceOffering } from '../references/service-offering.reference.js';
import { referralStatusLabels } from '../vocabulary/referral-status.js';
import { createReferral, DEFAULT_ANSWER_DAYS, moveReferral, openEnrolmentFromReferral } from './referral.service.js';
import { referralStore, type ReferralCountsRow, type ReferralEventRow, type ReferralRow } from './referral.store.js';
import { CreateReferralInput, InboxArgs, OpenEnrolmentFromReferralInput, Referral, ReferralConnection, ReferralCounts, ReferralEvent, SharedClientData } from './referral.type.js';

type Context = SubgraphContext<JourneysLoaders>;

const idArg = () => Arg('referralId', () => ID, { description: 'The referral.' });
const noCounts = { sent: 0, received: 0, awaitingAnswer: 0 };
const countsOf = (row: ReferralCountsRow | null): ReferralCounts => (row ? { sent: row.sent, received: row.received, awaitingAnswer: row.awaitingAnswer } : noCounts);

async function inbox(ctx: Context, side: 'sent' | 'received', args: InboxArgs, page: PageArgs) {
  const size = pageSize(page.first);
  const after = decodeCursor(page.after, ['timestamp', 'uuid']);
  const filter = args.filter ?? {};
  for (const argument of ['projectId', 'serviceOfferingId'] as const) {
    if (filter[argument] && !isUuid(filter[argument])) throw apiError(ErrorCode.BAD_USER_INPUT, `filter.${argument} is not a valid id.`, { argument });
  }
  const rows = await ctx.db.run((manager) => referralStore.inbox(manager, ctx.caller.organisationId, side, filter, size + 1, after as [string, string] | undefined));
  return toPage(rows, size, (row) => [row.createdAtText, row.id]);
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, { nullable: true, description: 'A referral the caller\'s organisation sent or received, or null.' })
  referral(@Arg('id', () => ID, { description: 'The referral id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.referralById.load(id);
  }

  @Query(() => ReferralConnection, { description: "Referrals sent to the caller's organisation, newest first." })
  receivedReferrals(@Args() args: InboxArgs, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return inbox(ctx, 'received', args, page);
  }

  @Query(() => ReferralConnection, { description: "Referrals the caller's organisation created, newest first." })
  sentReferrals(@Args() args: InboxArgs, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return inbox(ctx, 'sent', args, page);
  }

  @Mutation(() => Referral, {
    description:
      "Creates a DRAFT referral of one of the caller's enrolments to another partner's service in the same joint project. Needs the client's valid consent covering it (BAD_USER_INPUT, reason CONSENT_REQUIRED or CONSENT_NOT_VALID, otherwise).",
  })
  createReferral(@Arg('input', () => CreateReferralInput, { description: 'The referral.' }) input: CreateReferralInput, @Ctx() ctx: Context) {
    return createReferral(ctx, input).catch(explainConstraint);
  }

  @Mutation(() => Referral, { description: 'Sends a DRAFT referral: the receiver sees it and the consented client data, and must answer within the project\'s answer time. Sender only.' })
  sendReferral(@idArg() referralId: string, @Ctx() ctx: Context) {
    return moveReferral(ctx, referralId, 'send');
  }

  @Mutation(() => Referral, { description: 'Accepts a SENT referral. Receiver only; of simultaneous accepts exactly one succeeds, the others get CONFLICT.' })
  acceptReferral(@idArg() referralId: string, @Ctx() ctx: Context) {
    return moveReferral(ctx, referralId, 'accept');
  }

  @Mutation(() => Referral, { description: 'Declines a SENT referral, with a reason. Receiver only.' })
  declineReferral(@idArg() referralId: string, @Arg('reason', { description: 'Why the referral is declined (required).' }) reason: string, @Ctx() ctx: Context) {
    // The reason is free text: a value Postgres cannot store answers BAD_USER_INPUT, not an internal error.
    return moveReferral(ctx, referralId, 'decline', reason).catch(explainConstraint);
  }

  @Mutation(() => Referral, { description: 'Withdraws a DRAFT, SENT or ACCEPTED referral. Sender only.' })
  withdrawReferral(
    @idArg() referralId: string,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true, description: 'Why the referral is withdrawn.' }) reason?: string | null,
  ) {
    return moveReferral(ctx, referralId, 'withdraw', reason).catch(explainConstraint);
  }

  @Mutation(() => Referral, { description: 'Marks a STARTED referral completed: the service has ended. Receiver only.' })
  completeReferral(@idArg() referralId: string, @Ctx() ctx: Context) {
    return moveReferral(ctx, referralId, 'complete');
  }

  @Mutation(() => Enrolment, {
    description: "The receiver opens its own client record and enrolment for an ACCEPTED referral; the referral becomes STARTED and the enrolment links to it.",
  })
  async openEnrolmentFromReferral(@Arg('input', () => OpenEnrolmentFromReferralInput, { description: 'The enrolment.' }) input: OpenEnrolmentFromReferralInput, @Ctx() ctx: Context) {
    if (!/^[A-Z0-9][A-Z0-9-]{2,31}$/.test(input.clientCode)) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'clientCode must be 3 to 32 capitals, digits or dashes.', { argument: 'clientCode' });
    }
    const id = await openEnrolmentFromReferral(ctx, input).catch(explainConstraint);
    return ctx.loaders.enrolmentById.load(id);
  }

  @FieldResolver(() => String)
  statusLabel(
    @Root() referral: ReferralRow,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." }) locale?: Locale | null,
  ) {
    return labelOf(referralStatusLabels, referral.status, locale, ctx);
  }

  @FieldResolver(() => Organisation)
  sender(@Root() referral: ReferralRow): Organisation {
    return { id: referral.senderOrgId };
  }

  @FieldResolver(() => Organisation)
  receiver(@Root() referral: ReferralRow): Organisation {
    return { id: referral.receiverOrgId };
  }

  @FieldResolver(() => Project)
  project(@Root() referral: ReferralRow): Project {
    return { id: referral.projectId };
  }

  @FieldResolver(() => ServiceOffering)
  serviceOffering(@Root() referral: ReferralRow): ServiceOffering {
    return { id: referral.serviceOfferingId };
  }

  @FieldResolver(() => Boolean)
  sentByCaller(@Root() referral: ReferralRow, @Ctx() ctx: Context) {
    return referral.senderOrgId === ctx.caller.organisationId;
  }

  @FieldResolver(() => SharedClientData, { nullable: true })
  sharedClient(@Root() referral: ReferralRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.sharedClientByReferralId.load(referral.id, selectedFields(info, 'sharedClient'), ctx, info);
  }

  @FieldResolver(() => [ReferralEvent])
  events(@Root() referral: ReferralRow, @Ctx() ctx: Context) {
    return ctx.loaders.referralEventsByReferralId.load(referral.id);
  }

  @FieldResolver(() => Enrolment, { nullable: true, description: "The sender's enrolment the client was referred from; null for the receiver." })
  fromEnrolment(@Root() referral: ReferralRow, @Ctx() ctx: Context) {
    return referral.senderOrgId === ctx.caller.organisationId ? ctx.loaders.enrolmentById.load(referral.enrolmentId) : null;
  }

  @FieldResolver(() => Enrolment, { nullable: true, description: "The receiver's enrolment opened from this referral; only the receiver sees it." })
  receiverEnrolment(@Root() referral: ReferralRow, @Ctx() ctx: Context) {
    return referral.receiverOrgId === ctx.caller.organisationId ? ctx.loaders.enrolmentByReferralId.load(referral.id) : null;
  }
}

@Resolver(() => ReferralEvent)
export class ReferralEventResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  actorOrganisation(@Root() event: ReferralEventRow): Organisation | null {
    return event.actorOrgId ? { id: event.actorOrgId } : null;
  }
}

@Resolver(() => Enrolment)
export class EnrolmentReferralsResolver {
  @FieldResolver(() => [Referral], { description: 'Referrals sent from this enrolment, oldest first.' })
  referrals(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.referralsByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The newest referral sent from this enrolment.' })
  latestReferral(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.latestReferralByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral this enrolment was opened from, when the client came from another partner.' })
  openedFromReferral(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return enrolment.referralId ? ctx.loaders.referralById.load(enrolment.referralId) : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationReferralsResolver {
  @FieldResolver(() => ReferralCounts, {
    description: "The caller's organisation's referrals exchanged with this organisation; for the caller's own organisation, all of its referrals.",
  })
  async referralCounts(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return countsOf(await ctx.loaders.referralCountsByOrganisationId.load(organisation.id));
  }
}

@Resolver(() => Project)
export class ProjectReferralsResolver {
  @FieldResolver(() => ReferralCounts, { description: "The caller's organisation's referrals in this project." })
  async referralCounts(@Root() project: Project, @Ctx() ctx: Context) {
    return countsOf(await ctx.loaders.referralCountsByProjectId.load(project.id));
  }

  @FieldResolver(() => Int, { description: 'Days a receiving partner has to answer a referral in this project before it expires.' })
  async referralAnswerDays(@Root() project: Project, @Ctx() ctx: Context) {
    return (await ctx.loaders.answerDaysByProjectId.load(project.id))?.days ?? DEFAULT_ANSWER_DAYS;
  }
}

@Resolver(() => ServiceOffering)
export class ServiceOfferingReferralsResolver {
  @FieldResolver(() => ReferralCounts, { description: "The caller's organisation's referrals to this service: sent to it, or received by it when it is the caller's own." })
  async referralCounts(@Root() offering: ServiceOffering, @Ctx() ctx: Context) {
    return countsOf(await ctx.loaders.referralCountsByServiceOfferingId.load(offering.id));
  }
}
