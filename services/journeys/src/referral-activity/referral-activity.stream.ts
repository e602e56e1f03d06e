import { apiError, ErrorCode, EventQueue, type SubgraphContext } from '@polku/kit';
import { GraphQLError } from 'graphql';
import type { JourneysLoaders } from '../loaders.js';
import { onSide, REFERRAL_ACTIVITY_CHANNEL, referralActivityStore, type ActivityNotice, type ActivitySide, type ReferralActivityRow } from './referral-activity.store.js';

type Context = SubgraphContext<JourneysLoaders>;

/** A reconnecting subscriber gets at most this many missed events; more, and it reloads its inbox instead. */
export const REPLAY_LIMIT = 100;

const isSequence = (value: string) => /^\d{1,18}$/.test(value);

/**
 * The subscriber's referral events, live from PostgreSQL LISTEN/NOTIFY, each
 * loaded under the subscriber's organisation (row level security) before it
 * is delivered. Resuming after a sequence number (`after`, or the SSE
 * Last-Event-ID, which wins) first replays the missed events, then goes live:
 * it listens before it reads, and delivers each sequence number once, in order
 * (numbers are taken in commit order, see migration 1744).
 */
export async function referralActivity(ctx: Context, side: ActivitySide, after: string | null | undefined): Promise<AsyncIterableIterator<ReferralActivityRow>> {
  const resumeAfter = ctx.lastEventId ?? after ?? undefined;
  if (resumeAfter !== undefined && !isSequence(resumeAfter)) throw apiError(ErrorCode.BAD_USER_INPUT, '`after` is an event id: digits only.', { argument: 'after' });
  const feed = ctx.notifications;
  if (!feed) throw new Error('journeys serves subscriptions only with its notification feed');
  const me = ctx.caller.organisationId;
  let last = BigInt(resumeAfter ?? 0);
  let replaying = true;
  const heldBack: ActivityNotice[] = [];
  let unsubscribe = () => {};
  const queue = new EventQueue<ReferralActivityRow>(() => unsubscribe());
  const deliver = (rows: ReferralActivityRow[]) => {
    for (const row of rows) {
      if (BigInt(row.id) <= last || !onSide(side, me, row)) continue;
      last = BigInt(row.id);
      queue.push(row);
    }
  };
  // One notice at a time, in the order PostgreSQL delivered them (commit order).
  let inOrder = Promise.resolve();
  const load = (notice: ActivityNotice) => {
    inOrder = inOrder
      .then(async () => {
        if (BigInt(notice.seq) <= last) return;
        // Row level security on referral_event depends on the organisation alone (app.org_id): the
        // organisation's subscribers in this process share one read of the event.
        deliver(await feed.shared(`${me}:${notice.seq}`, () => ctx.db.run((manager) => referralActivityStore.bySeqs(manager, [notice.seq]))));
      })
      .catch((error: unknown) => queue.fail(error));
  };
  unsubscribe = await feed.subscribe(REFERRAL_ACTIVITY_CHANNEL, {
    next(payload) {
      let notice: ActivityNotice;
      try {
        notice = JSON.parse(payload) as ActivityNotice;
      } catch {
        return;
      }
      // Another organisation's referral: not even a database round trip.
      if (!isSequence(String(notice.seq)) || !onSide(side, me, notice)) return;
      if (replaying) heldBack.push(notice);
      else load(notice);
    },
    broken() {
      queue.fail(new GraphQLError('The live connection was interrupted; subscribe again with your last event id.', { extensions: { code: 'SERVICE_UNAVAILABLE' } }));
    },
  });
  try {
    if (resumeAfter !== undefined) {
      const missed = await ctx.db.run((manager) => referralActivityStore.after(manager, me, side, resumeAfter, REPLAY_LIMIT + 1));
      if (missed.length > REPLAY_LIMIT) {
        throw apiError(ErrorCode.BAD_USER_INPUT, `More than ${REPLAY_LIMIT} events were missed: reload the referral lists and subscribe again without a last event id.`, {
          argument: 'after',
          reason: 'TOO_MANY_MISSED',
        });
      }
      deliver(missed);
    }
  } catch (error) {
    await queue.return();
    throw error;
  }
  replaying = false;
  for (const notice of heldBack.splice(0)) load(notice);
  return queue;
}
