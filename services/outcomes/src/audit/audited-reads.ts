import type { OrgScope, SubgraphContext } from '@polku/kit';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import { auditStore, type AccessRequest } from './audit.store.js';
import { auditedTypes, callerOperationName, personalFieldsSelected, type AuditedType } from './selected-fields.js';

/** What every person-level outcomes record has: its id, owner and enrolment. */
export interface PersonRecord {
  id: string;
  orgId: string;
  enrolmentId: string;
}

/** The request a read belongs to: resolvers pass their context and info. */
export function accessRequestOf(ctx: Pick<SubgraphContext<unknown>, 'caller' | 'requestId' | 'correlationId'>, info: GraphQLResolveInfo): AccessRequest {
  return {
    actorSubject: ctx.caller.subject,
    actorOrgId: ctx.caller.organisationId,
    actorRoles: ctx.caller.roles,
    operationName: callerOperationName(info),
    requestId: ctx.requestId,
    correlationId: ctx.correlationId,
  };
}

/**
 * Logs the reads of `rows` of `type` in the caller's transaction `manager`:
 * one audit row per record with the personal fields the caller selected, in
 * one statement; nothing when no personal field was selected.
 */
export function logReads(manager: EntityManager, type: AuditedType, rows: PersonRecord[], fields: string[], request: AccessRequest) {
  if (!fields.length) return Promise.resolve();
  const kind = auditedTypes[type];
  return auditStore.record(
    manager,
    request,
    rows.map((row) => ({ orgId: row.orgId, enrolmentId: row.enrolmentId, kind, entityId: row.id, fields })),
  );
}

interface Ask {
  key: string;
  fields: string[];
  request: AccessRequest;
}

/**
 * A per-request dataloader of person-level records by enrolment that logs the
 * read in the same transaction: one scoped transaction selects the rows of
 * all keys of a batch and inserts their audit rows in one statement, so N
 * enrolments cost the same statements as one, and a read whose transaction
 * rolls back leaves no log row (and serves nothing). Loads asking for
 * different fields are cached apart, so each field set read is logged.
 */
export class AuditedRecords<Row extends PersonRecord> {
  private readonly loader: DataLoader<Ask, Row[], string>;

  constructor(
    db: OrgScope,
    private readonly type: AuditedType,
    fetch: (manager: EntityManager, keys: string[]) => Promise<Row[]>,
    keyOf: (row: Row) => string,
  ) {
    this.loader = new DataLoader(
      async (asks) => {
        const keys = [...new Set(asks.map((ask) => ask.key))];
        const rows = await db.run(async (manager) => {
          const found = await fetch(manager, keys);
          const fieldsOf = new Map<string, Set<string>>();
          for (const ask of asks) fieldsOf.set(ask.key, new Set([...(fieldsOf.get(ask.key) ?? []), ...ask.fields]));
          const kind = auditedTypes[this.type];
          const records = found
            .map((row) => ({ orgId: row.orgId, enrolmentId: row.enrolmentId, kind, entityId: row.id, fields: [...(fieldsOf.get(keyOf(row)) ?? [])].sort() }))
            .filter((record) => record.fields.length);
          await auditStore.record(manager, asks[0]!.request, records);
          return found;
        });
        const byKey = new Map<string, Row[]>();
        for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
        return asks.map((ask) => byKey.get(ask.key) ?? []);
      },
      { cacheKeyFn: (ask) => `${ask.key}|${ask.fields.join(',')}` },
    );
  }

  /** The records of `key`, logging the personal fields the caller selected under the field being resolved. */
  load(key: string, ctx: Pick<SubgraphContext<unknown>, 'caller' | 'requestId' | 'correlationId'>, info: GraphQLResolveInfo): Promise<Row[]> {
    return this.loader.load({ key, fields: personalFieldsSelected(info, this.type), request: accessRequestOf(ctx, info) });
  }
}
