import type { EntityManager } from 'typeorm';
import type { RecordKind } from './selected-fields.js';

/** One audit row to write: who read which fields of which record about which enrolment, in which request. */
export interface AccessRecord {
  orgId: string;
  enrolmentId: string;
  kind: RecordKind;
  entityId: string;
  fields: string[];
}

/** The request the reads belong to: the same for every record of one statement. */
export interface AccessRequest {
  actorSubject: string;
  actorOrgId: string;
  actorRoles: readonly string[];
  operationName: string | null;
  requestId: string;
  correlationId: string | null;
}

/** Someone who read records about some enrolments: all their reads, summed up. */
export interface RecordReaderRow {
  actorSubject: string;
  actorOrgId: string;
  reads: number;
  fields: string[];
  firstReadAt: Date;
  lastReadAt: Date;
}

const currentOrg = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Outcomes' personal-data access log (migration 1747000000000). Rows are only
 * ever inserted; row level security shows them to the organisation that owns
 * the records.
 */
export const auditStore = {
  /** All records of one read in one statement, whatever their number. */
  async record(manager: EntityManager, request: AccessRequest, records: AccessRecord[]) {
    if (!records.length) return;
    await manager.query(
      `/* recordPersonalDataAccess */
       INSERT INTO outcomes.personal_data_access (org_id, enrolment_id, entity_kind, entity_id, fields, actor_subject, actor_org_id, actor_roles, operation_name, request_id, correlation_id)
       SELECT r.org, r.enrolment, r.kind, r.entity, string_to_array(r.fields, ','), $6, $7, $8, $9, $10, $11
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS r(org, enrolment, kind, entity, fields)`,
      [
        records.map((r) => r.orgId),
        records.map((r) => r.enrolmentId),
        records.map((r) => r.kind),
        records.map((r) => r.entityId),
        records.map((r) => r.fields.join(',')),
        request.actorSubject,
        request.actorOrgId,
        [...request.actorRoles],
        request.operationName,
        request.requestId,
        request.correlationId,
      ],
    );
  },

  /** Who read records about these enrolments: one row per reader, aggregated in SQL. */
  readersOf(manager: EntityManager, enrolmentIds: string[]): Promise<RecordReaderRow[]> {
    return manager.query(
      `/* recordReaders */
       WITH reads AS (
         SELECT a.actor_subject, a.actor_org_id, a.fields, a.accessed_at FROM outcomes.personal_data_access a
         WHERE a.org_id = ${currentOrg} AND a.enrolment_id = ANY($1::uuid[])),
       fields AS (
         SELECT actor_subject, actor_org_id, array_agg(DISTINCT f ORDER BY f) AS fields
         FROM reads, unnest(reads.fields) f GROUP BY actor_subject, actor_org_id)
       SELECT r.actor_subject AS "actorSubject", r.actor_org_id AS "actorOrgId", count(*)::int AS reads, f.fields,
              min(r.accessed_at) AS "firstReadAt", max(r.accessed_at) AS "lastReadAt"
       FROM reads r JOIN fields f USING (actor_subject, actor_org_id)
       GROUP BY r.actor_subject, r.actor_org_id, f.fields
       ORDER BY max(r.accessed_at) DESC, r.actor_subject`,
      [enrolmentIds],
    );
  },
};
