import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferralChangedDocument, ReferralReceivedDocument, subscribeWith, PolkuRequestError, type LiveEvent } from '@polku/client';
import { createLogger, TokenVerifier, type RunningHttpService } from '@polku/kit';
import { defaultTrustedDocumentsPath, startGateway, TrustedDocuments } from '@polku/gateway';
import { serviceEntries, supergraphPath, Supervisor, withAdminClient } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * The live referral inbox through the gateway: Sotek refers clients to
 * Kuntoutussäätiö (receiver); Kalliola, a partner of the same project, must
 * hear nothing. Real tokens, real HTTP (Server-Sent Events), real PostgreSQL
 * LISTEN/NOTIFY.
 */
let platform: TestPlatform;
let sotek: string;
let kuntoutus: string;
let kalliola: string;
let ids: { kuntoutus: string; project: string; assessmentOffering: string };
let sequence = 0;

async function ok<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.graphql<T>(query, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** A subscriber: collects events in the background until closed. */
interface Subscriber<T> {
  events: LiveEvent<T>[];
  /** Resolves when at least n events arrived (fails after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<LiveEvent<T>[]>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  close(): void;
}

async function subscribe<T>(token: string, document: any, options: { variables?: Record<string, unknown>; lastEventId?: string; url?: string } = {}): Promise<Subscriber<T>> {
  const abort = new AbortController();
  const events: LiveEvent<T>[] = [];
  const waiters: Array<() => void> = [];
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const stream = subscribeWith({ url: options.url ?? platform.gatewayUrl, token, signal: abort.signal, lastEventId: options.lastEventId, onOpen: () => open() }, document, options.variables as never);
  // The first step opens the stream (or throws a refusal); events arrive after.
  const first = stream.next();
  const ended = (async () => {
    try {
      for (let step = await first; !step.done; step = await stream.next()) {
        events.push(step.value as LiveEvent<T>);
        for (const wake of waiters.splice(0)) wake();
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  await Promise.race([opened, ended]);
  return {
    events,
    ended,
    close: () => abort.abort(),
    // Generous by default (a loaded machine); the delivery-time test asks for its own 1 s.
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < n) {
        if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${n} events, got ${events.length}`);
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), new Promise((resolve) => setTimeout(resolve, 50)), ended]);
      }
      return events;
    },
  };
}

/** A new Sotek client under consent, referred (DRAFT) to Kuntoutussäätiö's assessment. */
async function draftReferral() {
  sequence += 1;
  const code = `SOT-L${String(sequence).padStart(3, '0')}`;
  const { createClient } = await ok(sotek, `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: { code, personal: { fullName: `Elävä Asiakas ${sequence}`, birthYear: 1980, municipality: 'Kotka', languages: ['fi'], contact: '040 765 4321' } },
  });
  const { enrolClient } = await ok(sotek, `mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
    input: { clientId: createClient.id, projectId: ids.project, startedOn: '2026-03-01' },
  });
  const { recordConsent } = await ok(sotek, `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: { clientId: createClient.id, purpose: 'REFERRAL', recipientOrganisationId: ids.kuntoutus, projectId: ids.project, dataCategories: ['NAME', 'MUNICIPALITY'] },
  });
  const { createReferral } = await ok(sotek, `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
    input: { enrolmentId: enrolClient.id, serviceOfferingId: ids.assessmentOffering, consentId: recordConsent.id },
  });
  return { referralId: createReferral.id as string, fullName: `Elävä Asiakas ${sequence}` };
}

const send = (referralId: string) => ok(sotek, `mutation ($id: ID!) { sendReferral(referralId: $id) { id } }`, { id: referralId });

async function sentReferral() {
  const draft = await draftReferral();
  await send(draft.referralId);
  return draft;
}

/** The answer to a subscription request that is refused before any stream opens. */
async function refusal(url: string, body: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(response.headers.get('content-type')).not.toMatch(/event-stream/);
  const { errors } = (await response.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: response.status, code: errors[0]?.extensions?.code, message: errors[0]?.message };
}

const receivedQuery = 'subscription ($after: ID) { referralReceived(after: $after) { id event { toStatus } referral { id status sender { name } sharedClient { fullName } } } }';

beforeAll(async () => {
  platform = await bootPlatform();
  [sotek, kuntoutus, kalliola] = await Promise.all([
    platform.tokenFor('sotek', ['COACH']),
    platform.tokenFor('kuntoutussaatio', ['COACH']),
    platform.tokenFor('kalliola', ['COACH']),
  ]);
  const { project } = await ok(sotek, '{ project(slug: "yhteinen-askel") { id serviceOfferings { id type } } }');
  ids = {
    kuntoutus: await platform.organisationId('kuntoutussaatio'),
    project: project.id,
    assessmentOffering: project.serviceOfferings.find((o: any) => o.type === 'HEALTH_AND_WORK_ABILITY_ASSESSMENT').id,
  };
});
afterAll(() => platform?.stop());

describe('referralReceived through the gateway', () => {
  it("delivers Sotek's new referral to a subscriber at Kuntoutussäätiö within 1 s, and nothing to Kalliola", async () => {
    const draft = await draftReferral();
    const atKuntoutus = await subscribe<any>(kuntoutus, ReferralReceivedDocument, { variables: { locale: 'FI' } });
    const atKalliola = await subscribe<any>(kalliola, ReferralReceivedDocument, { variables: { locale: 'FI' } });
    const changesAtKalliola = await subscribe<any>(kalliola, ReferralChangedDocument, { variables: { locale: 'FI' } });
    const started = Date.now();
    await send(draft.referralId);
    const [event] = await atKuntoutus.waitFor(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event!.errors).toBeUndefined();
    expect(event!.id).toMatch(/^\d+$/);
    const activity = (event!.data as any).referralReceived;
    expect(activity.id).toBe(event!.id);
    expect(activity.event.toStatus).toBe('SENT');
    // Fields of two subgraphs, with the consented client data, as the receiver's query would show them.
    expect(activity.referral).toMatchObject({ id: draft.referralId, status: 'SENT', sender: { name: 'Sotek-säätiö' }, sharedClient: { fullName: draft.fullName, languages: null } });
    // Kalliola: nothing, over a window well past the delivery above.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(atKalliola.events).toEqual([]);
    expect(changesAtKalliola.events).toEqual([]);
    for (const subscriber of [atKuntoutus, atKalliola, changesAtKalliola]) subscriber.close();
  });

  it('logs the consented data the subscriber received, as a query would', async () => {
    const subscriber = await subscribe<any>(kuntoutus, ReferralReceivedDocument, { variables: { locale: 'FI' } });
    const { referralId } = await sentReferral();
    await subscriber.waitFor(1);
    subscriber.close();
    const logged = await withAdminClient(platform.adminUrl, async (db) =>
      (await db.query(`SELECT purpose, actor_org_id AS "readerOrgId", operation_name AS "operationName" FROM journeys.personal_data_access WHERE referral_id = $1`, [referralId])).rows,
    );
    expect(logged).toContainEqual({ purpose: 'REFERRAL', readerOrgId: ids.kuntoutus, operationName: 'ReferralReceived' });
  });
});

describe('referralChanged', () => {
  it("brings the receiver's decision to the sender", async () => {
    const { referralId } = await sentReferral();
    const atSotek = await subscribe<any>(sotek, ReferralChangedDocument, { variables: { locale: 'EN' } });
    await ok(kuntoutus, `mutation ($id: ID!, $reason: String!) { declineReferral(referralId: $id, reason: $reason) { id } }`, { id: referralId, reason: 'No places this spring' });
    const [event] = await atSotek.waitFor(1);
    const activity = (event!.data as any).referralChanged;
    expect(activity.event).toMatchObject({ fromStatus: 'SENT', toStatus: 'DECLINED', reason: 'No places this spring', actorOrganisation: { name: 'Kuntoutussäätiö' } });
    expect(activity.referral).toMatchObject({ id: referralId, status: 'DECLINED', sentByCaller: true, statusLabel: 'Declined' });
    atSotek.close();
  });
});

describe('resuming after a reconnect', () => {
  it('replays the missed events exactly once, then goes live (Last-Event-ID and `after`)', async () => {
    const first = await subscribe<any>(kuntoutus, receivedQuery);
    const a = await sentReferral();
    const [seen] = await first.waitFor(1);
    expect((seen!.data as any).referralReceived.referral.id).toBe(a.referralId);
    first.close();
    const missed = [await sentReferral(), await sentReferral()];
    const resumed = await subscribe<any>(kuntoutus, receivedQuery, { lastEventId: seen!.id });
    await resumed.waitFor(2);
    const live = await sentReferral();
    await resumed.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const referralIds = resumed.events.map((event) => (event.data as any).referralReceived.referral.id);
    expect(referralIds).toEqual([missed[0]!.referralId, missed[1]!.referralId, live.referralId]);
    const eventIds = resumed.events.map((event) => BigInt(event.id!));
    expect([...eventIds].sort((x, y) => (x < y ? -1 : 1))).toEqual(eventIds);
    resumed.close();
    // The same through the argument.
    const byArgument = await subscribe<any>(kuntoutus, receivedQuery, { variables: { after: seen!.id } });
    await byArgument.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(byArgument.events.map((event) => (event.data as any).referralReceived.referral.id)).toEqual(referralIds);
    byArgument.close();
  });

  it("replays only the subscriber's own organisation's events (row level security)", async () => {
    await sentReferral();
    const atKalliola = await subscribe<any>(kalliola, 'subscription { referralChanged(after: "0") { id referral { id } } }');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(atKalliola.events).toEqual([]);
    atKalliola.close();
  });

  it('refuses to replay more than 100 missed events', async () => {
    const { referralId } = await sentReferral();
    // 101 events written straight into the table as the owner (the trigger numbers and announces them like any).
    const before = await withAdminClient(platform.adminUrl, async (db) => {
      const { rows } = await db.query(`SELECT max(seq)::text AS seq FROM journeys.referral_event`);
      await db.query(
        `INSERT INTO journeys.referral_event (referral_id, sender_org_id, receiver_org_id, from_status, to_status, actor_subject)
         SELECT id, sender_org_id, receiver_org_id, 'SENT', 'SENT', 'platform' FROM journeys.referral, generate_series(1, 101) WHERE id = $1`,
        [referralId],
      );
      return rows[0].seq as string;
    });
    const tooFar = await refusal(platform.gatewayUrl, { query: 'subscription ($after: ID) { referralChanged(after: $after) { id } }', variables: { after: before } }, sotek);
    expect(tooFar).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(tooFar.message).toMatch(/More than 100 events/);
  });
});

describe('the same guarantees as queries', () => {
  it('refuses a missing, invalid or expired token', async () => {
    expect(await refusal(platform.gatewayUrl, { query: receivedQuery })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(platform.gatewayUrl, { query: receivedQuery }, `${kuntoutus.slice(0, -4)}AAAA`)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const expired = await platform.signToken({ subject: 'coach@kuntoutussaatio', organisationId: ids.kuntoutus, roles: ['COACH'], expiresIn: '-1m' });
    expect(await refusal(platform.gatewayUrl, { query: receivedQuery }, expired)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'The token has expired.' });
  });

  it('ends the stream when the token expires', async () => {
    const shortLived = await platform.signToken({ subject: 'coach@kuntoutussaatio', organisationId: ids.kuntoutus, roles: ['COACH'], expiresIn: '3s' });
    const subscriber = await subscribe<any>(shortLived, receivedQuery);
    const started = Date.now();
    await subscriber.ended;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(subscriber.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a role without access, an over-limit operation and a query sent as a stream', async () => {
    const coordinator = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
    expect(await refusal(platform.gatewayUrl, { query: receivedQuery }, coordinator)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    expect(await refusal(platform.gatewayUrl, { query: `subscription { referralReceived { ${aliases} } }` }, kuntoutus)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    const deep = 'referral { fromEnrolment { referrals { fromEnrolment { referrals { fromEnrolment { referrals { fromEnrolment { referrals { fromEnrolment { referrals { id } } } } } } } } } } }';
    expect(await refusal(platform.gatewayUrl, { query: `subscription { referralReceived { ${deep} } }` }, kuntoutus)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await refusal(platform.gatewayUrl, { query: '{ me { roles } }' }, kuntoutus)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    // A subscription sent as an ordinary JSON request, at the gateway and at journeys: the caller is told how, nothing fails inside.
    for (const url of [platform.gatewayUrl, platform.subgraphUrls.journeys!]) {
      const asJson = await platform.graphql('subscription { referralReceived { id } }', { token: kuntoutus, url });
      expect(asJson).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    }
  });

  it('a journeys subgraph reached directly refuses a tokenless subscription and applies the same rules', async () => {
    const journeys = platform.subgraphUrls.journeys!;
    expect(await refusal(journeys, { query: 'subscription { referralReceived { id } }' })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const coordinator = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
    expect(await refusal(journeys, { query: 'subscription { referralReceived { id } }' }, coordinator)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    expect(await refusal(journeys, { query: `subscription { referralReceived { ${aliases} } }` }, kuntoutus)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    // With a token, directly: the subgraph's own answer for the receiver, row level security included.
    const direct = await subscribe<any>(kuntoutus, 'subscription { referralReceived { id referral { id status } } }', { url: journeys });
    const { referralId } = await sentReferral();
    const [event] = await direct.waitFor(1);
    expect((event!.data as any).referralReceived.referral).toEqual({ id: referralId, status: 'SENT' });
    direct.close();
  });
});

describe('a gateway with trusted documents only', () => {
  let gateway: RunningHttpService;
  beforeAll(async () => {
    gateway = await startGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: platform.subgraphUrls,
      verifier: await TokenVerifier.create({ issuer: 'polku-dev', audience: 'polku-platform', publicKeyPem: platform.devPublicKeyPem }),
      port: 0,
      host: '127.0.0.1',
      production: false,
      trustedDocuments: await TrustedDocuments.load(defaultTrustedDocumentsPath, true),
      trustedDocumentsOnly: true,
    });
  });
  afterAll(() => gateway?.close());

  it('runs the shipped subscription by its hash and refuses raw text', async () => {
    expect(await refusal(gateway.url, { query: receivedQuery }, kuntoutus)).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(await refusal(gateway.url, { documentId: 'sha256:0000' }, kuntoutus)).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_FOUND' });
    const subscriber = await subscribe<any>(kuntoutus, ReferralReceivedDocument, { url: gateway.url, variables: { locale: 'SV' } });
    const { referralId } = await sentReferral();
    const [event] = await subscriber.waitFor(1);
    expect((event!.data as any).referralReceived.referral.id).toBe(referralId);
    subscriber.close();
  });
});

describe('two replicas', () => {
  let supervisor: Supervisor;
  let secondGateway: RunningHttpService;
  beforeAll(async () => {
    // A second journeys as its own process (as in npm start), and a second gateway in front of it.
    supervisor = new Supervisor(createLogger('test-supervisor', 'error'));
    const journeys = await supervisor.start({
      name: 'journeys-2',
      entry: serviceEntries.journeys!,
      env: {
        ...process.env,
        DATABASE_URL: platform.serviceDatabaseUrls.journeys,
        PORT: '0',
        HOST: '127.0.0.1',
        JWT_PUBLIC_KEY: platform.devPublicKeyPem,
        PARTNERS_URL: platform.subgraphUrls.partners,
        OUTCOMES_URL: platform.subgraphUrls.outcomes,
      },
    });
    secondGateway = await startGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: { ...platform.subgraphUrls, journeys: journeys.url },
      verifier: await TokenVerifier.create({ issuer: 'polku-dev', audience: 'polku-platform', publicKeyPem: platform.devPublicKeyPem }),
      port: 0,
      host: '127.0.0.1',
      production: false,
      trustedDocuments: await TrustedDocuments.load(defaultTrustedDocumentsPath, true),
    });
  }, 60_000);
  afterAll(async () => {
    await secondGateway?.close();
    await supervisor?.stopAll();
  });

  it('delivers a referral written through one replica to a subscriber of the other (LISTEN/NOTIFY, not process memory)', async () => {
    const atSecond = await subscribe<any>(kuntoutus, ReferralReceivedDocument, { url: secondGateway.url, variables: { locale: 'FI' } });
    const atFirst = await subscribe<any>(kuntoutus, ReferralReceivedDocument, { variables: { locale: 'FI' } });
    // Written through the first gateway and the in-test journeys; the subscriber's journeys is another process.
    const { referralId } = await sentReferral();
    const [event] = await atSecond.waitFor(1, 1000);
    expect((event!.data as any).referralReceived.referral.id).toBe(referralId);
    const [same] = await atFirst.waitFor(1, 1000);
    expect(same!.id).toBe(event!.id);
    atSecond.close();
    atFirst.close();
  });

  it('ends the stream with SERVICE_UNAVAILABLE, and no network detail, when the subscribed journeys goes away', async () => {
    const atSecond = await subscribe<any>(kuntoutus, ReferralReceivedDocument, { url: secondGateway.url, variables: { locale: 'FI' } });
    await supervisor.stopAll();
    await atSecond.ended;
    const last = atSecond.events.at(-1)!;
    expect(last.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'journeys' } });
    expect(JSON.stringify(last)).not.toMatch(/ECONN|socket|127\.0\.0\.1/);
  });
});
