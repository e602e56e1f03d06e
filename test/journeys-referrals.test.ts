import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Referrals between partners of Yhteinen Askel: Sotek (sender) refers its
 * clients to Kuntoutussäätiö's work-ability assessment (receiver); Kalliola,
 * a partner of the same project, is the third organisation that must see
 * nothing of it.
 */
let platform: TestPlatform;
let sotek: string;
let kuntoutus: string;
let kalliola: string;
let ids: { sotek: string; kuntoutus: string; kalliola: string; project: string; assessmentOffering: string; kelaOffering: string; sotekOffering: string };
let sequence = 0;

async function call<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return platform.graphql<T>(query, { token, variables });
}
async function ok<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await call<T>(token, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

const referralFields = 'id status sentByCaller sender { id } receiver { id } events { fromStatus toStatus actorSubject actorOrganisation { id } reason at }';
const mutations = {
  create: `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${referralFields} } }`,
  send: `mutation ($id: ID!) { sendReferral(referralId: $id) { ${referralFields} answerBy } }`,
  accept: `mutation ($id: ID!) { acceptReferral(referralId: $id) { ${referralFields} } }`,
  decline: `mutation ($id: ID!, $reason: String!) { declineReferral(referralId: $id, reason: $reason) { ${referralFields} declineReason } }`,
  withdraw: `mutation ($id: ID!) { withdrawReferral(referralId: $id, reason: "Client found work") { ${referralFields} } }`,
  complete: `mutation ($id: ID!) { completeReferral(referralId: $id) { ${referralFields} } }`,
};

/** A new Sotek client with personal data, enrolled in Yhteinen Askel. */
async function newSotekClient() {
  sequence += 1;
  const code = `SOT-R${String(sequence).padStart(3, '0')}`;
  const { createClient } = await ok(
    sotek,
    `mutation ($input: CreateClientInput!) { createClient(input: $input) { id code } }`,
    {
      input: {
        code,
        personal: { fullName: `Asiakas ${sequence}`, birthYear: 1970 + sequence, municipality: 'Kotka', languages: ['fi', 'ru'], contact: '040 123 4567' },
        educationLevel: 'BASIC_EDUCATION',
        obstacles: ['HEALTH_LIMITATIONS', 'DEBT'],
      },
    },
  );
  const { enrolClient } = await ok(sotek, `mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id phase } }`, {
    input: { clientId: createClient.id, projectId: ids.project, startedOn: '2026-03-01' },
  });
  return { clientId: createClient.id as string, enrolmentId: enrolClient.id as string, code };
}

async function consentFor(clientId: string, overrides: Record<string, unknown> = {}) {
  const { recordConsent } = await ok(sotek, `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id valid dataCategories } }`, {
    input: { clientId, purpose: 'REFERRAL', recipientOrganisationId: ids.kuntoutus, projectId: ids.project, dataCategories: ['NAME', 'MUNICIPALITY', 'OBSTACLES'], ...overrides },
  });
  return recordConsent.id as string;
}

/** A DRAFT referral of a new client to Kuntoutussäätiö's assessment, under a fresh consent. */
async function draftReferral() {
  const client = await newSotekClient();
  const consentId = await consentFor(client.clientId);
  const { createReferral } = await ok(sotek, mutations.create, { input: { enrolmentId: client.enrolmentId, serviceOfferingId: ids.assessmentOffering, consentId } });
  return { ...client, consentId, referralId: createReferral.id as string, referral: createReferral };
}

async function sentReferral() {
  const draft = await draftReferral();
  await ok(sotek, mutations.send, { id: draft.referralId });
  return draft;
}

async function asServiceRole<T>(organisationId: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls.journeys });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    await client.end();
  }
}

beforeAll(async () => {
  platform = await bootPlatform();
  [sotek, kuntoutus, kalliola] = await Promise.all([
    platform.tokenFor('sotek', ['COACH']),
    platform.tokenFor('kuntoutussaatio', ['COACH']),
    platform.tokenFor('kalliola', ['COACH']),
  ]);
  const { project } = await ok(sotek, '{ project(slug: "yhteinen-askel") { id serviceOfferings { id type organisation { slug } } } }');
  const offering = (type: string) => project.serviceOfferings.find((o: any) => o.type === type).id;
  ids = {
    sotek: await platform.organisationId('sotek'),
    kuntoutus: await platform.organisationId('kuntoutussaatio'),
    kalliola: await platform.organisationId('kalliola'),
    project: project.id,
    assessmentOffering: offering('HEALTH_AND_WORK_ABILITY_ASSESSMENT'),
    kelaOffering: offering('KELA_VOCATIONAL_REHABILITATION'),
    sotekOffering: offering('WORK_TRIAL'),
  };
});
afterAll(() => platform?.stop());

describe('a referral needs a valid consent covering it', () => {
  it('refuses a referral without a consent for this recipient, project and purpose', async () => {
    const client = await newSotekClient();
    const toKalliola = await consentFor(client.clientId, { recipientOrganisationId: ids.kalliola });
    const progressOnly = await consentFor(client.clientId, { purpose: 'SHARE_PROGRESS' });
    const otherClient = await newSotekClient();
    const othersConsent = await consentFor(otherClient.clientId);
    for (const consentId of [toKalliola, progressOnly, othersConsent, '00000000-0000-4000-8000-000000000000']) {
      const refused = await call(sotek, mutations.create, { input: { enrolmentId: client.enrolmentId, serviceOfferingId: ids.assessmentOffering, consentId } });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions!.reason).toBe('CONSENT_REQUIRED');
    }
    const limitedToKela = await consentFor(client.clientId, { serviceOfferingId: ids.kelaOffering });
    const wrongService = await call(sotek, mutations.create, { input: { enrolmentId: client.enrolmentId, serviceOfferingId: ids.assessmentOffering, consentId: limitedToKela } });
    expect(wrongService.errors![0]!.extensions!.reason).toBe('CONSENT_REQUIRED');
    const count = await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM journeys.referral WHERE enrolment_id = $1', [client.enrolmentId])).rows[0].n);
    expect(count).toBe(0);
  });

  it('refuses an expired or withdrawn consent, and a referral to one\'s own service', async () => {
    const client = await newSotekClient();
    const expired = await consentFor(client.clientId, { givenAt: '2025-01-01T00:00:00Z', expiresAt: '2025-06-01T00:00:00Z' });
    const refused = await call(sotek, mutations.create, { input: { enrolmentId: client.enrolmentId, serviceOfferingId: ids.assessmentOffering, consentId: expired } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSENT_NOT_VALID' });

    const withdrawn = await consentFor(client.clientId);
    await ok(sotek, 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { withdrawnAt valid } }', { id: withdrawn });
    const afterWithdrawal = await call(sotek, mutations.create, { input: { enrolmentId: client.enrolmentId, serviceOfferingId: ids.assessmentOffering, consentId: withdrawn } });
    expect(afterWithdrawal.errors![0]!.extensions!.reason).toBe('CONSENT_NOT_VALID');

    const own = await call(sotek, mutations.create, { input: { enrolmentId: client.enrolmentId, serviceOfferingId: ids.sotekOffering, consentId: withdrawn } });
    expect(codeOf(own)).toBe('BAD_USER_INPUT');
  });

  it('creates a DRAFT with a valid consent, recording who created it', async () => {
    const { referral } = await draftReferral();
    expect(referral).toMatchObject({ status: 'DRAFT', sentByCaller: true, sender: { id: ids.sotek }, receiver: { id: ids.kuntoutus } });
    expect(referral.events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'DRAFT', actorSubject: 'coach@sotek', actorOrganisation: { id: ids.sotek } })]);
  });
});

describe('the receiver sees the referral and exactly the consented fields', () => {
  const shared = 'sharedClient { dataCategories fullName birthYear municipality languages contact educationLevel obstacles }';

  it('sees nothing of a DRAFT, then after sending the referral with only the consented fields', async () => {
    const draft = await draftReferral();
    const query = `query ($id: ID!) { referral(id: $id) { status sentByCaller fromEnrolment { id } ${shared} } }`;
    expect((await ok(kuntoutus, query, { id: draft.referralId })).referral).toBeNull();

    const { sendReferral } = await ok(sotek, mutations.send, { id: draft.referralId });
    expect(sendReferral.status).toBe('SENT');
    expect(new Date(sendReferral.answerBy).getTime() - Date.now()).toBeGreaterThan(13.9 * 24 * 3600 * 1000);

    const { referral } = await ok(kuntoutus, query, { id: draft.referralId });
    expect(referral).toEqual({
      status: 'SENT',
      sentByCaller: false,
      fromEnrolment: null,
      sharedClient: {
        dataCategories: ['NAME', 'MUNICIPALITY', 'OBSTACLES'],
        fullName: expect.stringMatching(/^Asiakas /),
        birthYear: null,
        municipality: 'Kotka',
        languages: null,
        contact: null,
        educationLevel: null,
        obstacles: ['HEALTH_LIMITATIONS', 'DEBT'],
      },
    });
    // The sender's client record itself stays the sender's.
    const entities = await platform.graphql('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { code } ... on Enrolment { id } } }', {
      token: kuntoutus,
      url: platform.subgraphUrls.journeys,
      variables: { r: [{ __typename: 'Client', id: draft.clientId }, { __typename: 'Enrolment', id: draft.enrolmentId }] },
    });
    expect(entities.data._entities).toEqual([null, null]);
    // In the database, too: the receiver's transaction reaches the shared copy, not the client.
    const visible = await asServiceRole(ids.kuntoutus, async (db) => ({
      client: (await db.query('SELECT count(*)::int AS n FROM journeys.client WHERE id = $1', [draft.clientId])).rows[0].n,
      personal: (await db.query('SELECT count(*)::int AS n FROM journeys.client_personal WHERE client_id = $1', [draft.clientId])).rows[0].n,
      shared: (await db.query('SELECT full_name, contact FROM journeys.referral_shared_data WHERE referral_id = $1', [draft.referralId])).rows,
    }));
    expect(visible).toEqual({ client: 0, personal: 0, shared: [{ full_name: expect.any(String), contact: null }] });
  });

  it('loses the shared data the moment the client withdraws the consent', async () => {
    const referral = await sentReferral();
    const query = `query ($id: ID!) { referral(id: $id) { status ${shared} } }`;
    expect((await ok(kuntoutus, query, { id: referral.referralId })).referral.sharedClient.fullName).toMatch(/^Asiakas/);

    const { withdrawConsent } = await ok(sotek, 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { valid withdrawnAt } }', { id: referral.consentId });
    expect(withdrawConsent.valid).toBe(false);

    const after = await ok(kuntoutus, query, { id: referral.referralId });
    expect(after.referral).toEqual({ status: 'SENT', sharedClient: null });
    const rows = await asServiceRole(ids.kuntoutus, async (db) => (await db.query('SELECT * FROM journeys.referral_shared_data WHERE referral_id = $1', [referral.referralId])).rows);
    expect(rows).toEqual([]);
    // The sender keeps its own copy; the receiver can no longer accept.
    expect((await ok(sotek, query, { id: referral.referralId })).referral.sharedClient.fullName).toMatch(/^Asiakas/);
    const accept = await call(kuntoutus, mutations.accept, { id: referral.referralId });
    expect(accept.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSENT_NOT_VALID' });
    // Withdrawing twice is a conflict; the recipient cannot withdraw the sender's consent.
    expect(codeOf(await call(sotek, 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { valid } }', { id: referral.consentId }))).toBe('CONFLICT');
    expect(codeOf(await call(kuntoutus, 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { valid } }', { id: referral.consentId }))).toBe('NOT_FOUND');
  });

  it('keeps coordinators and funders away from the shared personal data', async () => {
    const referral = await sentReferral();
    const coordinator = await platform.tokenFor('kuntoutussaatio', ['COORDINATOR'], ['yhteinen-askel']);
    const response = await call(coordinator, 'query ($id: ID!) { referral(id: $id) { id } }', { id: referral.referralId });
    expect(codeOf(response)).toBe('FORBIDDEN');
  });
});

describe('a coach of a third organisation sees nothing of the referral', () => {
  it('through the gateway, the subgraph and the database', async () => {
    const referral = await sentReferral();
    const { referral: byId, receivedReferrals, sentReferrals } = await ok(
      kalliola,
      'query ($id: ID!) { referral(id: $id) { id } receivedReferrals(first: 100) { nodes { id } } sentReferrals(first: 100) { nodes { id } } }',
      { id: referral.referralId },
    );
    expect(byId).toBeNull();
    expect([...receivedReferrals.nodes, ...sentReferrals.nodes].map((n: any) => n.id)).not.toContain(referral.referralId);
    const entities = await platform.graphql('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { id status } } }', {
      token: kalliola,
      url: platform.subgraphUrls.journeys,
      variables: { r: [{ __typename: 'Referral', id: referral.referralId }] },
    });
    expect(entities.data._entities).toEqual([null]);
    expect(codeOf(await call(kalliola, mutations.accept, { id: referral.referralId }))).toBe('NOT_FOUND');
    const rows = await asServiceRole(ids.kalliola, async (db) => {
      const count = async (sql: string) => (await db.query(sql, [referral.referralId])).rows[0].n;
      return {
        referral: await count('SELECT count(*)::int AS n FROM journeys.referral WHERE id = $1'),
        events: await count('SELECT count(*)::int AS n FROM journeys.referral_event WHERE referral_id = $1'),
        shared: await count('SELECT count(*)::int AS n FROM journeys.referral_shared_data WHERE referral_id = $1'),
        consent: await count('SELECT count(*)::int AS n FROM journeys.consent c WHERE EXISTS (SELECT 1 FROM journeys.referral r WHERE r.consent_id = c.id) AND c.id = (SELECT consent_id FROM journeys.referral WHERE id = $1)'),
      };
    });
    expect(rows).toEqual({ referral: 0, events: 0, shared: 0, consent: 0 });
    // The two parties do see it (the checks above are not vacuous).
    expect((await ok(kuntoutus, 'query ($id: ID!) { referral(id: $id) { id } }', { id: referral.referralId })).referral.id).toBe(referral.referralId);
  });
});

describe('every referral transition, legal and illegal', () => {
  it('walks DRAFT → SENT → ACCEPTED → STARTED → COMPLETED, recording actor and time of each', async () => {
    const referral = await sentReferral();
    // Illegal on the way: wrong party, wrong state.
    expect(codeOf(await call(kuntoutus, mutations.send, { id: referral.referralId }))).toBe('FORBIDDEN');
    expect(codeOf(await call(sotek, mutations.send, { id: referral.referralId }))).toBe('CONFLICT');
    expect(codeOf(await call(sotek, mutations.accept, { id: referral.referralId }))).toBe('FORBIDDEN');
    expect(codeOf(await call(kuntoutus, mutations.complete, { id: referral.referralId }))).toBe('CONFLICT');

    expect((await ok(kuntoutus, mutations.accept, { id: referral.referralId })).acceptReferral.status).toBe('ACCEPTED');
    expect(codeOf(await call(kuntoutus, mutations.decline, { id: referral.referralId, reason: 'late' }))).toBe('CONFLICT');
    expect(codeOf(await call(kuntoutus, mutations.complete, { id: referral.referralId }))).toBe('CONFLICT');

    const { openEnrolmentFromReferral } = await ok(
      kuntoutus,
      `mutation ($input: OpenEnrolmentFromReferralInput!) { openEnrolmentFromReferral(input: $input) {
         id phase organisation { id } client { code } openedFromReferral { id status sentByCaller } } }`,
      { input: { referralId: referral.referralId, clientCode: `KUN-R${sequence}`, startedOn: '2026-04-01' } },
    );
    expect(openEnrolmentFromReferral).toMatchObject({ phase: 'INTAKE', organisation: { id: ids.kuntoutus }, openedFromReferral: { id: referral.referralId, status: 'STARTED', sentByCaller: false } });
    const { completeReferral } = await ok(kuntoutus, mutations.complete, { id: referral.referralId });
    expect(codeOf(await call(sotek, mutations.withdraw, { id: referral.referralId }))).toBe('CONFLICT');

    expect(completeReferral.status).toBe('COMPLETED');
    expect(completeReferral.events.map((e: any) => [e.fromStatus, e.toStatus, e.actorSubject, e.actorOrganisation?.id])).toEqual([
      [null, 'DRAFT', 'coach@sotek', ids.sotek],
      ['DRAFT', 'SENT', 'coach@sotek', ids.sotek],
      ['SENT', 'ACCEPTED', 'coach@kuntoutussaatio', ids.kuntoutus],
      ['ACCEPTED', 'STARTED', 'coach@kuntoutussaatio', ids.kuntoutus],
      ['STARTED', 'COMPLETED', 'coach@kuntoutussaatio', ids.kuntoutus],
    ]);
    const times = completeReferral.events.map((e: any) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // The sender sees the receiver's enrolment only as a fact of the referral, never the enrolment itself.
    const senderView = await ok(sotek, 'query ($id: ID!) { referral(id: $id) { status receiverEnrolment { id } } }', { id: referral.referralId });
    expect(senderView.referral).toEqual({ status: 'COMPLETED', receiverEnrolment: null });
  });

  it('declines only with a reason, and nothing moves a declined referral', async () => {
    const referral = await sentReferral();
    const noReason = await call(kuntoutus, mutations.decline, { id: referral.referralId, reason: '  ' });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const { declineReferral } = await ok(kuntoutus, mutations.decline, { id: referral.referralId, reason: 'No capacity this month' });
    expect(declineReferral).toMatchObject({ status: 'DECLINED', declineReason: 'No capacity this month' });
    expect(declineReferral.events.at(-1)).toMatchObject({ fromStatus: 'SENT', toStatus: 'DECLINED', reason: 'No capacity this month' });
    for (const [token, mutation] of [[kuntoutus, mutations.accept], [sotek, mutations.withdraw], [sotek, mutations.send]] as const) {
      const refused = await call(token, mutation, { id: referral.referralId });
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_REFERRAL_TRANSITION', status: 'DECLINED' });
    }
    // A declined referral no longer carries client data to the receiver.
    expect((await ok(kuntoutus, 'query ($id: ID!) { referral(id: $id) { sharedClient { fullName } } }', { id: referral.referralId })).referral.sharedClient).toBeNull();
  });

  it('withdraws from DRAFT, SENT and ACCEPTED (sender only), and a withdrawn referral stays withdrawn', async () => {
    const draft = await draftReferral();
    expect((await ok(sotek, mutations.withdraw, { id: draft.referralId })).withdrawReferral.status).toBe('WITHDRAWN');
    expect(codeOf(await call(sotek, mutations.send, { id: draft.referralId }))).toBe('CONFLICT');
    // A withdrawn draft was never sent: the receiver never sees it.
    expect((await ok(kuntoutus, 'query ($id: ID!) { referral(id: $id) { id } }', { id: draft.referralId })).referral).toBeNull();
    const hidden = await asServiceRole(ids.kuntoutus, async (db) => ({
      referral: (await db.query('SELECT count(*)::int AS n FROM journeys.referral WHERE id = $1', [draft.referralId])).rows[0].n,
      events: (await db.query('SELECT count(*)::int AS n FROM journeys.referral_event WHERE referral_id = $1', [draft.referralId])).rows[0].n,
    }));
    expect(hidden).toEqual({ referral: 0, events: 0 });

    const sent = await sentReferral();
    expect(codeOf(await call(kuntoutus, mutations.withdraw, { id: sent.referralId }))).toBe('FORBIDDEN');
    const { withdrawReferral } = await ok(sotek, mutations.withdraw, { id: sent.referralId });
    expect(withdrawReferral.events.at(-1)).toMatchObject({ fromStatus: 'SENT', toStatus: 'WITHDRAWN', reason: 'Client found work' });
    expect(codeOf(await call(kuntoutus, mutations.accept, { id: sent.referralId }))).toBe('CONFLICT');

    const accepted = await sentReferral();
    await ok(kuntoutus, mutations.accept, { id: accepted.referralId });
    expect((await ok(sotek, mutations.withdraw, { id: accepted.referralId })).withdrawReferral.status).toBe('WITHDRAWN');
    const open = await call(kuntoutus, 'mutation ($input: OpenEnrolmentFromReferralInput!) { openEnrolmentFromReferral(input: $input) { id } }', {
      input: { referralId: accepted.referralId, clientCode: 'KUN-LATE1', startedOn: '2026-04-01' },
    });
    expect(codeOf(open)).toBe('CONFLICT');
  });

  it("expires a referral left unanswered past the project's deadline, on the next read", async () => {
    const referral = await sentReferral();
    // Time passes: the answer deadline is now behind us.
    await withAdminClient(platform.adminUrl, (db) => db.query(`UPDATE journeys.referral SET answer_by = now() - interval '1 minute' WHERE id = $1`, [referral.referralId]));
    const { referral: seen } = await ok(kuntoutus, 'query ($id: ID!) { referral(id: $id) { status statusLabel events { fromStatus toStatus actorSubject actorOrganisation { id } } } }', {
      id: referral.referralId,
    });
    expect(seen.status).toBe('EXPIRED');
    expect(seen.statusLabel).toBe('Vanhentunut');
    expect(seen.events.at(-1)).toEqual({ fromStatus: 'SENT', toStatus: 'EXPIRED', actorSubject: 'platform', actorOrganisation: null });
    expect(codeOf(await call(kuntoutus, mutations.accept, { id: referral.referralId }))).toBe('CONFLICT');
    const stored = await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT status FROM journeys.referral WHERE id = $1', [referral.referralId])).rows[0].status);
    expect(stored).toBe('EXPIRED');
    const { project } = await ok(kuntoutus, '{ project(slug: "yhteinen-askel") { referralAnswerDays } }');
    expect(project.referralAnswerDays).toBe(14);
  });
});

describe('two staff members accepting the same referral at once', () => {
  it('lets exactly one win; the others get CONFLICT, and the database holds one acceptance', async () => {
    const referral = await sentReferral();
    const tokens = await Promise.all(
      ['anna', 'bertta', 'cecilia', 'doris', 'eeva'].map((name) => platform.tokenFor('kuntoutussaatio', ['COACH'], [], `${name}@kuntoutussaatio`)),
    );
    const results = await Promise.all(tokens.map((token) => call(token, mutations.accept, { id: referral.referralId })));
    const winners = results.filter((r) => r.data?.acceptReferral?.status === 'ACCEPTED');
    const losers = results.filter((r) => codeOf(r) === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(4);
    expect(losers[0]!.errors![0]!.message).toMatch(/ACCEPTED/);
    const stored = await withAdminClient(platform.adminUrl, async (db) => ({
      status: (await db.query('SELECT status FROM journeys.referral WHERE id = $1', [referral.referralId])).rows[0].status,
      acceptances: (await db.query(`SELECT actor_subject FROM journeys.referral_event WHERE referral_id = $1 AND to_status = 'ACCEPTED'`, [referral.referralId])).rows,
    }));
    expect(stored.status).toBe('ACCEPTED');
    expect(stored.acceptances).toEqual([{ actor_subject: winners[0]!.data.acceptReferral.events.at(-1).actorSubject }]);
  });
});

describe('idempotent creation', () => {
  it('returns the first referral for a retried request and creates one row, also when retries race', async () => {
    const client = await newSotekClient();
    const consentId = await consentFor(client.clientId);
    const input = { enrolmentId: client.enrolmentId, serviceOfferingId: ids.assessmentOffering, consentId, idempotencyKey: `retry-${client.code}` };
    const [first, second] = await Promise.all([ok(sotek, mutations.create, { input }), ok(sotek, mutations.create, { input })]);
    const third = await ok(sotek, mutations.create, { input });
    expect(second.createReferral.id).toBe(first.createReferral.id);
    expect(third.createReferral.id).toBe(first.createReferral.id);
    const count = await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM journeys.referral WHERE enrolment_id = $1', [client.enrolmentId])).rows[0].n);
    expect(count).toBe(1);
    // The same key for a different request is a conflict, not a silent replay.
    const reused = await call(sotek, mutations.create, { input: { ...input, serviceOfferingId: ids.kelaOffering } });
    expect(codeOf(reused)).toBe('CONFLICT');
    // Keys are per organisation: another organisation may use the same one.
    const kunClient = await ok(kuntoutus, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input: { code: 'KUN-IDEM1', idempotencyKey: input.idempotencyKey } });
    expect(kunClient.createClient.id).toBeTruthy();
  });

  it('replays creating a client and recording a consent', async () => {
    const input = { code: 'SOT-IDEM1', idempotencyKey: 'client-SOT-IDEM1' };
    const a = await ok(sotek, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input });
    const b = await ok(sotek, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input });
    expect(b.createClient.id).toBe(a.createClient.id);
    const duplicateCode = await call(sotek, 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input: { code: 'SOT-IDEM1' } });
    expect(codeOf(duplicateCode)).toBe('CONFLICT');
  });
});

describe('inboxes and the caller\'s view on partner entities', () => {
  it('lists received and sent referrals as filtered cursor connections', async () => {
    const declined = await sentReferral();
    await ok(kuntoutus, mutations.decline, { id: declined.referralId, reason: 'Full' });
    const waiting = await sentReferral();
    const received = `query ($filter: ReferralFilter, $first: Int, $after: String) {
      receivedReferrals(filter: $filter, first: $first, after: $after) { nodes { id status } pageInfo { hasNextPage endCursor } } }`;
    const sentOnly = await ok(kuntoutus, received, { filter: { statuses: ['SENT'], projectId: ids.project, serviceOfferingId: ids.assessmentOffering }, first: 100 });
    expect(sentOnly.receivedReferrals.nodes.map((n: any) => n.id)).toContain(waiting.referralId);
    expect(sentOnly.receivedReferrals.nodes.every((n: any) => n.status === 'SENT')).toBe(true);
    const otherService = await ok(kuntoutus, received, { filter: { serviceOfferingId: ids.kelaOffering } });
    expect(otherService.receivedReferrals.nodes).toEqual([]);
    const future = await ok(kuntoutus, received, { filter: { createdFrom: '2999-01-01' } });
    expect(future.receivedReferrals.nodes).toEqual([]);

    // Paging one at a time visits every received referral once, newest first.
    const all = await ok(kuntoutus, received, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await ok(kuntoutus, received, { first: 1, after });
      seen.push(...page.receivedReferrals.nodes.map((n: any) => n.id));
      after = page.receivedReferrals.pageInfo.hasNextPage ? page.receivedReferrals.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.receivedReferrals.nodes.map((n: any) => n.id));
    expect(seen[0]).toBe(waiting.referralId);

    const sent = await ok(sotek, 'query { sentReferrals(filter: { statuses: [DECLINED] }, first: 100) { nodes { id status declineReason } } }');
    expect(sent.sentReferrals.nodes.map((n: any) => n.id)).toContain(declined.referralId);
    expect(codeOf(await call(kuntoutus, received, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('adds referral counts to Organisation, Project and ServiceOffering for the caller only', async () => {
    const query = `{ project(slug: "yhteinen-askel") {
      referralCounts { sent received awaitingAnswer }
      partners { organisation { slug referralCounts { sent received } } }
      serviceOfferings { id referralCounts { sent received } } } }`;
    const asKuntoutus = (await ok(kuntoutus, query)).project;
    const db = await withAdminClient(platform.adminUrl, async (admin) => (await admin.query(
      `SELECT count(*) FILTER (WHERE receiver_org_id = $1 AND sent_at IS NOT NULL)::int AS received,
              count(*) FILTER (WHERE receiver_org_id = $1 AND status = 'SENT')::int AS waiting
       FROM journeys.referral`, [ids.kuntoutus])).rows[0]);
    expect(asKuntoutus.referralCounts.received).toBe(db.received);
    const fromSotek = asKuntoutus.partners.find((p: any) => p.organisation.slug === 'sotek').organisation.referralCounts;
    expect(fromSotek.received).toBe(db.received);
    expect(asKuntoutus.serviceOfferings.find((o: any) => o.id === ids.assessmentOffering).referralCounts.received).toBe(db.received);
    // A third partner has exchanged none of these.
    const asKalliola = (await ok(kalliola, query)).project;
    expect(asKalliola.referralCounts).toEqual({ sent: 0, received: 0, awaitingAnswer: 0 });
    expect(asKalliola.serviceOfferings.every((o: any) => o.referralCounts.sent === 0 && o.referralCounts.received === 0)).toBe(true);
  });
});
