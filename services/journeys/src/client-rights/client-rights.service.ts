import { apiError, ErrorCode, isUuid, MAX_LIST_INPUT, type OrgScope, type PeerClient } from '@polku/kit';
import { auditStore } from '../audit/audit.store.js';
import { mergeReaders, outcomeReaders } from '../audit/outcome-readers.js';
import { AccessPurpose } from '../vocabulary/access-purpose.js';
import { clientRightsStore, type ErasureBasis, type ErasureRow } from './client-rights.store.js';

/** The version of the export document's schema (docs/client-data-export.md); raised with every incompatible change. */
export const EXPORT_SCHEMA_VERSION = '1.0';

export interface ClientDataDocument {
  schema: string;
  schemaVersion: string;
  generatedAt: string;
  generatedBy: { subject: string; organisationId: string };
  journeys: Record<string, unknown>;
  outcomes: Record<string, unknown>;
  accessReport: Record<string, unknown>;
}

const notFound = () => apiError(ErrorCode.NOT_FOUND, 'No such client.', { argument: 'clientId' });

function checkClientId(clientId: string) {
  if (!isUuid(clientId)) throw notFound();
}

/** Outcomes' part, asked with the caller's own token: outcomes applies its own rules and row level security. */
async function outcomeRecords(peers: PeerClient, enrolmentIds: string[]): Promise<Record<string, unknown>> {
  if (!enrolmentIds.length) return { exits: [], withdrawnExits: [], assessments: [], placements: [], badgeAwards: [], qualificationUnits: [], participantEntries: [], importKeys: [] };
  const data = await peers.query<{ clientOutcomeRecords: Record<string, unknown> }>(
    'outcomes',
    `query ClientOutcomeRecords($ids: [ID!]!) { clientOutcomeRecords(enrolmentIds: $ids) }`,
    { ids: enrolmentIds },
  );
  return data.clientOutcomeRecords;
}

/**
 * A copy of everything the platform holds about one client of the caller's
 * organisation (GDPR Art. 15 and 20). Journeys reads its part and logs the
 * export as a personal-data read (purpose DATA_SUBJECT_REQUEST) in one
 * transaction; outcomes' part is asked afterwards, outside the transaction.
 */
export async function exportClientData(db: OrgScope, peers: PeerClient, clientId: string, request: { requestId: string; correlationId: string | null; operationName: string | null }): Promise<ClientDataDocument> {
  checkClientId(clientId);
  const journeysPart = await db.run(async (manager) => {
    const part = await clientRightsStore.document(manager, clientId);
    if (!part) return null;
    const [readers, recipients, log] = await Promise.all([
      auditStore.readersOf(manager, clientId),
      auditStore.recipientsOf(manager, clientId),
      auditStore.page(manager, { clientId }, 1000),
    ]);
    await auditStore.record(manager, [
      {
        clientId,
        ownerOrgId: db.caller.organisationId,
        actorSubject: db.caller.subject,
        actorOrgId: db.caller.organisationId,
        purpose: AccessPurpose.DATA_SUBJECT_REQUEST,
        referralId: null,
        fields: ['export'],
        operationName: request.operationName,
        requestId: request.requestId,
        correlationId: request.correlationId,
      },
    ]);
    return { ...part, accessReport: { readers, recipients, log } };
  });
  if (!journeysPart) throw notFound();
  return {
    schema: 'https://polku.example/schemas/client-data-export',
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    generatedBy: { subject: db.caller.subject, organisationId: db.caller.organisationId },
    journeys: journeysPart.journeys,
    outcomes: await outcomeRecords(peers, journeysPart.enrolmentIds),
    // outcomes' readers merged in: the report covers every service's personal-data reads
    accessReport: { ...journeysPart.accessReport, readers: mergeReaders(journeysPart.accessReport.readers, await outcomeReaders(peers, journeysPart.enrolmentIds)) },
  };
}

export function checkErasureReason(reason: string): string {
  const clean = reason.trim();
  if (clean.length < 3 || clean.length > 1000 || clean.includes('\u0000')) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'Give the reason for the erasure (3 to 1000 characters).', { argument: 'reason' });
  }
  return clean;
}

/**
 * Erases a client of the caller's organisation in every service: outcomes
 * first (its free text, through its own mutation with the caller's token),
 * then journeys in one transaction that writes the erasure log row. Each
 * step is idempotent, so a failure between them is mended by erasing again.
 */
export async function eraseClient(
  db: OrgScope,
  outcomes: (enrolmentIds: string[], reason: string) => Promise<number>,
  clientId: string,
  reason: string,
  basis: ErasureBasis,
): Promise<ErasureRow & { exitsErased: number }> {
  checkClientId(clientId);
  // Not found before the reason is judged: another organisation's client looks like no client at all.
  const enrolmentIds = await db.run(async (manager) => {
    const ids = await clientRightsStore.enrolmentIdsOf(manager, clientId);
    if (!ids) throw notFound();
    if (await clientRightsStore.reasonRepeatsPersonalData(manager, clientId, checkErasureReason(reason))) {
      throw apiError(ErrorCode.BAD_USER_INPUT, "The reason must not repeat the client's personal data: the erasure log keeps it.", {
        argument: 'reason',
        reason: 'REASON_HOLDS_PERSONAL_DATA',
      });
    }
    return ids;
  });
  const clean = checkErasureReason(reason);
  const exitsErased = enrolmentIds.length ? await outcomes(enrolmentIds, clean) : 0;
  const erasure = await db.run((manager) => clientRightsStore.erase(manager, clientId, basis, clean));
  return { ...erasure, exitsErased };
}

/** Outcomes' erasure through its mutation, with the caller's token. */
export const eraseOutcomesThrough = (peers: PeerClient) => async (enrolmentIds: string[], reason: string) => {
  const data = await peers.query<{ eraseClientOutcomes: number }>(
    'outcomes',
    `mutation EraseClientOutcomes($ids: [ID!]!, $reason: String!) { eraseClientOutcomes(enrolmentIds: $ids, reason: $reason) }`,
    { ids: enrolmentIds, reason },
  );
  return data.eraseClientOutcomes;
};

/** A client due for erasure under the organisation's retention policy, and why. */
export interface RetentionDue {
  clientId: string;
  code: string;
  lastExitOn: string;
  erasableFrom: string;
  yearsAfterLastExit: number;
}

const addYears = (day: string, years: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus N years falls on 1 March when that year has none.
  return date.toISOString().slice(0, 10);
};

/**
 * The organisation's clients whose personal data the retention policy says
 * to erase on `today`: every enrolment has an exit and the last exit is at
 * least the policy's years ago. Journeys names the candidates (enrolments
 * started before the cutoff), outcomes gives their exit days.
 */
export async function retentionDue(
  db: OrgScope,
  exitDays: (enrolmentIds: string[]) => Promise<Array<{ enrolmentId: string; exitDate: string }>>,
  today: string,
): Promise<{ yearsAfterLastExit: number | null; due: RetentionDue[] }> {
  const { policy, candidates } = await db.run(async (manager) => {
    const policy = await clientRightsStore.retentionPolicy(manager);
    const candidates = policy ? await clientRightsStore.retentionCandidates(manager, addYears(today, -policy.yearsAfterLastExit)) : [];
    return { policy, candidates };
  });
  if (!policy) return { yearsAfterLastExit: null, due: [] };
  const exitOf = new Map<string, string>();
  const ids = candidates.flatMap((c) => c.enrolmentIds);
  // A list argument takes at most MAX_LIST_INPUT items (kit's input limits), so the ids go in batches.
  for (let i = 0; i < ids.length; i += MAX_LIST_INPUT) for (const row of await exitDays(ids.slice(i, i + MAX_LIST_INPUT))) exitOf.set(row.enrolmentId, row.exitDate);
  const due: RetentionDue[] = [];
  for (const candidate of candidates) {
    const exits = candidate.enrolmentIds.map((id) => exitOf.get(id));
    if (exits.some((day) => day === undefined)) continue;
    const lastExitOn = (exits as string[]).sort().at(-1)!;
    const erasableFrom = addYears(lastExitOn, policy.yearsAfterLastExit);
    if (erasableFrom <= today) due.push({ clientId: candidate.clientId, code: candidate.code, lastExitOn, erasableFrom, yearsAfterLastExit: policy.yearsAfterLastExit });
  }
  return { yearsAfterLastExit: policy.yearsAfterLastExit, due };
}

export const exitDaysThrough = (peers: PeerClient) => async (enrolmentIds: string[]) => {
  const data = await peers.query<{ enrolmentExitDays: Array<{ enrolmentId: string; exitDate: string }> }>(
    'outcomes',
    `query EnrolmentExitDays($ids: [ID!]!) { enrolmentExitDays(enrolmentIds: $ids) { enrolmentId exitDate } }`,
    { ids: enrolmentIds },
  );
  return data.enrolmentExitDays;
};
