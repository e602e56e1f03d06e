import type { EntityManager } from 'typeorm';
import type { DataCategory } from '../vocabulary/consent.js';
import type { EducationLevel, Obstacle } from '../vocabulary/client-background.js';
import type { ReferralStatus } from '../vocabulary/referral-status.js';

export interface ReferralRow {
  id: string;
  senderOrgId: string;
  receiverOrgId: string;
  projectId: string;
  serviceOfferingId: string;
  enrolmentId: string;
  consentId: string;
  status: ReferralStatus;
  declineReason: string | null;
  sentAt: Date | null;
  answerBy: Date | null;
  createdBy: string;
  createdAt: Date;
  /** created_at as text, microseconds kept: the cursor position. */
  createdAtText: string;
}

export interface ReferralEventRow {
  referralId: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorSubject: string;
  actorOrgId: string | null;
  reason: string | null;
  at: Date;
}

export interface SharedClientRow {
  referralId: string;
  /** The sender's client the copy is about: for the audit log, never shown to the receiver. */
  clientId: string;
  senderOrgId: string;
  dataCategories: DataCategory[];
  fullName: string | null;
  birthYear: number | null;
  municipality: string | null;
  languages: string[] | null;
  contact: string | null;
  educationLevel: EducationLevel | null;
  obstacles: Obstacle[] | null;
  sharedAt: Date;
}

export interface ReferralCountsRow {
  key: string;
  sent: number;
  received: number;
  awaitingAnswer: number;
}

export interface InboxFilter {
  statuses?: ReferralStatus[] | null;
  projectId?: string | null;
  serviceOfferingId?: string | null;
  createdFrom?: string | null;
  createdTo?: string | null;
}

const columns = `r.id, r.sender_org_id AS "senderOrgId", r.receiver_org_id AS "receiverOrgId", r.project_id AS "projectId",
  r.service_offering_id AS "serviceOfferingId", r.enrolment_id AS "enrolmentId", r.consent_id AS "consentId", r.status,
  r.decline_reason AS "declineReason", r.sent_at AS "sentAt", r.answer_by AS "answerBy", r.created_by AS "createdBy",
  r.created_at AS "createdAt", r.created_at::text AS "createdAtText"`;

/** Counts of the referrals the caller's organisation sent and received, per key. */
const counts = (key: string) => `SELECT ${key} AS key,
  count(*) FILTER (WHERE r.sender_org_id = $1)::int AS sent,
  count(*) FILTER (WHERE r.receiver_org_id = $1)::int AS received,
  count(*) FILTER (WHERE r.status = 'SENT')::int AS "awaitingAnswer"
  FROM journeys.referral r`;

/**
 * Referral rows are visible to two organisations (row level security): the
 * sender always, the receiver once sent. Queries still name the caller's
 * side explicitly so they use the per-party indexes.
 */
export const referralStore = {
  /**
   * Expires the caller's SENT referrals whose answer deadline has passed, with
   * an event each: run before every read and move of referrals, so nobody ever
   * sees an overdue referral as SENT. One statement; a no-op when nothing is due.
   */
  async expireOverdue(manager: EntityManager, orgId: string) {
    await manager.query(
      `WITH expired AS (
         UPDATE journeys.referral SET status = 'EXPIRED', updated_at = now()
         WHERE status = 'SENT' AND answer_by <= now() AND (sender_org_id = $1 OR receiver_org_id = $1)
         RETURNING id, sender_org_id, receiver_org_id)
       INSERT INTO journeys.referral_event (referral_id, sender_org_id, receiver_org_id, from_status, to_status, actor_subject, reason)
       SELECT id, sender_org_id, receiver_org_id, 'SENT', 'EXPIRED', 'platform', 'No answer within the project''s deadline.' FROM expired`,
      [orgId],
    );
  },

  async byIds(manager: EntityManager, orgId: string, ids: string[]): Promise<ReferralRow[]> {
    await referralStore.expireOverdue(manager, orgId);
    return manager.query(`SELECT ${columns} FROM journeys.referral r WHERE r.id = ANY($1::uuid[])`, [ids]);
  },

  /** Locks the row for a state change: a concurrent move waits and then sees the new status. */
  async lock(manager: EntityManager, id: string): Promise<ReferralRow | undefined> {
    const rows = await manager.query(`SELECT ${columns} FROM journeys.referral r WHERE r.id = $1 FOR UPDATE`, [id]);
    return rows[0];
  },

  /** The newest referral sent from each of the sender's enrolments. */
  async latestOfEnrolments(manager: EntityManager, orgId: string, enrolmentIds: string[]): Promise<ReferralRow[]> {
    await referralStore.expireOverdue(manager, orgId);
    return manager.query(
      `SELECT DISTINCT ON (r.enrolment_id) ${columns} FROM journeys.referral r
       WHERE r.sender_org_id = $1 AND r.enrolment_id = ANY($2::uuid[])
       ORDER BY r.enrolment_id, r.created_at DESC, r.id DESC`,
      [orgId, enrolmentIds],
    );
  },

  async ofEnrolments(manager: EntityManager, orgId: string, enrolmentIds: string[]): Promise<ReferralRow[]> {
    await referralStore.expireOverdue(manager, orgId);
    return manager.query(
      `SELECT ${columns} FROM journeys.referral r WHERE r.sender_org_id = $1 AND r.enrolment_id = ANY($2::uuid[]) ORDER BY r.created_at, r.id`,
      [orgId, enrolmentIds],
    );
  },

  /** One page of the caller's received or sent referrals, newest first. */
  async inbox(manager: EntityManager, orgId: string, side: 'sent' | 'received', filter: InboxFilter, limit: number, after?: [string, string]) {
    await referralStore.expireOverdue(manager, orgId);
    const where = [side === 'sent' ? 'r.sender_org_id = $1' : 'r.receiver_org_id = $1'];
    const params: unknown[] = [orgId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.statuses?.length) add('r.status = ANY(?::text[])', filter.statuses);
    if (filter.projectId) add('r.project_id = ?::uuid', filter.projectId);
    if (filter.serviceOfferingId) add('r.service_offering_id = ?::uuid', filter.serviceOfferingId);
    if (filter.createdFrom) add(`r.created_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Helsinki'`, filter.createdFrom);
    if (filter.createdTo) add(`r.created_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki'`, filter.createdTo);
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(r.created_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    return manager.query(
      `SELECT ${columns} FROM journeys.referral r WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    ) as Promise<ReferralRow[]>;
  },

  events(manager: EntityManager, referralIds: string[]): Promise<ReferralEventRow[]> {
    return manager.query(
      `SELECT referral_id AS "referralId", from_status AS "fromStatus", to_status AS "toStatus", actor_subject AS "actorSubject",
              actor_org_id AS "actorOrgId", reason, at
       FROM journeys.referral_event WHERE referral_id = ANY($1::uuid[]) ORDER BY id`,
      [referralIds],
    );
  },

  /**
   * The consented copy; row level security hides it from the receiver once the consent is withdrawn or expired.
   * Read only through the audited loader (audit/personal-data-loader.ts).
   */
  sharedClients(manager: EntityManager, referralIds: string[]): Promise<SharedClientRow[]> {
    return manager.query(
      `SELECT referral_id AS "referralId", client_id AS "clientId", sender_org_id AS "senderOrgId", data_categories AS "dataCategories", full_name AS "fullName", birth_year AS "birthYear",
              municipality, languages, contact, education_level AS "educationLevel", obstacles, shared_at AS "sharedAt"
       FROM journeys.referral_shared_data WHERE referral_id = ANY($1::uuid[])`,
      [referralIds],
    );
  },

  async countsByOrganisation(manager: EntityManager, orgId: string, organisationIds: string[]): Promise<ReferralCountsRow[]> {
    await referralStore.expireOverdue(manager, orgId);
    // For the caller's own organisation: all its referrals; for another: those exchanged with it.
    return manager.query(
      `SELECT k.key,
         count(r.id) FILTER (WHERE r.sender_org_id = $1)::int AS sent,
         count(r.id) FILTER (WHERE r.receiver_org_id = $1)::int AS received,
         count(r.id) FILTER (WHERE r.status = 'SENT')::int AS "awaitingAnswer"
       FROM unnest($2::uuid[]) AS k(key)
       JOIN journeys.referral r ON (r.sender_org_id = $1 OR r.receiver_org_id = $1)
         AND (k.key = $1 OR r.sender_org_id = k.key OR r.receiver_org_id = k.key)
       GROUP BY k.key`,
      [orgId, organisationIds],
    );
  },

  async countsByProject(manager: EntityManager, orgId: string, projectIds: string[]): Promise<ReferralCountsRow[]> {
    await referralStore.expireOverdue(manager, orgId);
    return manager.query(`${counts('r.project_id')} WHERE (r.sender_org_id = $1 OR r.receiver_org_id = $1) AND r.project_id = ANY($2::uuid[]) GROUP BY r.project_id`, [
      orgId,
      projectIds,
    ]);
  },

  async countsByServiceOffering(manager: EntityManager, orgId: string, offeringIds: string[]): Promise<ReferralCountsRow[]> {
    await referralStore.expireOverdue(manager, orgId);
    return manager.query(
      `${counts('r.service_offering_id')} WHERE (r.sender_org_id = $1 OR r.receiver_org_id = $1) AND r.service_offering_id = ANY($2::uuid[]) GROUP BY r.service_offering_id`,
      [orgId, offeringIds],
    );
  },

  answerDays(manager: EntityManager, projectIds: string[]): Promise<Array<{ projectId: string; days: number }>> {
    return manager.query(`SELECT project_id AS "projectId", referral_answer_days AS days FROM journeys.project_setting WHERE project_id = ANY($1::uuid[])`, [projectIds]);
  },

  async insert(manager: EntityManager, row: Pick<ReferralRow, 'senderOrgId' | 'receiverOrgId' | 'projectId' | 'serviceOfferingId' | 'enrolmentId' | 'consentId' | 'createdBy'>) {
    const [created] = await manager.query(
      `INSERT INTO journeys.referral (sender_org_id, receiver_org_id, project_id, service_offering_id, enrolment_id, consent_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [row.senderOrgId, row.receiverOrgId, row.projectId, row.serviceOfferingId, row.enrolmentId, row.consentId, row.createdBy],
    );
    return created.id as string;
  },

  async recordEvent(manager: EntityManager, referral: ReferralRow, from: ReferralStatus | null, to: ReferralStatus, actor: { subject: string; orgId: string }, reason?: string | null) {
    await manager.query(
      `INSERT INTO journeys.referral_event (referral_id, sender_org_id, receiver_org_id, from_status, to_status, actor_subject, actor_org_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [referral.id, referral.senderOrgId, referral.receiverOrgId, from, to, actor.subject, actor.orgId, reason ?? null],
    );
  },

  /**
   * Copies exactly the consented fields of the client for the receiver, run as
   * the sender (the only party that can read the client).
   */
  async shareConsentedData(manager: EntityManager, referralId: string) {
    await manager.query(
      `INSERT INTO journeys.referral_shared_data (referral_id, sender_org_id, receiver_org_id, consent_id, data_categories,
         full_name, birth_year, municipality, languages, contact, education_level, obstacles)
       SELECT r.id, r.sender_org_id, r.receiver_org_id, c.id, c.data_categories,
         CASE WHEN 'NAME' = ANY(c.data_categories) THEN p.full_name END,
         CASE WHEN 'BIRTH_YEAR' = ANY(c.data_categories) THEN p.birth_year END,
         CASE WHEN 'MUNICIPALITY' = ANY(c.data_categories) THEN p.municipality END,
         CASE WHEN 'LANGUAGES' = ANY(c.data_categories) THEN p.languages END,
         CASE WHEN 'CONTACT' = ANY(c.data_categories) THEN p.contact END,
         CASE WHEN 'EDUCATION' = ANY(c.data_categories) THEN cl.education_level END,
         CASE WHEN 'OBSTACLES' = ANY(c.data_categories) THEN cl.obstacles END
       FROM journeys.referral r
       JOIN journeys.consent c ON c.id = r.consent_id
       JOIN journeys.enrolment e ON e.id = r.enrolment_id
       JOIN journeys.client cl ON cl.id = e.client_id
       LEFT JOIN journeys.client_personal p ON p.client_id = cl.id
       WHERE r.id = $1`,
      [referralId],
    );
  },
};
