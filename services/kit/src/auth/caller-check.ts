import { apiError, ErrorCode } from '../errors.js';
import type { OrgScope } from '../db/org-scope.js';
import { PeerError, type PeerClient } from '../graphql/peers.js';
import type { Caller } from './caller.js';

/**
 * Confirms that the platform's records list the caller with every role and
 * project the token claims; throws UNAUTHENTICATED otherwise. A valid
 * signature proves who issued the token, not that the partners' directory
 * agrees with it.
 */
export type CallerCheck = (caller: Caller, tools: { db: OrgScope; peers: PeerClient }) => Promise<void>;

export const unlistedCaller = () =>
  apiError(ErrorCode.UNAUTHENTICATED, 'The token claims an organisation, role or project the platform does not list for this person.');

/**
 * Subgraphs other than partners ask partners, with the caller's own token:
 * partners checks the caller against its staff records before answering.
 */
export const checkCallerWithPartners: CallerCheck = async (_caller, { peers }) => {
  try {
    await peers.query('partners', 'query ConfirmCaller { me { subject } }');
  } catch (error) {
    if (error instanceof PeerError && error.message.includes('UNAUTHENTICATED')) throw unlistedCaller();
    throw error;
  }
};

/**
 * How long a confirmed token is remembered. Journeys and outcomes confirm a
 * caller by asking partners, which remembers its own confirmation for as
 * long: the two stack, so each holds half of the minute the docs promise.
 */
export const CONFIRMATION_TTL_MS = 30_000;

/**
 * Remembers confirmed tokens for a short while, so a caller is checked twice
 * a minute per service rather than on every request. A role withdrawn in the
 * directory takes effect within `ttlMs` in partners and within twice that
 * (one minute) in the services that ask partners.
 */
export class ConfirmedCallers {
  private readonly confirmedUntil = new Map<string, number>();

  constructor(
    private readonly ttlMs = CONFIRMATION_TTL_MS,
    private readonly capacity = 10_000,
  ) {}

  has(token: string, now = Date.now()): boolean {
    const until = this.confirmedUntil.get(token);
    if (until === undefined) return false;
    if (until > now) return true;
    this.confirmedUntil.delete(token);
    return false;
  }

  add(token: string, now = Date.now()) {
    if (this.confirmedUntil.size >= this.capacity) {
      // Maps keep insertion order: drop the oldest confirmation.
      this.confirmedUntil.delete(this.confirmedUntil.keys().next().value!);
    }
    this.confirmedUntil.set(token, now + this.ttlMs);
  }
}
