import { ReferralReceivedDocument, subscribeWith } from '@polku/client';
import { percentile, type SummaryRow } from './bench-stats.js';
import { mintDevToken } from './dev-tokens.js';
import { resolveSlugs } from './directory.js';
import type { RunningPlatform } from './platform.js';
import { withAdminClient } from './database.js';

export interface LiveBenchOptions {
  /** Subscribers at the receiving organisation (Kuntoutussäätiö), through the gateway. */
  subscribers: number;
  /** Referrals Sotek sends, one after another. */
  events: number;
  /** Pause between two sends (ms). */
  gapMs: number;
}

/**
 * The live referral inbox under load, in npm start's layout: `subscribers`
 * coaches of Kuntoutussäätiö (each a different person, with a token of its own) keep the shipped
 * ReferralReceived subscription open through the gateway, plus 10 of
 * Kalliola who must hear nothing; Sotek sends `events` referrals one after
 * another. Latency is from the referral event's write in PostgreSQL (its
 * `at`, read in the delivered event; the commit follows within the same
 * statement's transaction) to the moment a subscriber has parsed the event.
 */
export async function benchLive(platform: RunningPlatform, options: LiveBenchOptions): Promise<SummaryRow[]> {
  const token = async (organisation: string, subject: string) => (await mintDevToken(platform.adminUrl, platform.signToken, { organisation, roles: ['COACH'], subject })).token;
  const sotek = await token('sotek', 'coach@sotek');
  const receivers: string[] = [];
  for (let i = 0; i < options.subscribers; i++) receivers.push(await token('kuntoutussaatio', `live${i}@kuntoutussaatio`));
  const outsiders: string[] = [];
  for (let i = 0; i < 10; i++) outsiders.push(await token('kalliola', `live${i}@kalliola`));
  const { projectIds } = await resolveSlugs(platform.adminUrl, 'sotek', ['yhteinen-askel']);
  const project = projectIds[0]!;
  const { offering, receiver } = await withAdminClient(platform.adminUrl, async (db) =>
    (await db.query(`SELECT id AS offering, organisation_id AS receiver FROM partners.service_offering WHERE project_id = $1 AND type = 'HEALTH_AND_WORK_ABILITY_ASSESSMENT'`, [project])).rows[0] as { offering: string; receiver: string },
  );
  const call = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sotek}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(`bench-live: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  // Drafts first (not timed): a client, an enrolment, a consent and a referral each.
  const stamp = Date.now().toString(36).toUpperCase();
  const drafts: string[] = [];
  for (let i = 0; i < options.events; i++) {
    const { createClient } = await call('mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input: { code: `LIVE-${stamp}-${i}`, personal: { fullName: `Live ${i}` } } });
    const { enrolClient } = await call('mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }', { input: { clientId: createClient.id, projectId: project, startedOn: '2026-03-01' } });
    const { recordConsent } = await call('mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', {
      input: { clientId: createClient.id, purpose: 'REFERRAL', recipientOrganisationId: receiver, projectId: project, dataCategories: ['NAME'] },
    });
    const { createReferral } = await call('mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }', {
      input: { enrolmentId: enrolClient.id, serviceOfferingId: offering, consentId: recordConsent.id },
    });
    drafts.push(createReferral.id);
  }

  const abort = new AbortController();
  const latencies: number[] = [];
  const delivered = new Map<string, number>();
  let heardByOutsiders = 0;
  const errors = new Map<string, number>();
  const opens: Promise<void>[] = [];
  const listen = async (bearer: string, onEvent: (at: string, referralId: string) => void) => {
    let opened!: () => void;
    opens.push(new Promise<void>((resolve) => (opened = resolve)));
    const stream = subscribeWith({ url: platform.gatewayUrl, token: bearer, signal: abort.signal, onOpen: () => opened() }, ReferralReceivedDocument, { locale: 'FI' });
    const first = stream.next();
    void (async () => {
      try {
        for (let step = await first; !step.done; step = await stream.next()) {
          for (const error of step.value.errors ?? []) errors.set(String(error.extensions?.code), (errors.get(String(error.extensions?.code)) ?? 0) + 1);
          const activity = step.value.data?.referralReceived;
          if (activity?.referral) onEvent(activity.event.at, activity.referral.id);
        }
      } catch (error) {
        if (!abort.signal.aborted) console.error(`bench-live: a stream failed: ${(error as Error).message}`);
      }
    })();
  };
  const opened = Date.now();
  for (let i = 0; i < options.subscribers; i++) {
    await listen(receivers[i % receivers.length]!, (at, referralId) => {
      latencies.push(Date.now() - Date.parse(at));
      delivered.set(referralId, (delivered.get(referralId) ?? 0) + 1);
    });
  }
  for (const outsider of outsiders) await listen(outsider, () => heardByOutsiders++);
  // Every stream open (each checks its token and confirms its caller first) before the first send.
  await Promise.all(opens);
  console.log(`live: ${options.subscribers + outsiders.length} streams open in ${Date.now() - opened} ms; sending ${options.events} referrals`);
  for (const id of drafts) {
    await call('mutation ($id: ID!) { sendReferral(referralId: $id) { id } }', { id });
    await new Promise((resolve) => setTimeout(resolve, options.gapMs));
  }
  const expected = options.events * options.subscribers;
  // Every delivery, or 30 s after the last send; then 1 s more for a duplicate to show.
  for (const until = Date.now() + 30_000; latencies.length < expected && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  abort.abort();
  const sorted = latencies.sort((a, b) => a - b);
  const complete = drafts.every((id) => delivered.get(id) === options.subscribers);
  console.log(`live: ${latencies.length} of ${expected} deliveries; each referral to every subscriber exactly once: ${complete}; Kalliola's ${outsiders.length} subscribers heard ${heardByOutsiders}; errors ${JSON.stringify(Object.fromEntries(errors))}`);
  return [
    {
      what: `live inbox: commit → delivery, ${options.subscribers} subscribers`,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      note: `${latencies.length}/${expected} delivered${complete ? ', each once' : ', NOT each once'}; max ${sorted.at(-1) ?? 0} ms; outsiders heard ${heardByOutsiders}`,
    },
  ];
}
