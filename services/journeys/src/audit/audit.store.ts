import type { EntityManager } from 'typeorm';
import type { AccessPurpose } from '../vocabulary/access-purpose.js';
import type { DataCategory } from '../vocabulary/consent.js';
import type { ReferralStatus } from '../vocabulary/referral-status.js';

/** One audit row to write: who read which fields of whose data, why, in which request. */
export interface AccessRecord {
  clientId: string;
  ownerOrgId: string;
  actorSubject: string;
  actorOrgId: string;
  purpose: AccessPurpose;
  referralId: string | null;
  fields: string[];
  operationName: string | null;
  requestId: string;
  correlationId: string | null;
}

export interface AccessRow {
  /** bigint as text: the cursor position. */
  id: string;
  clientId: string;
  actorSubject: string;
  actorOrgId: string;
  purpose: AccessPurpose;
  referralId: string | null;
  fields: string[];
  operationName: string | null;
  requestId: string;
  correlationId: string | null;
  accessedAt: Date;
}

export interface AccessFilter {
  clientId?: string | null;
  actorSubject?: string | null;
  actorOrganisationId?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface ReaderRow {
  actorSubject: string;
  actorOrgId: string;
  purpose: AccessPurpose;
  reads: number;
  fields: string[];
  firstReadAt: Date;
  lastReadAt: Date;
}

export interface RecipientRow {
  referralId: string;
  receiverOrgId: string;
  status: ReferralStatus;
  dataCategories: DataCategory[];
  sharedAt: Date;
  consentWithdrawnAt: Date | null;
  consentExpiresAt: Date | null;
}

const accessColumns = `a.id::text AS id, a.client_id AS "clientId", a.actor_subject AS "actorSubject", a.actor_org_id AS "actorOrgId",
  a.purpose, a.referral_id AS "referralId", a.fields, a.operation_name AS "operationName", a.request_id AS "requestId", a.correlation_id AS "correlationId", a.accessed_at AS "accessedAt"`;

/**
 * The personal-data access log. Rows are only ever inserted (the table
 * refuses UPDATE and DELETE); row level security shows them to the
 * organisation that owns the client's data.
 */
export const auditStore = {
  /** All records of one read in one statement, whatever their number. */
  async record(manager: EntityManager, records: AccessRecord[]) {
    if (!records.length) return;
    // No RETURNING: a receiver may insert rows about another organisation's client but never read them back.
    await manager.query(
      `INSERT INTO journeys.personal_data_access (org_id, client_id, actor_subject, actor_org_id, purpose, referral_id, fields, operation_name, request_id, correlation_id)
       SELECT r.owner, r.client, $3, $4, r.purpose, r.referral, string_to_array(r.fields, ','), $5, $6, $10
       FROM unnest($1::uuid[], $2::uuid[], $7::text[], $8::uuid[], $9::text[]) AS r(owner, client, purpose, referral, fields)`,
      [
        records.map((r) => r.ownerOrgId),
        records.map((r) => r.clientId),
        records[0]!.actorSubject,
        records[0]!.actorOrgId,
        records[0]!.operationName,
        records[0]!.requestId,
        records.map((r) => r.purpose),
        records.map((r) => r.referralId),
        records.map((r) => r.fields.join(',')),
        records[0]!.correlationId,
      ],
    );
  },

  /** One page of the caller's organisation's log, newest first. */
  page(manager: EntityManager, filter: AccessFilter, limit: number, afterId?: string): Promise<AccessRow[]> {
    const where = ['a.org_id = NULLIF(current_setting(\'app.org_id\', true), \'\')::uuid'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.clientId) add('a.client_id = ?::uuid', filter.clientId);
    if (filter.actorSubject) add('a.actor_subject = ?', filter.actorSubject);
    if (filter.actorOrganisationId) add('a.actor_org_id = ?::uuid', filter.actorOrganisationId);
    if (filter.from) add(`a.accessed_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Helsinki'`, filter.from);
    if (filter.to) add(`a.accessed_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki'`, filter.to);
    if (afterId) add('a.id < ?::bigint', afterId);
    params.push(limit);
    return manager.query(`SELECT ${accessColumns} FROM journeys.personal_data_access a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT $${params.length}`, params);
  },

  /** Who read a client's data: one row per reader and purpose, aggregated in SQL. */
  readersOf(manager: EntityManager, clientId: string): Promise<ReaderRow[]> {
    return manager.query(
      `WITH reads AS (
         SELECT a.actor_subject, a.actor_org_id, a.purpose, a.fields, a.accessed_at FROM journeys.personal_data_access a
         WHERE a.org_id = NULLIF(current_setting('app.org_id', true), '')::uuid AND a.client_id = $1),
       fields AS (
         SELECT actor_subject, actor_org_id, purpose, array_agg(DISTINCT f ORDER BY f) AS fields
         FROM reads, unnest(reads.fields) f GROUP BY actor_subject, actor_org_id, purpose)
       SELECT r.actor_subject AS "actorSubject", r.actor_org_id AS "actorOrgId", r.purpose, count(*)::int AS reads, f.fields,
              min(r.accessed_at) AS "firstReadAt", max(r.accessed_at) AS "lastReadAt"
       FROM reads r JOIN fields f USING (actor_subject, actor_org_id, purpose)
       GROUP BY r.actor_subject, r.actor_org_id, r.purpose, f.fields
       ORDER BY max(r.accessed_at) DESC, r.actor_subject`,
      [clientId],
    );
  },

  /** Which organisations received a client's data through a sent referral, with the consented categories. */
  recipientsOf(manager: EntityManager, clientId: string): Promise<RecipientRow[]> {
    return manager.query(
      `SELECT s.referral_id AS "referralId", s.receiver_org_id AS "receiverOrgId", r.status, s.data_categories AS "dataCategories",
              s.shared_at AS "sharedAt", c.withdrawn_at AS "consentWithdrawnAt", c.expires_at AS "consentExpiresAt"
       FROM journeys.referral_shared_data s
       JOIN journeys.referral r ON r.id = s.referral_id
       JOIN journeys.consent c ON c.id = s.consent_id
       WHERE s.sender_org_id = NULLIF(current_setting('app.org_id', true), '')::uuid AND s.client_id = $1
       ORDER BY s.shared_at DESC, s.referral_id`,
      [clientId],
    );
  },
};
