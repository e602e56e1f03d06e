import type { PeerClient } from '@polku/kit';
import { AccessPurpose } from '../vocabulary/access-purpose.js';
import type { ReaderRow } from './audit.store.js';

/**
 * Who read outcomes' person-level records (participant entries, placements,
 * badge awards) about these enrolments: outcomes keeps its own access log and
 * answers for it with the caller's own token, so its rules and row level
 * security apply (docs/authorization.md "Audit log").
 */
export async function outcomeReaders(peers: PeerClient, enrolmentIds: string[]): Promise<ReaderRow[]> {
  if (!enrolmentIds.length) return [];
  const data = await peers.query<{ outcomeRecordReaders: Array<{ actorSubject: string; actorOrganisationId: string; reads: number; fields: string[]; firstReadAt: string; lastReadAt: string }> }>(
    'outcomes',
    `query OutcomeRecordReaders($ids: [ID!]!) { outcomeRecordReaders(enrolmentIds: $ids) { actorSubject actorOrganisationId reads fields firstReadAt lastReadAt } }`,
    { ids: enrolmentIds },
  );
  // Outcomes shows only the reads of the owner's own staff: their own client work.
  return data.outcomeRecordReaders.map((row) => ({
    actorSubject: row.actorSubject,
    actorOrgId: row.actorOrganisationId,
    purpose: AccessPurpose.OWN_CLIENT_WORK,
    reads: row.reads,
    fields: row.fields,
    firstReadAt: new Date(row.firstReadAt),
    lastReadAt: new Date(row.lastReadAt),
  }));
}

/** Journeys' and outcomes' readers as one list: one row per reader and purpose, latest read first. */
export function mergeReaders(...lists: ReaderRow[][]): ReaderRow[] {
  const merged = new Map<string, ReaderRow>();
  for (const row of lists.flat()) {
    const key = `${row.actorSubject}\u0000${row.actorOrgId}\u0000${row.purpose}`;
    const seen = merged.get(key);
    merged.set(
      key,
      seen
        ? {
            ...seen,
            reads: seen.reads + row.reads,
            fields: [...new Set([...seen.fields, ...row.fields])].sort(),
            firstReadAt: seen.firstReadAt < row.firstReadAt ? seen.firstReadAt : row.firstReadAt,
            lastReadAt: seen.lastReadAt > row.lastReadAt ? seen.lastReadAt : row.lastReadAt,
          }
        : row,
    );
  }
  return [...merged.values()].sort((a, b) => b.lastReadAt.getTime() - a.lastReadAt.getTime() || a.actorSubject.localeCompare(b.actorSubject));
}
