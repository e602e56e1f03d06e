import { isUuid, type OrgScope } from '@polku/kit';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { AccessPurpose } from '../vocabulary/access-purpose.js';
import { auditStore, type AccessRecord } from './audit.store.js';
import { callerOperationName } from './selected-fields.js';

/** Whose data a row is and why the caller reads it. */
export interface DataSubject {
  clientId: string;
  /** The organisation that owns the client's data. */
  ownerOrgId: string;
  purpose: AccessPurpose;
  referralId: string | null;
}

export interface PersonalDataSource<Row> {
  fetch(manager: EntityManager, keys: string[]): Promise<Row[]>;
  keyOf(row: Row): string;
  subjectOf(row: NoInfer<Row>): DataSubject;
  /** Of the fields asked for, those this row actually holds (e.g. no `personal.*` when none is recorded). */
  fieldsHeld?(row: NoInfer<Row>, asked: string[]): string[];
}

/** The request a read belongs to: resolvers pass their context and info. */
export interface ReadRequest {
  requestId: string;
  correlationId: string | null;
}

/**
 * A per-request dataloader for personal data that logs every read in the
 * same transaction as the read: one scoped transaction selects the rows of
 * all keys of a batch and inserts one audit row per client (per referral for
 * shared data), so N clients cost the same statements as one, a read that
 * was served was logged, and a read whose transaction rolls back leaves no
 * log row (and serves nothing).
 *
 * The fields logged are those the caller selected. A later load in the same
 * request that asks for a field not logged yet reads again (and logs again);
 * one that asks for nothing new is served from the loader's cache.
 */
export class PersonalDataLoader<Row> {
  private readonly loader: DataLoader<string, Row | null>;
  /** Fields asked for per key whose read has not been dispatched yet. */
  private readonly pending = new Map<string, Set<string>>();
  /** Fields already read (or being read) per key in this request. */
  private readonly read = new Map<string, Set<string>>();
  private requestId = '';
  private correlationId: string | null = null;
  private operationName: string | null = null;

  constructor(
    private readonly db: OrgScope,
    private readonly source: PersonalDataSource<Row>,
  ) {
    this.loader = new DataLoader((keys) => this.readAndLog(keys));
  }

  load(key: string, fields: string[], request: ReadRequest, info: GraphQLResolveInfo): Promise<Row | null> {
    this.requestId = request.requestId;
    this.correlationId = request.correlationId;
    this.operationName = callerOperationName(info);
    const pending = this.pending.get(key);
    if (pending) {
      for (const field of fields) pending.add(field);
      return this.loader.load(key);
    }
    const read = this.read.get(key);
    if (read && fields.every((field) => read.has(field))) return this.loader.load(key);
    this.loader.clear(key);
    this.pending.set(key, new Set(fields));
    return this.loader.load(key);
  }

  private async readAndLog(keys: readonly string[]): Promise<Array<Row | null>> {
    const asked = new Map<string, string[]>();
    for (const key of keys) {
      const fields = [...(this.pending.get(key) ?? [])];
      this.pending.delete(key);
      asked.set(key, fields);
      this.read.set(key, new Set([...(this.read.get(key) ?? []), ...fields]));
    }
    const valid = [...new Set(keys.filter(isUuid))];
    const rows = valid.length
      ? await this.db.run(async (manager) => {
          const found = await this.source.fetch(manager, valid);
          await auditStore.record(manager, this.accessesOf(found, asked));
          return found;
        })
      : [];
    const byKey = new Map(rows.map((row) => [this.source.keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  /** One record per client (and referral) of the batch, with the union of the fields read. */
  private accessesOf(rows: Row[], asked: Map<string, string[]>): AccessRecord[] {
    const caller = this.db.caller;
    const records = new Map<string, AccessRecord>();
    for (const row of rows) {
      const askedFields = asked.get(this.source.keyOf(row)) ?? [];
      const fields = this.source.fieldsHeld ? this.source.fieldsHeld(row, askedFields) : askedFields;
      if (!fields.length) continue;
      const subject = this.source.subjectOf(row);
      const id = `${subject.clientId}/${subject.referralId ?? ''}`;
      const record = records.get(id) ?? {
        ...subject,
        actorSubject: caller.subject,
        actorOrgId: caller.organisationId,
        fields: [],
        operationName: this.operationName,
        requestId: this.requestId,
        correlationId: this.correlationId,
      };
      record.fields = [...new Set([...record.fields, ...fields])].sort();
      records.set(id, record);
    }
    return [...records.values()];
  }
}
