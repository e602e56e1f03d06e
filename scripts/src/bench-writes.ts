import { randomUUID } from 'node:crypto';
import { percentile, type SummaryRow } from './bench-stats.js';
import { withAdminClient } from './database.js';
import { mintDevToken } from './dev-tokens.js';
import type { RunningPlatform } from './platform.js';

/** Who writes: an organisation, a joint project it takes part in and the partner it refers clients to. */
const writerOrganisations = [
  { organisation: 'sotek', project: 'yhteinen-askel', partner: 'kalliola' },
  { organisation: 'kuntoutussaatio', project: 'yhteinen-askel', partner: 'sotek' },
  { organisation: 'kalliola', project: 'yhteinen-askel', partner: 'kuntoutussaatio' },
  { organisation: 'valo-valmennus', project: 'polkuja-kohti-tyoelamaa', partner: 'kuntoutussaatio' },
];

export interface WriteLoadResult {
  requests: number;
  serverErrors: number;
  unexpectedErrors: string[];
  acknowledged: Record<string, number>;
  lost: number;
  duplicated: number;
  p50: number;
  p95: number;
  throughput: number;
}

/**
 * The write load: `writers` concurrent coaches across the demo organisations
 * for `seconds`, each walking clients through a path: createClient,
 * enrolClient, two coaching sessions, recordConsent, createReferral +
 * sendReferral to a partner, recordExit. Every create carries an idempotency
 * key, and one request in five is sent twice with the same key, as a client
 * whose response was lost would retry (the replay must answer the same id).
 * sendReferral and recordExit are idempotent by nature (a repeat is CONFLICT:
 * already sent, already exited). Afterwards the database is counted: every
 * acknowledged write must be there once (0 lost, 0 duplicated), and no
 * request may get a 5xx.
 */
export async function benchWriteLoad(platform: RunningPlatform, options: { writers: number; seconds: number }): Promise<{ rows: SummaryRow[]; result: WriteLoadResult }> {
  const runId = randomUUID().slice(0, 8).toUpperCase();
  const setups = await Promise.all(
    writerOrganisations.map(async (writer) => {
      const ids = await withAdminClient(platform.adminUrl, async (client) => {
        const { rows } = await client.query(
          `SELECT p.id AS project, o.id AS partner, (SELECT s.id FROM partners.service_offering s WHERE s.organisation_id = o.id AND s.project_id = p.id ORDER BY s.name LIMIT 1) AS offering
             FROM partners.project p, partners.organisation o WHERE p.slug = $1 AND o.slug = $2`,
          [writer.project, writer.partner],
        );
        return rows[0] as { project: string; partner: string; offering: string | null };
      });
      return { ...writer, ...ids };
    }),
  );
  // A token per writer: each its own person (rotating Authorization, as real traffic has).
  const tokens = await Promise.all(
    Array.from({ length: options.writers }, async (_, i) => {
      const setup = setups[i % setups.length]!;
      return (await mintDevToken(platform.adminUrl, platform.signToken, { organisation: setup.organisation, roles: ['COACH'], subject: `bench-writer-${i}@${setup.organisation}` })).token;
    }),
  );

  const latencies: number[] = [];
  const acknowledged: Record<string, number> = { clients: 0, enrolments: 0, sessions: 0, consents: 0, referrals: 0, sent: 0, exits: 0 };
  const unexpectedErrors: string[] = [];
  let serverErrors = 0;
  let requests = 0;

  async function call(token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: any; code?: string }> {
    const started = performance.now();
    requests += 1;
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    latencies.push(performance.now() - started);
    if (response.status >= 500) serverErrors += 1;
    const code = body.errors?.[0]?.extensions?.code;
    return { data: body.data, code };
  }

  /** A create with an idempotency key; sometimes sent twice, and the replay must answer the same id. */
  async function create(token: string, kind: string, query: string, input: Record<string, unknown>, pick: (data: any) => string | undefined): Promise<string | undefined> {
    const variables = { input: { ...input, idempotencyKey: randomUUID() } };
    const first = await call(token, query, variables);
    const id = first.data ? pick(first.data) : undefined;
    if (!id) {
      unexpectedErrors.push(`${kind}: ${first.code ?? 'no data'}`);
      return undefined;
    }
    acknowledged[kind]! += 1;
    if (Math.random() < 0.2) {
      const replay = await call(token, query, variables);
      const again = replay.data ? pick(replay.data) : undefined;
      if (again !== id) unexpectedErrors.push(`${kind} replay: ${again ?? replay.code} instead of the same id`);
    }
    return id;
  }

  const deadline = Date.now() + options.seconds * 1000;
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, writer) => {
      const setup = setups[writer % setups.length]!;
      for (let path = 0; Date.now() < deadline; path++) {
        const clientId = await create(token, 'clients', 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', {
          code: `BW-${runId}-${writer}-${path}`,
          personal: { fullName: `Kuormitus ${writer} ${path}`, languages: ['fi'] },
        }, (data) => data.createClient?.id);
        if (!clientId) continue;
        const enrolmentId = await create(token, 'enrolments', 'mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }', {
          clientId,
          projectId: setup.project,
          startedOn: today,
        }, (data) => data.enrolClient?.id);
        if (!enrolmentId) continue;
        for (let session = 0; session < 2; session++) {
          await create(token, 'sessions', 'mutation ($input: RecordCoachingSessionInput!) { recordCoachingSession(input: $input) { id } }', {
            enrolmentId,
            kind: 'INDIVIDUAL',
            heldOn: today,
            minutes: 45,
            notes: 'Kuormitustesti',
          }, (data) => data.recordCoachingSession?.id);
        }
        if (setup.offering) {
          const consentId = await create(token, 'consents', 'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', {
            clientId,
            purpose: 'REFERRAL',
            recipientOrganisationId: setup.partner,
            projectId: setup.project,
            serviceOfferingId: setup.offering,
            dataCategories: ['NAME', 'LANGUAGES'],
          }, (data) => data.recordConsent?.id);
          const referralId =
            consentId &&
            (await create(token, 'referrals', 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }', {
              enrolmentId,
              serviceOfferingId: setup.offering,
              consentId,
            }, (data) => data.createReferral?.id));
          if (referralId) {
            const sent = await call(token, 'mutation ($id: ID!) { sendReferral(referralId: $id) { id status } }', { id: referralId });
            if (sent.data?.sendReferral?.status === 'SENT') acknowledged.sent! += 1;
            else unexpectedErrors.push(`sendReferral: ${sent.code ?? 'no data'}`);
          }
        }
        const exit = { enrolmentId, exitDate: today, destination: 'EMPLOYED_OPEN_MARKET', title: 'Varastotyöntekijä' };
        const exited = await call(token, 'mutation ($input: RecordExitInput!) { recordExit(input: $input) { id } }', { input: exit });
        if (exited.data?.recordExit?.id) {
          acknowledged.exits! += 1;
          // A retried exit must be refused, never recorded twice.
          if (Math.random() < 0.2) {
            const again = await call(token, 'mutation ($input: RecordExitInput!) { recordExit(input: $input) { id } }', { input: exit });
            if (again.code !== 'CONFLICT') unexpectedErrors.push(`recordExit replay: ${again.code ?? 'recorded again'}`);
          }
        } else unexpectedErrors.push(`recordExit: ${exited.code ?? 'no data'}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  // What the database holds for this run, counted as the owner.
  const found = await withAdminClient(platform.adminUrl, async (client) => {
    const prefix = `BW-${runId}-%`;
    const { rows } = await client.query(
      `WITH c AS (SELECT id FROM journeys.client WHERE code LIKE $1),
            e AS (SELECT id FROM journeys.enrolment WHERE client_id IN (SELECT id FROM c))
       SELECT (SELECT count(*) FROM c)::int AS clients,
              (SELECT count(*) FROM e)::int AS enrolments,
              (SELECT count(*) FROM journeys.coaching_session WHERE enrolment_id IN (SELECT id FROM e))::int AS sessions,
              (SELECT count(*) FROM journeys.consent WHERE client_id IN (SELECT id FROM c))::int AS consents,
              (SELECT count(*) FROM journeys.referral WHERE enrolment_id IN (SELECT id FROM e))::int AS referrals,
              (SELECT count(*) FROM journeys.referral WHERE enrolment_id IN (SELECT id FROM e) AND status <> 'DRAFT')::int AS sent,
              (SELECT count(*) FROM outcomes.exit_outcome WHERE enrolment_id IN (SELECT id FROM e))::int AS exits`,
      [prefix],
    );
    return rows[0] as Record<string, number>;
  });
  let lost = 0;
  let duplicated = 0;
  for (const [kind, count] of Object.entries(acknowledged)) {
    lost += Math.max(0, count - (found[kind] ?? 0));
    duplicated += Math.max(0, (found[kind] ?? 0) - count);
  }
  const sorted = latencies.sort((a, b) => a - b);
  const result: WriteLoadResult = {
    requests,
    serverErrors,
    unexpectedErrors,
    acknowledged,
    lost,
    duplicated,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    throughput: requests / seconds,
  };
  console.log(
    `write load: ${options.writers} writers, ${Math.round(seconds)} s, ${requests} requests (${result.throughput.toFixed(1)} req/s), p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms\n` +
      `  acknowledged ${JSON.stringify(acknowledged)}\n  in the database ${JSON.stringify(found)}\n` +
      `  lost ${lost}, duplicated ${duplicated}, 5xx ${serverErrors}, other errors ${unexpectedErrors.length}${unexpectedErrors.length ? ` (first: ${[...new Set(unexpectedErrors)].slice(0, 5).join('; ')})` : ''}`,
  );
  const note = `${lost} lost, ${duplicated} duplicated, ${serverErrors} 5xx, ${unexpectedErrors.length} other errors`;
  return { rows: [{ what: `write load (${options.writers} writers, ${options.seconds} s)`, p50: result.p50, p95: result.p95, throughput: result.throughput, note }], result };
}
