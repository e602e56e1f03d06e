import pg from 'pg';
import { buildSchema } from 'graphql';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatementCount } from '@polku/kit';
import { schemaDir, withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * The personal-data access log (asiakastietolaki 703/2023 §11): every read of
 * a client's personal data leaves exactly one row, written in the transaction
 * of the read; the owning organisation's ORG_ADMIN and DATA_PROTECTION_OFFICER
 * read it; nobody changes it.
 */
let platform: TestPlatform;
let org: { sotek: string; kuntoutus: string; kalliola: string; valo: string };
let tokens: Record<'sotekCoach' | 'sotekAdmin' | 'sotekDpo' | 'kuntoutusCoach' | 'kuntoutusDpo' | 'kalliolaDpo' | 'valoCoach', string>;
let requestSequence = 0;

interface AuditRow {
  org_id: string;
  client_id: string;
  actor_subject: string;
  actor_org_id: string;
  purpose: string;
  referral_id: string | null;
  fields: string[];
  operation_name: string | null;
  request_id: string;
  correlation_id: string | null;
}

/** Sends a request with its own x-request-id (kept as the rows' correlation id), so its audit rows can be found. */
async function request<T = any>(token: string, query: string, variables?: Record<string, unknown>) {
  const requestId = `audit-test-${++requestSequence}`;
  const response: GraphQLResponse<T> = await platform.graphql<T>(query, { token, variables, headers: { 'x-request-id': requestId } });
  return { ...response, requestId };
}

/** The audit rows of one request (by the caller's x-request-id), read as the database admin (past row level security). */
async function auditRowsOf(requestId: string): Promise<AuditRow[]> {
  return withAdminClient(platform.adminUrl, async (db) => {
    const { rows } = await db.query('SELECT * FROM journeys.personal_data_access WHERE correlation_id = $1 ORDER BY id', [requestId]);
    return rows;
  });
}

async function clientIdOf(code: string): Promise<string> {
  return withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT id FROM journeys.client WHERE code = $1', [code])).rows[0].id);
}

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  platform = await bootPlatform();
  org = {
    sotek: await platform.organisationId('sotek'),
    kuntoutus: await platform.organisationId('kuntoutussaatio'),
    kalliola: await platform.organisationId('kalliola'),
    valo: await platform.organisationId('valo-valmennus'),
  };
  tokens = {
    sotekCoach: await platform.tokenFor('sotek', ['COACH']),
    sotekAdmin: await platform.tokenFor('sotek', ['ORG_ADMIN']),
    sotekDpo: await platform.tokenFor('sotek', ['DATA_PROTECTION_OFFICER']),
    kuntoutusCoach: await platform.tokenFor('kuntoutussaatio', ['COACH']),
    kuntoutusDpo: await platform.tokenFor('kuntoutussaatio', ['DATA_PROTECTION_OFFICER']),
    kalliolaDpo: await platform.tokenFor('kalliola', ['DATA_PROTECTION_OFFICER']),
    valoCoach: await platform.tokenFor('valo-valmennus', ['COACH']),
  };
});
afterAll(() => platform?.stop());

describe('every personal-data read leaves exactly one audit row', () => {
  it("a coach's read of one client's personal data and background: one row with actor, fields, purpose, operation and request id", async () => {
    const created = await request(
      tokens.sotekCoach,
      `mutation CreateAuditClient($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { code: 'SOT-A001', personal: { fullName: 'Liisa Laine', birthYear: 1969, contact: '040 111 2222' }, obstacles: ['DEBT'] } },
    );
    expect(created.errors).toBeUndefined();
    // Writing personal data without reading it back is no read.
    expect(await auditRowsOf(created.requestId)).toEqual([]);
    const clientId = created.data.createClient.id;
    const enrolled = await request(tokens.sotekCoach, `mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
      input: { clientId, projectId: await projectId('yhteinen-askel'), startedOn: '2026-03-01' },
    });

    const read = await request(
      tokens.sotekCoach,
      `query CoachReadsClient($id: ID!) {
        enrolment(id: $id) { client { code personal { fullName birthYear } alias: personal { fullName } background { obstacleLabels } } }
      }`,
      { id: enrolled.data.enrolClient.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.enrolment.client.personal).toEqual({ fullName: 'Liisa Laine', birthYear: 1969 });
    expect(await auditRowsOf(read.requestId)).toEqual([
      expect.objectContaining({
        org_id: org.sotek,
        client_id: clientId,
        actor_subject: 'coach@sotek',
        actor_org_id: org.sotek,
        purpose: 'OWN_CLIENT_WORK',
        referral_id: null,
        fields: ['background.obstacles', 'personal.birthYear', 'personal.fullName'],
        operation_name: 'CoachReadsClient',
        // The service's own id; the caller's is only the correlation id.
        request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        correlation_id: read.requestId,
      }),
    ]);

    // Pseudonymous fields only: no personal data read, no row.
    const pseudonymous = await request(tokens.sotekCoach, `query ($id: ID!) { enrolment(id: $id) { client { code } } }`, { id: enrolled.data.enrolClient.id });
    expect(pseudonymous.errors).toBeUndefined();
    expect(await auditRowsOf(pseudonymous.requestId)).toEqual([]);
  });

  it("coaching notes are logged against the session's client, one row per client however many sessions", async () => {
    // An open path: an ended one (EXITED) takes no more sessions.
    const enrolments = await request(tokens.sotekCoach, `{ enrolments(phase: COACHING, first: 5) { nodes { id client { id } } } }`);
    const enrolment = enrolments.data.enrolments.nodes[0];
    for (const notes of ['First meeting', 'CV started']) {
      const recorded = await request(tokens.sotekCoach, `mutation ($input: RecordCoachingSessionInput!) { recordCoachingSession(input: $input) { id } }`, {
        input: { enrolmentId: enrolment.id, kind: 'INDIVIDUAL', heldOn: '2026-03-02', minutes: 60, notes },
      });
      expect(recorded.errors).toBeUndefined();
    }
    const read = await request(tokens.sotekCoach, `query SessionNotes($id: ID!) { enrolment(id: $id) { coachingSessions { notes } } }`, { id: enrolment.id });
    expect(read.data.enrolment.coachingSessions.map((s: { notes: string }) => s.notes)).toEqual(expect.arrayContaining(['First meeting', 'CV started']));
    const rows = await auditRowsOf(read.requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ client_id: enrolment.client.id, fields: ['coachingSession.notes'], operation_name: 'SessionNotes' });
  });

  it('reading N clients leaves N rows, one per client, and costs the same statements for 10 clients as for 50', async () => {
    const addClients = (from: number, count: number) =>
      withAdminClient(platform.adminUrl, async (db) => {
        await db.query('BEGIN');
        await db.query(`INSERT INTO journeys.client (org_id, code) SELECT $1, 'VAL-N' || lpad(n::text, 4, '0') FROM generate_series($2::int, $3::int) n`, [org.valo, from, from + count - 1]);
        await db.query(
          `INSERT INTO journeys.client_personal (client_id, org_id, full_name, birth_year)
           SELECT id, org_id, 'Henkilö ' || code, 1980 FROM journeys.client WHERE org_id = $1 AND code LIKE 'VAL-N%'
           ON CONFLICT (client_id) DO NOTHING`,
          [org.valo],
        );
        await db.query('COMMIT');
      });
    const listRead = async () => {
      const before = sqlStatementCount('journeys');
      const read = await request(tokens.valoCoach, `query ClientList { clients(first: 100) { nodes { id personal { fullName } } } }`);
      expect(read.errors).toBeUndefined();
      const statements = sqlStatementCount('journeys') - before;
      const withPersonal = read.data.clients.nodes.filter((c: { personal: unknown }) => c.personal).map((c: { id: string }) => c.id);
      const rows = await auditRowsOf(read.requestId);
      expect(rows.map((row) => row.client_id).sort()).toEqual(withPersonal.sort());
      expect(new Set(rows.map((row) => row.client_id)).size).toBe(rows.length);
      return { clients: withPersonal.length, statements };
    };
    await addClients(1, 10);
    const ten = await listRead();
    await addClients(11, 40);
    const fifty = await listRead();
    expect(fifty.clients - ten.clients).toBe(40);
    expect(fifty.statements).toBe(ten.statements);
    console.info(`audit log: ${ten.clients} clients → ${ten.statements} journeys statements; ${fifty.clients} clients → ${fifty.statements}`);
  });
});

describe('a read that fails leaves no row', () => {
  /** Runs `work` while an admin transaction holds the audit table, so a read waits at its audit insert. */
  async function whileAuditInsertWaits<T>(start: () => Promise<T>, whileWaiting: (pid: number, db: pg.Client) => Promise<void>): Promise<T> {
    return withAdminClient(platform.adminUrl, async (db) => {
      await db.query('BEGIN');
      await db.query('LOCK TABLE journeys.personal_data_access IN EXCLUSIVE MODE');
      const pending = start();
      let pid: number | undefined;
      for (let attempt = 0; attempt < 200 && !pid; attempt++) {
        // Activity statistics are a snapshot per transaction: take a fresh one.
        await db.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await db.query(
          `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO journeys.personal_data_access%'`,
        );
        pid = rows[0]?.pid;
        if (!pid) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(pid, 'the read reached its audit insert').toBeDefined();
      await whileWaiting(pid!, db);
      await db.query('ROLLBACK');
      return pending;
    });
  }

  it('a read whose transaction is cancelled after selecting the data serves nothing and leaves no row', async () => {
    const response = await whileAuditInsertWaits(
      () => request(tokens.sotekCoach, `query CancelledRead { clients(codePrefix: "SOT-") { nodes { id personal { fullName } } } }`),
      async (pid) => {
        // The data was selected in this transaction already: it is waiting at the insert that follows.
        const other = new pg.Client({ connectionString: platform.adminUrl });
        await other.connect();
        await other.query('SELECT pg_cancel_backend($1)', [pid]);
        await other.end();
      },
    );
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(response.data ?? {})).not.toContain('Aino Virtanen');
    expect(await auditRowsOf(response.requestId)).toEqual([]);
  });

  it("a receiver's read loses the race with the consent's withdrawal: the data is not served and no row is left", async () => {
    const { referralId, consentId } = await freshSentReferral('SOT-A100');
    const response = await whileAuditInsertWaits(
      () => request(tokens.kuntoutusCoach, `query RacingRead($id: ID!) { referral(id: $id) { sharedClient { fullName } } }`, { id: referralId }),
      async () => {
        const withdrawn = await request(tokens.sotekCoach, 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { valid } }', { id: consentId });
        expect(withdrawn.errors).toBeUndefined();
      },
    );
    expect(response.data?.referral?.sharedClient ?? null).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(await auditRowsOf(response.requestId)).toEqual([]);
  });
});

describe('reads of shared data under consent', () => {
  it("a receiver's read is logged with the owner as data owner and appears in the owner's access report", async () => {
    const sot4 = await clientIdOf('SOT-0004');
    const read = await request(tokens.kuntoutusCoach, `query ReceivedInbox { receivedReferrals(first: 10) { nodes { id sharedClient { fullName languages contact dataCategories } } } }`);
    expect(read.errors).toBeUndefined();
    const referral = read.data.receivedReferrals.nodes.find((n: { sharedClient: { fullName: string } | null }) => n.sharedClient?.fullName === 'Aino Virtanen');
    expect(referral).toBeDefined();
    const rows = await auditRowsOf(read.requestId);
    expect(rows.filter((row) => row.referral_id === referral.id)).toEqual([
      expect.objectContaining({
        org_id: org.sotek,
        client_id: sot4,
        actor_subject: 'coach@kuntoutussaatio',
        actor_org_id: org.kuntoutus,
        purpose: 'REFERRAL',
        // CONTACT was not consented: null is not data, and is not logged as read
        fields: ['sharedClient.fullName', 'sharedClient.languages'],
        operation_name: 'ReceivedInbox',
      }),
    ]);

    const report = await request(
      tokens.sotekDpo,
      `query ($id: ID!) {
        clientAccessReport(clientId: $id) {
          client { id code }
          readers { actorSubject actorOrganisation { id } purpose purposeLabel(locale: EN) reads fields firstReadAt lastReadAt }
          recipients { organisation { id } referral { id status } dataCategories sharedAt consentWithdrawnAt }
        }
      }`,
      { id: sot4 },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data.clientAccessReport.client.code).toBe('SOT-0004');
    expect(report.data.clientAccessReport.readers).toContainEqual(
      expect.objectContaining({
        actorSubject: 'coach@kuntoutussaatio',
        actorOrganisation: { id: org.kuntoutus },
        purpose: 'REFERRAL',
        purposeLabel: 'Referral: data shared under consent',
        reads: 1,
        fields: ['sharedClient.fullName', 'sharedClient.languages'],
      }),
    );
    expect(report.data.clientAccessReport.recipients).toEqual([
      expect.objectContaining({ organisation: { id: org.kuntoutus }, referral: { id: referral.id, status: 'SENT' }, dataCategories: ['NAME', 'LANGUAGES'], consentWithdrawnAt: null }),
    ]);

    const log = await request(
      tokens.sotekAdmin,
      `query ($org: ID!) { personalDataAccessLog(filter: { actorOrganisationId: $org }, first: 5) { nodes { actorSubject purpose fields correlationId referral { id } client { code } } } }`,
      { org: org.kuntoutus },
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.personalDataAccessLog.nodes).toContainEqual({
      actorSubject: 'coach@kuntoutussaatio',
      purpose: 'REFERRAL',
      fields: ['sharedClient.fullName', 'sharedClient.languages'],
      correlationId: read.requestId,
      referral: { id: referral.id },
      client: { code: 'SOT-0004' },
    });

    // The receiver's own data protection officer holds no log of another organisation's client.
    const receiverLog = await request(tokens.kuntoutusDpo, `{ personalDataAccessLog(first: 100) { nodes { correlationId } } }`);
    expect(receiverLog.errors).toBeUndefined();
    expect(receiverLog.data.personalDataAccessLog.nodes.map((n: { correlationId: string }) => n.correlationId)).not.toContain(read.requestId);
    expect((await request(tokens.kuntoutusDpo, `query ($id: ID!) { clientAccessReport(clientId: $id) { client { id } } }`, { id: sot4 })).data.clientAccessReport).toBeNull();
  });
});

describe('who may read the log', () => {
  it('filters the log by client, actor and date, newest first, as a cursor connection', async () => {
    const sot4 = await clientIdOf('SOT-0004');
    for (let i = 0; i < 3; i++) await request(tokens.sotekCoach, `query ($id: ID!) { referral(id: $id) { id } clients(codePrefix: "SOT-") { nodes { code personal { fullName } } } }`, { id: sot4 });
    const page = async (after?: string) =>
      (
        await request(
          tokens.sotekDpo,
          `query ($client: ID!, $after: String, $today: LocalDate!) {
            personalDataAccessLog(filter: { clientId: $client, actorSubject: "coach@sotek", from: $today, to: $today }, first: 2, after: $after) {
              nodes { id actorSubject client { id } accessedAt } pageInfo { hasNextPage endCursor }
            }
          }`,
          { client: sot4, after, today: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date()) },
        )
      ).data.personalDataAccessLog;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    const nodes = [...first.nodes, ...second.nodes];
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    for (const node of nodes) expect(node).toMatchObject({ actorSubject: 'coach@sotek', client: { id: sot4 } });
    const ids = nodes.map((n: { id: string }) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('a coach gets FORBIDDEN; a data protection officer reads the log but never the data itself', async () => {
    const sot4 = await clientIdOf('SOT-0004');
    expect(codeOf(await request(tokens.sotekCoach, `{ personalDataAccessLog { nodes { id } } }`))).toBe('FORBIDDEN');
    expect(codeOf(await request(tokens.sotekCoach, `query ($id: ID!) { clientAccessReport(clientId: $id) { client { id } } }`, { id: sot4 }))).toBe('FORBIDDEN');
    expect(codeOf(await request(tokens.sotekDpo, `{ clients { nodes { personal { fullName } } } }`))).toBe('FORBIDDEN');
  });

  it("another organisation's data protection officer sees nothing of it", async () => {
    const sot4 = await clientIdOf('SOT-0004');
    const log = await request(tokens.kalliolaDpo, `{ personalDataAccessLog(first: 100) { nodes { client { id } actorOrganisation { id } } } }`);
    expect(log.errors).toBeUndefined();
    expect(JSON.stringify(log.data)).not.toContain(org.sotek);
    expect(JSON.stringify(log.data)).not.toContain(sot4);
    const report = await request(tokens.kalliolaDpo, `query ($id: ID!) { clientAccessReport(clientId: $id) { client { id } readers { actorSubject } } }`, { id: sot4 });
    expect(report.errors).toBeUndefined();
    expect(report.data.clientAccessReport).toBeNull();
  });
});

describe('the log is append-only', () => {
  it('the service role may not update or delete it, and neither may the owner or an admin', async () => {
    const attempts = async (url: string, setOrg: boolean) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const failures: string[] = [];
      try {
        for (const sql of [
          `UPDATE journeys.personal_data_access SET fields = '{nothing}'`,
          `DELETE FROM journeys.personal_data_access`,
          `TRUNCATE journeys.personal_data_access`,
        ]) {
          await client.query('BEGIN');
          if (setOrg) await client.query(`SELECT set_config('app.org_id', $1, true)`, [org.sotek]);
          failures.push(await client.query(sql).then(() => 'succeeded', (e: Error) => e.message));
          await client.query('ROLLBACK');
        }
      } finally {
        await client.end();
      }
      return failures;
    };
    const before = await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM journeys.personal_data_access')).rows[0].n);
    expect(before).toBeGreaterThan(0);
    for (const failure of await attempts(platform.serviceDatabaseUrls.journeys!, true)) expect(failure).toMatch(/permission denied/);
    for (const failure of await attempts(platform.adminUrl, false)) expect(failure).toMatch(/append-only/);
  });

  it('no mutation of the API touches the log', async () => {
    const api = buildSchema(await readFile(`${schemaDir}api.graphql`, 'utf8'), { assumeValidSDL: true });
    const mutations = Object.keys(api.getMutationType()!.getFields());
    expect(mutations.filter((name) => /access|audit|log/i.test(name))).toEqual([]);
  });
});

async function projectId(slug: string): Promise<string> {
  return withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT id FROM partners.project WHERE slug = $1', [slug])).rows[0].id);
}

/** A new Sotek client with personal data, referred to Kuntoutussäätiö's assessment under a fresh consent, and sent. */
async function freshSentReferral(code: string) {
  const project = await projectId('yhteinen-askel');
  const offering = await withAdminClient(
    platform.adminUrl,
    async (db) =>
      (await db.query(`SELECT id FROM partners.service_offering WHERE organisation_id = $1 AND project_id = $2 AND type = 'HEALTH_AND_WORK_ABILITY_ASSESSMENT'`, [org.kuntoutus, project])).rows[0]
        .id,
  );
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const response = await request(tokens.sotekCoach, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const { createClient } = await ok(`mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: { code, personal: { fullName: `Asiakas ${code}`, languages: ['fi'] } },
  });
  const { enrolClient } = await ok(`mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
    input: { clientId: createClient.id, projectId: project, startedOn: '2026-03-01' },
  });
  const { recordConsent } = await ok(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: { clientId: createClient.id, purpose: 'REFERRAL', recipientOrganisationId: org.kuntoutus, projectId: project, dataCategories: ['NAME'] },
  });
  const { createReferral } = await ok(`mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
    input: { enrolmentId: enrolClient.id, serviceOfferingId: offering, consentId: recordConsent.id },
  });
  await ok(`mutation ($id: ID!) { sendReferral(referralId: $id) { id } }`, { id: createReferral.id });
  return { referralId: createReferral.id as string, consentId: recordConsent.id as string };
}
