import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkageSecret } from '@polku/journeys';
import { rotateLinkageKeys, withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Unique people across partners without sharing identities (docs/linkage.md),
 * through the gateway with real tokens: the same henkilötunnus entered at two
 * partners of a project is one person in journeys.project_person_numbers (as
 * outcomes_pooled, the only role that may call it), another project gives
 * other keys, a coach learns "also at another partner" only under the
 * client's consent, another organisation learns nothing, and no key appears
 * in any answer or log line of the run.
 */
let platform: TestPlatform;
let t: Record<'sotekCoach' | 'kalliolaCoach' | 'kuntoutusCoach' | 'coordinator', string>;
let ids: { sotek: string; kalliola: string; project: string; otherProject: string };

// Everything the services answered and logged in this file, scanned for keys at the end.
const answers: string[] = [];
const logLines: string[] = [];
const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

async function call<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await platform.graphql<T>(query, { token, variables });
  answers.push(JSON.stringify(response));
  return response;
}
async function ok<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await call<T>(token, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function clientWithIdentity(token: string, code: string, personal: Record<string, unknown>, projectId = ids.project, startedOn = '2026-03-01') {
  const { createClient } = await ok(token, `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { code, personal } });
  const { enrolClient } = await ok(token, `mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
    input: { clientId: createClient.id, projectId, startedOn },
  });
  return { clientId: createClient.id as string, enrolmentId: enrolClient.id as string };
}

/** As the release function would: SET ROLE outcomes_pooled inside a transaction. */
async function personNumbers(projectId: string): Promise<Map<string, number>> {
  return withAdminClient(platform.adminUrl, async (client) => {
    await client.query('BEGIN');
    await client.query('SET LOCAL ROLE outcomes_pooled');
    const { rows } = await client.query('SELECT enrolment_id, person FROM journeys.project_person_numbers($1)', [projectId]);
    await client.query('ROLLBACK');
    return new Map(rows.map((row) => [row.enrolment_id as string, row.person as number]));
  });
}

const storedKeys = () =>
  withAdminClient(platform.adminUrl, async (client) => (await client.query(`SELECT enrolment_id, key_id, linkage_key FROM journeys.enrolment_linkage`)).rows as Array<{ enrolment_id: string; key_id: string; linkage_key: Buffer }>);

beforeAll(async () => {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: any[]) => (logLines.push(String(chunk)), writes.out(chunk, ...rest))) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: any[]) => (logLines.push(String(chunk)), writes.err(chunk, ...rest))) as typeof process.stderr.write;
  platform = await bootPlatform();
  t = {
    sotekCoach: await platform.tokenFor('sotek', ['COACH']),
    kalliolaCoach: await platform.tokenFor('kalliola', ['COACH']),
    kuntoutusCoach: await platform.tokenFor('kuntoutussaatio', ['COACH']),
    coordinator: await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']),
  };
  await withAdminClient(platform.adminUrl, async (client) => {
    const projects = await client.query(`SELECT slug, id FROM partners.project WHERE slug IN ('yhteinen-askel', 'avain-askel')`);
    const bySlug = new Map(projects.rows.map((row) => [row.slug, row.id]));
    ids = {
      sotek: await platform.organisationId('sotek'),
      kalliola: await platform.organisationId('kalliola'),
      project: bySlug.get('yhteinen-askel'),
      otherProject: bySlug.get('avain-askel'),
    };
  });
});

afterAll(async () => {
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
  await platform?.stop();
});

describe('one person at two partners', () => {
  let sotek: { clientId: string; enrolmentId: string };
  let kalliola: { clientId: string; enrolmentId: string };
  let unique: { clientId: string; enrolmentId: string };

  beforeAll(async () => {
    // The same person, written with the 2023 century sign in lower case at one partner and upper case at the other.
    sotek = await clientWithIdentity(t.sotekCoach, 'SOT-LINK-1', { fullName: 'Ville Väisänen', personalIdentityCode: '010594y9032' });
    kalliola = await clientWithIdentity(t.kalliolaCoach, 'KAL-LINK-1', { fullName: 'Ville Väisänen', personalIdentityCode: '010594Y9032' });
    unique = await clientWithIdentity(t.sotekCoach, 'SOT-LINK-2', { fullName: 'Veera Väisänen', personalIdentityCode: '131052-308T' });
  });

  it('gets one person number in the project; everyone else their own', async () => {
    const numbers = await personNumbers(ids.project);
    expect(numbers.get(sotek.enrolmentId)).toBeDefined();
    expect(numbers.get(sotek.enrolmentId)).toBe(numbers.get(kalliola.enrolmentId));
    expect(numbers.get(unique.enrolmentId)).not.toBe(numbers.get(sotek.enrolmentId));
    // The demo's Aino Virtanen (Sotek and Kuntoutussäätiö) is one person too: enrolments minus two.
    expect(new Set(numbers.values()).size).toBe(numbers.size - 2);
    // Dense: 1..people.
    expect(Math.max(...numbers.values())).toBe(new Set(numbers.values()).size);
  });

  it('links a person without a henkilötunnus by name and birth date, however the name is typed', async () => {
    const a = await clientWithIdentity(t.sotekCoach, 'SOT-LINK-3', { fullName: 'Anna-Liisa  Mäki', birthDate: '1980-02-29' });
    const b = await clientWithIdentity(t.kuntoutusCoach, 'KUN-LINK-3', { fullName: 'ANNA - LIISA MÄKI', birthDate: '1980-02-29' });
    const c = await clientWithIdentity(t.kalliolaCoach, 'KAL-LINK-3', { fullName: 'Anna-Liisa Mäki', birthDate: '1980-03-01' });
    const numbers = await personNumbers(ids.project);
    expect(numbers.get(a.enrolmentId)).toBe(numbers.get(b.enrolmentId));
    expect(numbers.get(c.enrolmentId)).not.toBe(numbers.get(a.enrolmentId));
  });

  it('gives the same person a different key in another project', async () => {
    const { enrolClient } = await ok(t.sotekCoach, `mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
      input: { clientId: sotek.clientId, projectId: ids.otherProject, startedOn: '2016-03-01' },
    });
    const keys = new Map((await storedKeys()).map((row) => [row.enrolment_id, row.linkage_key]));
    expect(keys.get(sotek.enrolmentId)).toHaveLength(32);
    expect(keys.get(sotek.enrolmentId)!.equals(keys.get(kalliola.enrolmentId)!)).toBe(true);
    expect(keys.get(enrolClient.id)!.equals(keys.get(sotek.enrolmentId)!)).toBe(false);
    // The other project's numbers know nothing of this one's.
    const otherNumbers = await personNumbers(ids.otherProject);
    expect(otherNumbers.has(enrolClient.id)).toBe(true);
    expect(otherNumbers.has(sotek.enrolmentId)).toBe(false);
  });

  it('answers the coach only under the client consent, and never says where', async () => {
    const flag = `query ($id: ID!) { enrolment(id: $id) { alsoAtAnotherPartner } }`;
    expect((await ok(t.sotekCoach, flag, { id: sotek.enrolmentId })).enrolment.alsoAtAnotherPartner).toBeNull();
    const consent = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id purpose recipient { id } } }`;
    const given = await ok(t.sotekCoach, consent, {
      input: { clientId: sotek.clientId, purpose: 'PARTICIPATION_CHECK', recipientOrganisationId: ids.sotek, projectId: ids.project, dataCategories: [] },
    });
    expect(given.recordConsent).toMatchObject({ purpose: 'PARTICIPATION_CHECK', recipient: { id: ids.sotek } });
    await ok(t.sotekCoach, consent, {
      input: { clientId: unique.clientId, purpose: 'PARTICIPATION_CHECK', recipientOrganisationId: ids.sotek, projectId: ids.project, dataCategories: [] },
    });
    expect((await ok(t.sotekCoach, flag, { id: sotek.enrolmentId })).enrolment.alsoAtAnotherPartner).toBe(true);
    expect((await ok(t.sotekCoach, flag, { id: unique.enrolmentId })).enrolment.alsoAtAnotherPartner).toBe(false);
    // The consent covers its project only: the other project's enrolment of the same client is not answered.
    const other = (await storedKeys()).map((row) => row.enrolment_id).filter((id) => ![sotek.enrolmentId, kalliola.enrolmentId].includes(id));
    const answersOther = await Promise.all(other.map((id) => call(t.sotekCoach, flag, { id })));
    for (const answer of answersOther) expect(answer.data?.enrolment?.alsoAtAnotherPartner ?? null).not.toBe(true);

    // Each answer was logged as a personal-data read of the client.
    const logged = await withAdminClient(platform.adminUrl, (client) =>
      client.query(`SELECT fields FROM journeys.personal_data_access WHERE client_id = $1 AND 'enrolment.alsoAtAnotherPartner' = ANY (fields)`, [sotek.clientId]),
    );
    expect(logged.rowCount).toBe(1);

    // A consent for this purpose names the owner itself and no data.
    const refused = await call(t.sotekCoach, consent, {
      input: { clientId: sotek.clientId, purpose: 'PARTICIPATION_CHECK', recipientOrganisationId: ids.kalliola, projectId: ids.project, dataCategories: [] },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await ok(t.sotekCoach, `mutation ($id: ID!) { withdrawConsent(consentId: $id) { valid } }`, { id: given.recordConsent.id });
    expect((await ok(t.sotekCoach, flag, { id: sotek.enrolmentId })).enrolment.alsoAtAnotherPartner).toBeNull();
  });

  it('tells the demo coach of Kuntoutussäätiö that Aino also takes part at another partner', async () => {
    const { clients } = await ok(t.kuntoutusCoach, `{ clients(codePrefix: "KUN-0001") { nodes { enrolments { alsoAtAnotherPartner } } } }`);
    expect(clients.nodes[0].enrolments).toEqual([{ alsoAtAnotherPartner: true }]);
  });

  it('shows another organisation nothing, and no coordinator a person', async () => {
    const flag = `query ($id: ID!) { enrolment(id: $id) { alsoAtAnotherPartner } }`;
    expect((await ok(t.kalliolaCoach, flag, { id: sotek.enrolmentId })).enrolment).toBeNull();
    // Kalliola's own enrolment of the same person, without its client's consent: nothing.
    expect((await ok(t.kalliolaCoach, flag, { id: kalliola.enrolmentId })).enrolment.alsoAtAnotherPartner).toBeNull();
    const coordinator = await call(t.coordinator, flag, { id: sotek.enrolmentId });
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The identity is personal data of its organisation only.
    const personal = `query ($prefix: String!) { clients(codePrefix: $prefix) { nodes { personal { personalIdentityCode birthDate } } } }`;
    expect((await ok(t.kalliolaCoach, personal, { prefix: 'SOT-LINK' })).clients.nodes).toEqual([]);
    expect((await ok(t.sotekCoach, personal, { prefix: 'SOT-LINK-1' })).clients.nodes[0].personal).toEqual({ personalIdentityCode: '010594Y9032', birthDate: null });
  });

  it('keeps the keys and the interface away from every login role', async () => {
    await withAdminClient(platform.serviceDatabaseUrls.journeys!, async (client) => {
      await expect(client.query('SELECT linkage_key FROM journeys.enrolment_linkage')).rejects.toThrow(/permission denied/);
      await expect(client.query('SELECT * FROM journeys.project_person_numbers($1)', [ids.project])).rejects.toThrow(/permission denied/);
      await expect(client.query('SET ROLE outcomes_pooled')).rejects.toThrow(/permission denied/);
      await expect(client.query('SET ROLE journeys_linkage')).rejects.toThrow(/permission denied/);
    });
    await withAdminClient(platform.serviceDatabaseUrls.outcomes!, async (client) => {
      await expect(client.query('SELECT * FROM journeys.project_person_numbers($1)', [ids.project])).rejects.toThrow(/permission denied/);
    });
    // outcomes_pooled reaches the numbers only: not the keys, not the enrolments, not the identities.
    await withAdminClient(platform.adminUrl, async (client) => {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE outcomes_pooled');
      for (const sql of ['SELECT linkage_key FROM journeys.enrolment_linkage', 'SELECT id FROM journeys.enrolment', 'SELECT personal_identity_code FROM journeys.client_personal']) {
        await client.query('SAVEPOINT s');
        await expect(client.query(sql)).rejects.toThrow(/permission denied/);
        await client.query('ROLLBACK TO SAVEPOINT s');
      }
      await client.query('ROLLBACK');
    });
    // The function's owner is a NOLOGIN non-superuser role.
    const owner = await withAdminClient(platform.adminUrl, (client) =>
      client.query(`SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolbypassrls FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'journeys.project_person_numbers(uuid)'::regprocedure`),
    );
    expect(owner.rows[0]).toEqual({ rolname: 'journeys_linkage', rolcanlogin: false, rolsuper: false, rolbypassrls: false });
  });

  it('keeps the grouping through a rotation of the secret, under the new key id', async () => {
    const before = await personNumbers(ids.project);
    const oldKeys = await storedKeys();
    const rotated = await rotateLinkageKeys(platform.adminUrl, linkageSecret('r'.repeat(48), 'rotated-1'));
    expect(rotated.written).toBe(oldKeys.length);
    const newKeys = await storedKeys();
    expect(new Set(newKeys.map((row) => row.key_id))).toEqual(new Set(['rotated-1']));
    const old = new Map(oldKeys.map((row) => [row.enrolment_id, row.linkage_key]));
    for (const row of newKeys) expect(row.linkage_key.equals(old.get(row.enrolment_id)!)).toBe(false);
    expect(await personNumbers(ids.project)).toEqual(before);
    // Back to the running service's secret, so what follows compares like with like.
    await rotateLinkageKeys(platform.adminUrl, (await import('@polku/journeys')).linkageSecretFromEnv());
  });
});

describe('bad identities', () => {
  it('refuses a henkilötunnus with a wrong check character or date, with a typed error', async () => {
    for (const [code, problem] of [
      ['010594Y9033', 'CHECK_CHARACTER'],
      ['310294-9032', 'DATE'],
      ['010594G9032', 'FORMAT'],
    ]) {
      const response = await call(t.sotekCoach, `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
        input: { code: `SOT-BAD-${problem.slice(0, 4)}`, personal: { fullName: 'X Y', personalIdentityCode: code } },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PERSONAL_IDENTITY_CODE', problem });
      // The value is not echoed back.
      expect(JSON.stringify(response)).not.toContain(code);
    }
    const mismatch = await call(t.sotekCoach, `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
      input: { code: 'SOT-BAD-MISM', personal: { fullName: 'X Y', personalIdentityCode: '131052-308T', birthDate: '1952-10-14' } },
    });
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BIRTH_DATE_MISMATCH' });
  });

  it('records, replaces and clears an identity with recordClientIdentity, recomputing the keys', async () => {
    const a = await clientWithIdentity(t.sotekCoach, 'SOT-LINK-5', { fullName: 'Pekka Puu' });
    const b = await clientWithIdentity(t.kalliolaCoach, 'KAL-LINK-5', { fullName: 'Pekka Puu', personalIdentityCode: '020202A0202' });
    expect((await personNumbers(ids.project)).get(a.enrolmentId)).not.toBe((await personNumbers(ids.project)).get(b.enrolmentId));
    const record = `mutation ($id: ID!, $identity: ClientIdentityInput!) { recordClientIdentity(clientId: $id, identity: $identity) { id } }`;
    await ok(t.sotekCoach, record, { id: a.clientId, identity: { personalIdentityCode: '020202a0202' } });
    let numbers = await personNumbers(ids.project);
    expect(numbers.get(a.enrolmentId)).toBe(numbers.get(b.enrolmentId));
    await ok(t.sotekCoach, record, { id: a.clientId, identity: {} });
    numbers = await personNumbers(ids.project);
    expect(numbers.get(a.enrolmentId)).not.toBe(numbers.get(b.enrolmentId));
    // Another organisation's client is not found.
    expect((await call(t.kalliolaCoach, record, { id: a.clientId, identity: { personalIdentityCode: '020202A0202' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('probing identities', () => {
  it('stops an organisation after 200 answers about new identities a day; re-reading an answer and recording keys stay free', async () => {
    const flag = `query ($id: ID!) { enrolment(id: $id) { alsoAtAnotherPartner } }`;
    const record = `mutation ($id: ID!, $identity: ClientIdentityInput!) { recordClientIdentity(clientId: $id, identity: $identity) { id } }`;
    const probe = await clientWithIdentity(t.sotekCoach, 'SOT-LINK-6', { fullName: 'Olli Kokeilija', personalIdentityCode: '150671-982H' });
    await ok(t.sotekCoach, `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { clientId: probe.clientId, purpose: 'PARTICIPATION_CHECK', recipientOrganisationId: ids.sotek, projectId: ids.project, dataCategories: [] },
    });
    expect((await ok(t.sotekCoach, flag, { id: probe.enrolmentId })).enrolment.alsoAtAnotherPartner).toBe(true);
    // 200 first answers Sotek had today (made up: the limit counts rows).
    await withAdminClient(platform.adminUrl, (client) =>
      client.query(`INSERT INTO journeys.linkage_answer (enrolment_id, key_recorded_at, org_id) SELECT gen_random_uuid(), now(), $1 FROM generate_series(1, 200)`, [ids.sotek]),
    );
    try {
      // The same answer again: free.
      expect((await ok(t.sotekCoach, flag, { id: probe.enrolmentId })).enrolment.alsoAtAnotherPartner).toBe(true);
      // Recording identities stays free (an import of many clients is not probing) ...
      await ok(t.sotekCoach, record, { id: probe.clientId, identity: { personalIdentityCode: '131052-308T' } });
      // ... but the answer about the new identity is refused, and the refused read is not logged.
      const flagReads = async () =>
        (await withAdminClient(platform.adminUrl, (client) =>
          client.query(`SELECT count(*)::int AS n FROM journeys.personal_data_access WHERE client_id = $1 AND 'enrolment.alsoAtAnotherPartner' = ANY (fields)`, [probe.clientId]),
        )).rows[0].n as number;
      const readsBefore = await flagReads();
      const refused = await call(t.sotekCoach, flag, { id: probe.enrolmentId });
      expect(await flagReads()).toBe(readsBefore);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LINKAGE_DAILY_LIMIT' });
      expect(refused.data?.enrolment?.alsoAtAnotherPartner ?? null).toBeNull();
      // Another organisation's quota is its own.
      const other = await clientWithIdentity(t.kuntoutusCoach, 'KUN-LINK-6', { fullName: 'Olli Kokeilija', personalIdentityCode: '150671-982H' });
      await ok(t.kuntoutusCoach, `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
        input: { clientId: other.clientId, purpose: 'PARTICIPATION_CHECK', recipientOrganisationId: await platform.organisationId('kuntoutussaatio'), projectId: ids.project, dataCategories: [] },
      });
      expect((await ok(t.kuntoutusCoach, flag, { id: other.enrolmentId })).enrolment.alsoAtAnotherPartner).toBe(true);
    } finally {
      await withAdminClient(platform.adminUrl, (client) => client.query(`DELETE FROM journeys.linkage_answer WHERE org_id = $1 AND enrolment_id NOT IN (SELECT id FROM journeys.enrolment)`, [ids.sotek]));
    }
  });
});

describe("the client's rights", () => {
  it('exports the identity and erases it with the keys, leaving the other partner\'s person alone', async () => {
    const admin = await platform.tokenFor('sotek', ['ORG_ADMIN']);
    const a = await clientWithIdentity(t.sotekCoach, 'SOT-LINK-7', { fullName: 'Eeva Eronen', personalIdentityCode: '131052-308T', birthDate: '1952-10-13' });
    const b = await clientWithIdentity(t.kalliolaCoach, 'KAL-LINK-7', { fullName: 'Eeva Eronen', personalIdentityCode: '131052-308T' });
    let numbers = await personNumbers(ids.project);
    expect(numbers.get(a.enrolmentId)).toBe(numbers.get(b.enrolmentId));

    const exported = await ok(admin, `query ($id: ID!) { exportClientData(clientId: $id, locale: EN) { document printable } }`, { id: a.clientId });
    expect(exported.exportClientData.document.journeys.client.personal).toMatchObject({ personalIdentityCode: '131052-308T', birthDate: '1952-10-13' });
    expect(exported.exportClientData.printable).toContain('Personal identity code: 131052-308T');

    // The erasure reason may not carry the identity either (the erasure log keeps reasons).
    const leaky = await call(admin, `mutation ($id: ID!) { eraseClient(clientId: $id, reason: "pyyntö, hetu 131052-308T") { exitsErased } }`, { id: a.clientId });
    expect(leaky.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_HOLDS_PERSONAL_DATA' });
    await ok(admin, `mutation ($id: ID!) { eraseClient(clientId: $id, reason: "Asiakkaan pyyntö") { exitsErased } }`, { id: a.clientId });

    const keys = (await storedKeys()).map((row) => row.enrolment_id);
    expect(keys).not.toContain(a.enrolmentId);
    expect(keys).toContain(b.enrolmentId);
    const identities = await withAdminClient(platform.adminUrl, (client) =>
      client.query(`SELECT count(*)::int AS n FROM journeys.client_personal WHERE personal_identity_code = '131052-308T' AND client_id = $1`, [a.clientId]),
    );
    expect(identities.rows[0].n).toBe(0);
    numbers = await personNumbers(ids.project);
    expect(numbers.get(a.enrolmentId)).not.toBe(numbers.get(b.enrolmentId));
  });
});

describe('no key leaves the database', () => {
  it('appears in no API answer and no log line of this run', async () => {
    const keys = await storedKeys();
    expect(keys.length).toBeGreaterThan(5);
    const haystack = [...answers, ...logLines].join('\n').toLowerCase();
    expect(answers.length).toBeGreaterThan(30);
    for (const { linkage_key: key } of keys) {
      for (const form of [key.toString('hex'), key.toString('base64'), key.toString('base64url')]) {
        expect(haystack.includes(form.toLowerCase())).toBe(false);
      }
      // Nor any 8-byte stretch of it, in hex.
      for (let i = 0; i + 8 <= 32; i += 8) expect(haystack.includes(key.subarray(i, i + 8).toString('hex'))).toBe(false);
    }
    // Nor is an identity ever logged (answers to its own organisation may carry it; log lines never).
    const logs = logLines.join('\n').toLowerCase();
    for (const code of ['010594y9032', '131052-308t', '020202a0202', '150671-982h', '010594y9033', '310294-9032']) expect(logs.includes(code), code).toBe(false);
  });
});
