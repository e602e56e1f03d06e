import { apiError, ErrorCode, isUuid, type SubgraphContext } from '@polku/kit';
import type { EntityManager } from 'typeorm';
import { ClientEntity } from '../clients/client.entity.js';
import { ConsentEntity, isConsentValid } from '../consents/consent.entity.js';
import { EnrolmentEntity } from '../enrolments/enrolment.entity.js';
import { once } from '../idempotency/idempotency.js';
import type { JourneysLoaders } from '../loaders.js';
import { serviceOffering } from '../references/partners.peer.js';
import { ConsentPurpose } from '../vocabulary/consent.js';
import { Phase } from '../vocabulary/phase.js';
import { referralMoves, ReferralStatus, type ReferralMoveName } from '../vocabulary/referral-status.js';
import { referralStore, type ReferralRow } from './referral.store.js';

type Context = SubgraphContext<JourneysLoaders>;

export const DEFAULT_ANSWER_DAYS = 14;

const notFound = () => apiError(ErrorCode.NOT_FOUND, 'No such referral.');

export interface CreateReferral {
  enrolmentId: string;
  serviceOfferingId: string;
  consentId: string;
  idempotencyKey?: string | null;
}

/**
 * A draft referral of one of the caller's enrolments to another partner's
 * service in the same joint project, under a valid consent that covers
 * exactly that: purpose REFERRAL, that recipient, that project (and that
 * service when the consent names one). The offering and the project's
 * partners come from the partners subgraph, asked with the caller's token.
 */
export async function createReferral(ctx: Context, input: CreateReferral): Promise<ReferralRow> {
  // A malformed id is answered like an unknown one (and never reaches PostgreSQL as a cast error).
  if (!isUuid(input.enrolmentId)) throw apiError(ErrorCode.NOT_FOUND, 'No such enrolment.', { argument: 'enrolmentId' });
  if (!isUuid(input.serviceOfferingId)) throw apiError(ErrorCode.NOT_FOUND, 'No such service offering.', { argument: 'serviceOfferingId' });
  const me = ctx.caller.organisationId;
  const id = await ctx.db.run((manager) =>
    once(manager, ctx.caller, input.idempotencyKey, 'createReferral', input, async () => {
      // Inside the idempotent block: a retry replays the first result even if the offering has changed since.
      const offering = await serviceOffering(ctx.peers, input.serviceOfferingId);
      if (!offering.project) throw apiError(ErrorCode.BAD_USER_INPUT, 'Referrals go to services offered within a joint project; this service belongs to none.', { argument: 'serviceOfferingId' });
      if (offering.organisation.id === me) throw apiError(ErrorCode.BAD_USER_INPUT, "A referral goes to another organisation's service, not your own.", { argument: 'serviceOfferingId' });
      if (!offering.acceptsReferrals) throw apiError(ErrorCode.BAD_USER_INPUT, 'This service does not accept referrals now.', { argument: 'serviceOfferingId' });
      const partners = offering.project.partners.map((p) => p.organisation.id);
      if (!partners.includes(me) || !partners.includes(offering.organisation.id)) {
        throw apiError(ErrorCode.BAD_USER_INPUT, 'Both organisations must take part in the project the service belongs to.', { argument: 'serviceOfferingId' });
      }
      const projectId = offering.project.id;
      const enrolment = await manager.findOneBy(EnrolmentEntity, { id: input.enrolmentId });
      if (!enrolment) throw apiError(ErrorCode.NOT_FOUND, 'No such enrolment.', { argument: 'enrolmentId' });
      if (enrolment.projectId !== projectId) throw apiError(ErrorCode.BAD_USER_INPUT, "The service belongs to another project than the client's enrolment.", { argument: 'serviceOfferingId' });
      if (enrolment.phase === Phase.EXITED) throw apiError(ErrorCode.BAD_USER_INPUT, 'The client has left this path; an exited enrolment cannot refer.', { argument: 'enrolmentId' });
      await requireCoveringConsent(manager, input.consentId, { clientId: enrolment.clientId, recipientOrgId: offering.organisation.id, projectId, serviceOfferingId: offering.id });
      const referralId = await referralStore.insert(manager, {
        senderOrgId: me,
        receiverOrgId: offering.organisation.id,
        projectId,
        serviceOfferingId: offering.id,
        enrolmentId: enrolment.id,
        consentId: input.consentId,
        createdBy: ctx.caller.subject,
      });
      const [created] = await referralStore.byIds(manager, me, [referralId]);
      await referralStore.recordEvent(manager, created!, null, ReferralStatus.DRAFT, actorOf(ctx));
      return referralId;
    }),
  );
  return (await ctx.db.run((manager) => referralStore.byIds(manager, me, [id])))[0]!;
}

async function requireCoveringConsent(
  manager: EntityManager,
  consentId: string,
  scope: { clientId: string; recipientOrgId: string; projectId: string; serviceOfferingId: string },
) {
  const consent = isUuid(consentId) ? await manager.findOneBy(ConsentEntity, { id: consentId }) : null;
  const covers =
    consent &&
    consent.purpose === ConsentPurpose.REFERRAL &&
    consent.clientId === scope.clientId &&
    consent.recipientOrgId === scope.recipientOrgId &&
    consent.projectId === scope.projectId &&
    (consent.serviceOfferingId === null || consent.serviceOfferingId === scope.serviceOfferingId);
  if (!covers) {
    throw apiError(ErrorCode.BAD_USER_INPUT, "The consent does not cover this referral: it must be the client's consent to referral to this organisation's service in this project.", {
      argument: 'consentId',
      reason: 'CONSENT_REQUIRED',
    });
  }
  if (!isConsentValid(consent)) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'The consent is withdrawn, expired or not yet given.', { argument: 'consentId', reason: 'CONSENT_NOT_VALID' });
  }
  return consent;
}

const actorOf = (ctx: Context) => ({ subject: ctx.caller.subject, orgId: ctx.caller.organisationId });

/**
 * Moves a referral along its state machine. The row is locked first (SELECT
 * ... FOR UPDATE), so of two simultaneous moves exactly one finds the status
 * it needs; the other then sees the new status and gets CONFLICT. Every move
 * is recorded with the actor and time.
 */
export function moveReferral(ctx: Context, referralId: string, name: ReferralMoveName, reason?: string | null) {
  return ctx.db.run((manager) => moveReferralWith(manager, ctx, referralId, name, reason));
}

async function moveReferralWith(manager: EntityManager, ctx: Context, referralId: string, name: ReferralMoveName, reason?: string | null): Promise<ReferralRow> {
  if (!isUuid(referralId)) throw notFound();
  const move = referralMoves[name];
  const me = ctx.caller.organisationId;
  await referralStore.expireOverdue(manager, me);
  const referral = await referralStore.lock(manager, referralId);
  if (!referral) throw notFound();
  const party = referral.senderOrgId === me ? 'SENDER' : 'RECEIVER';
  if (party !== move.by) {
    const who = move.by === 'SENDER' ? 'referring' : 'receiving';
    throw apiError(ErrorCode.FORBIDDEN, `Only the ${who} organisation can ${name} a referral.`);
  }
  if (!(move.from as readonly ReferralStatus[]).includes(referral.status)) {
    throw apiError(ErrorCode.CONFLICT, `The referral is ${referral.status}; it can become ${move.to} only from ${move.from.join(' or ')}.`, {
      reason: 'ILLEGAL_REFERRAL_TRANSITION',
      status: referral.status,
    });
  }
  const why = reason?.trim() || null;
  if (name === 'decline' && !why) throw apiError(ErrorCode.BAD_USER_INPUT, 'Declining a referral needs a reason.', { argument: 'reason' });
  if (name === 'send' || name === 'accept') {
    // The receiver may read the consent once the referral is sent to it (row level security).
    const consent = await manager.findOneBy(ConsentEntity, { id: referral.consentId });
    if (!consent || !isConsentValid(consent)) {
      throw apiError(ErrorCode.BAD_USER_INPUT, "The client's consent for this referral is withdrawn or expired.", { reason: 'CONSENT_NOT_VALID' });
    }
  }
  if (name === 'send') {
    const [setting] = await referralStore.answerDays(manager, [referral.projectId]);
    await manager.query(
      `UPDATE journeys.referral SET status = 'SENT', sent_at = now(), answer_by = now() + make_interval(days => $2), updated_at = now() WHERE id = $1`,
      [referral.id, setting?.days ?? DEFAULT_ANSWER_DAYS],
    );
    await referralStore.shareConsentedData(manager, referral.id);
  } else {
    await manager.query(
      `UPDATE journeys.referral SET status = $2, decline_reason = CASE WHEN $2 = 'DECLINED' THEN $3 ELSE decline_reason END, updated_at = now() WHERE id = $1`,
      [referral.id, move.to, why],
    );
  }
  await referralStore.recordEvent(manager, referral, referral.status, move.to, actorOf(ctx), why);
  return (await referralStore.byIds(manager, me, [referral.id]))[0]!;
}

export interface OpenEnrolmentFromReferral {
  referralId: string;
  clientCode: string;
  startedOn: string;
  plannedEndOn?: string | null;
  idempotencyKey?: string | null;
}

/**
 * The receiver starts serving the client: its own pseudonymous client record
 * and enrolment in the project, linked to the referral, which moves from
 * ACCEPTED to STARTED in the same transaction.
 */
export function openEnrolmentFromReferral(ctx: Context, input: OpenEnrolmentFromReferral): Promise<string> {
  return ctx.db.run((manager) =>
    once(manager, ctx.caller, input.idempotencyKey, 'openEnrolmentFromReferral', input, async () => {
      const referral = await moveReferralWith(manager, ctx, input.referralId, 'start');
      const client = await manager.save(manager.create(ClientEntity, { orgId: ctx.caller.organisationId, code: input.clientCode, obstacles: [] }));
      const enrolment = await manager.save(
        manager.create(EnrolmentEntity, {
          orgId: ctx.caller.organisationId,
          clientId: client.id,
          projectId: referral.projectId,
          startedOn: input.startedOn,
          plannedEndOn: input.plannedEndOn ?? null,
          coachSubject: ctx.caller.subject,
          phase: Phase.INTAKE,
          referralId: referral.id,
        }),
      );
      return enrolment.id;
    }),
  );
}
