import type { SubgraphContext } from '@polku/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { JourneysLoaders } from '../loaders.js';
import { referralStore } from '../referrals/referral.store.js';
import { ReferralEvent } from '../referrals/referral.type.js';
import { referralActivity } from './referral-activity.stream.js';
import { referralActivityStore, type ActivitySide, type ReferralActivityRow } from './referral-activity.store.js';
import { ReferralActivity } from './referral-activity.type.js';

type Context = SubgraphContext<JourneysLoaders>;

const afterArg = () =>
  Arg('after', () => ID, {
    nullable: true,
    description: 'Resume after this event id: the missed events (at most 100) come first, then live ones. A Last-Event-ID header wins over it.',
  });

const stream = (side: ActivitySide) => ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) =>
  referralActivity(context, side, args.after);

@Resolver(() => ReferralActivity)
export class ReferralActivityResolver {
  @Subscription(() => ReferralActivity, {
    subscribe: stream('received'),
    description: "Referrals other partners send to the caller's organisation, as they are sent (the SENT event).",
  })
  referralReceived(@Root() activity: ReferralActivityRow, @afterArg() _after?: string | null): ReferralActivityRow {
    return activity;
  }

  @Subscription(() => ReferralActivity, {
    subscribe: stream('changed'),
    description:
      "Every change on a referral the caller's organisation sent or received: sent, accepted, declined, withdrawn, started, completed, expired (a receiver never hears of drafts).",
  })
  referralChanged(@Root() activity: ReferralActivityRow, @afterArg() _after?: string | null): ReferralActivityRow {
    return activity;
  }

  @Query(() => ReferralActivity, { nullable: true, description: "One event on a referral the caller's organisation sent or received, by its id; null otherwise." })
  async referralActivity(@Arg('id', () => ID, { description: 'The event id.' }) id: string, @Ctx() ctx: Context): Promise<ReferralActivityRow | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    // The event and its referral in one transaction (the live inbox asks this once per subscriber and event).
    const [row, referral] = await ctx.db.run(async (manager) => {
      const [event] = await referralActivityStore.bySeqs(manager, [id]);
      return [event, event ? (await referralStore.byIds(manager, ctx.caller.organisationId, [event.referralId]))[0] : undefined] as const;
    });
    if (referral) ctx.loaders.referralById.prime(referral.id, referral);
    return row ?? null;
  }

  @FieldResolver(() => ReferralEvent)
  event(@Root() activity: ReferralActivityRow): ReferralActivityRow {
    // The row is the event (ReferralEventResolver reads actorOrgId from it).
    return activity;
  }

  @FieldResolver()
  referral(@Root() activity: ReferralActivityRow, @Ctx() ctx: Context) {
    return ctx.loaders.referralById.load(activity.referralId);
  }
}
