import type { EntityManager } from 'typeorm';
import type { ReferralStatus } from '../vocabulary/referral-status.js';

/** The PostgreSQL channel a trigger announces every referral event on (migration 1744). */
export const REFERRAL_ACTIVITY_CHANNEL = 'journeys_referral_activity';

/** Which activity a subscriber follows: referrals arriving, or every change on its referrals. */
export type ActivitySide = 'received' | 'changed';

/** What the trigger announces: ids and the new status, never personal data. */
export interface ActivityNotice {
  seq: string;
  referralId: string;
  senderOrgId: string;
  receiverOrgId: string;
  toStatus: ReferralStatus;
}

export interface ReferralActivityRow {
  /** The event's sequence number, as text (bigint). */
  id: string;
  referralId: string;
  senderOrgId: string;
  receiverOrgId: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorSubject: string;
  actorOrgId: string | null;
  reason: string | null;
  at: Date;
}

/**
 * Whether an event belongs to a subscriber's side: a referral arriving
 * (received), or any change on a referral the organisation sent or received
 * (changed; a receiver never hears of a draft being written).
 */
export function onSide(side: ActivitySide, orgId: string, event: Pick<ActivityNotice, 'senderOrgId' | 'receiverOrgId' | 'toStatus'>): boolean {
  if (side === 'received') return event.receiverOrgId === orgId && event.toStatus === 'SENT';
  return event.senderOrgId === orgId || (event.receiverOrgId === orgId && event.toStatus !== 'DRAFT');
}

const columns = `e.seq::text AS id, e.referral_id AS "referralId", e.sender_org_id AS "senderOrgId", e.receiver_org_id AS "receiverOrgId",
  e.from_status AS "fromStatus", e.to_status AS "toStatus", e.actor_subject AS "actorSubject", e.actor_org_id AS "actorOrgId", e.reason, e.at`;

/** Referral events by sequence number; row level security shows the caller only its own referrals' events. */
export const referralActivityStore = {
  bySeqs(manager: EntityManager, seqs: string[]): Promise<ReferralActivityRow[]> {
    return manager.query(`/* referralActivityBySeqs */ SELECT ${columns} FROM journeys.referral_event e WHERE e.seq = ANY($1::bigint[]) ORDER BY e.seq`, [seqs]);
  },

  /** The caller's events on its side after a sequence number, oldest first (a reconnecting subscriber's missed events). */
  after(manager: EntityManager, orgId: string, side: ActivitySide, after: string, limit: number): Promise<ReferralActivityRow[]> {
    const where =
      side === 'received'
        ? `e.receiver_org_id = $1 AND e.to_status = 'SENT'`
        : `(e.sender_org_id = $1 OR (e.receiver_org_id = $1 AND e.to_status <> 'DRAFT'))`;
    return manager.query(`/* referralActivityAfter */ SELECT ${columns} FROM journeys.referral_event e WHERE ${where} AND e.seq > $2::bigint ORDER BY e.seq LIMIT $3`, [
      orgId,
      after,
      limit,
    ]);
  },
};
