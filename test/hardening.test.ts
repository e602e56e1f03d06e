import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIST_INPUT, type Role } from '@polku/kit';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Issue 11's authorization, audit and database-rule findings, each tried as
 * the attacker did: with real tokens through the gateway, straight at a
 * subgraph (`_entities`), or as a service's own database role.
 */

let platform: TestPlatform;
const org: Record<string, string> = {};
let yhteinen: string;
let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`.toUpperCase();

beforeAll(async () => {
  platform = await bootPlatform();
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola', 'valo-valmennus']) org[slug] = await platform.organisationId(slug);
  yhteinen = await admin(async (db) => (await db.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id);
}, 60_000);
afterAll(() => platform?.stop());

const admin = <T>(work: (db: pg.Client) => Promise<T>) => withAdminClient(platform.adminUrl, work);

async function as<T = any>(organisation: string, roles: Role[], document: string, variables: Record<string, unknown> = {}, options: { projects?: string[]; url?: string; headers?: Record<string, string> } = {}) {
  const token = await platform.tokenFor(organisation, roles, options.projects ?? []);
  return platform.graphql<T>(document, { token, variables, url: options.url, headers: options.headers });
}

/** Data of a call that must succeed. */
async function ok<T = any>(organisation: string, roles: Role[], document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await as<T>(organisation, roles, document, variables);
  if (response.errors) throw new Error(`${document}: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

const codesOf = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/** Runs SQL as a service's own login role inside a transaction that is rolled back; returns the error message or null. */
async function asServiceRole(service: string, settings: { org: string; subject?: string }, sql: string, params: unknown[]): Promise<string | null> {
  const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls[service] });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true), set_config('app.subject', $2, true)`, [settings.org, settings.subject ?? '']);
    return await client.query(sql, params).then(
      () => null,
      (e: Error) => e.message,
    );
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

/** A fresh Sotek client enrolled in Yhteinen Askel, with goals, a work trial and personal data. */
async function sotekPath() {
  const code = unique('HARD');
  const goal = `Tavoite ${code}`;
  const unit = `Yksikkö ${code}`;
  const created = await ok('sotek', ['COACH'], 'mutation ($code: String!) { createClient(input: { code: $code, personal: { fullName: "Testi Henkilö" } }) { id } }', { code });
  const clientId = created.createClient.id as string;
  const enrolled = await ok('sotek', ['COACH'], 'mutation ($c: ID!, $p: ID!) { enrolClient(input: { clientId: $c, projectId: $p, startedOn: "2026-11-02" }) { id } }', { c: clientId, p: yhteinen });
  const enrolmentId = enrolled.enrolClient.id as string;
  await ok('sotek', ['COACH'], 'mutation ($e: ID!, $g: String!) { recordInitialAssessment(input: { enrolmentId: $e, assessedOn: "2026-11-03", summary: "Alkuarvio.", goals: [$g] }) { assessedOn } }', { e: enrolmentId, g: goal });
  await ok('sotek', ['COACH'], 'mutation ($e: ID!, $u: String!) { recordActivity(input: { enrolmentId: $e, kind: WORK_TRIAL, title: "Työkokeilu", unitName: $u, completedOn: "2026-11-04" }) { id } }', { e: enrolmentId, u: unit });
  // A coach reads the client's personal data: the access log gets a row about this client.
  await ok('sotek', ['COACH'], 'query ($e: ID!) { enrolment(id: $e) { client { personal { fullName } } } }', { e: enrolmentId });
  return { code, goal, unit, clientId, enrolmentId };
}

describe('finding 1: roles read client path data they must not', () => {
  it('a data protection officer sees a logged client by id and code only: no enrolments, goals, work-trial units or consents', async () => {
    const path = await sotekPath();
    const ids = 'client { id code }';
    const idsOnly = await as('sotek', ['DATA_PROTECTION_OFFICER'], `query ($c: ID!) { personalDataAccessLog(filter: { clientId: $c }, first: 5) { nodes { ${ids} } } clientAccessReport(clientId: $c) { ${ids} } }`, { c: path.clientId });
    expect(idsOnly.errors).toBeUndefined();
    expect(idsOnly.data.clientAccessReport.client).toEqual({ id: path.clientId, code: path.code });
    expect(idsOnly.data.personalDataAccessLog.nodes[0].client).toEqual({ id: path.clientId, code: path.code });
    // Anything beyond is refused (and the refused non-null list takes the client with it).
    const nested = 'client { id code enrolments { goals { title } activities { unitName } } consents { id } }';
    const log = await as('sotek', ['DATA_PROTECTION_OFFICER'], `query ($c: ID!) { personalDataAccessLog(filter: { clientId: $c }, first: 5) { nodes { ${nested} } } }`, { c: path.clientId });
    const report = await as('sotek', ['DATA_PROTECTION_OFFICER'], `query ($c: ID!) { clientAccessReport(clientId: $c) { ${nested} } }`, { c: path.clientId });
    for (const response of [log, report]) {
      const text = JSON.stringify(response.data);
      expect(text).not.toContain(path.goal);
      expect(text).not.toContain(path.unit);
      expect(codesOf(response).length).toBeGreaterThan(0);
      expect(new Set(codesOf(response))).toEqual(new Set(['FORBIDDEN']));
    }
    // The organisation's admin, who may also read the log, works with clients and still sees the path.
    const asAdmin = await as('sotek', ['ORG_ADMIN'], `query ($c: ID!) { clientAccessReport(clientId: $c) { ${nested} } }`, { c: path.clientId });
    expect(asAdmin.errors).toBeUndefined();
    expect(JSON.stringify(asAdmin.data)).toContain(path.goal);
  });

  it("a data protection officer sees the referral behind a logged read by id and status only: no decline reason, history or enrolments", async () => {
    const referral = await admin(async (db) => (await db.query(`SELECT id FROM journeys.referral WHERE sender_org_id = $1 AND receiver_org_id = $2 AND status = 'SENT' LIMIT 1`, [org.sotek, org.kuntoutussaatio])).rows[0].id);
    // The receiver reads the shared data: Sotek's log gets a row naming the referral.
    await ok('kuntoutussaatio', ['COACH'], 'query ($id: ID!) { referral(id: $id) { sharedClient { fullName } } }', { id: referral });
    const document = (selection: string) =>
      `query ($o: ID!) { personalDataAccessLog(filter: { actorOrganisationId: $o }, first: 1) { nodes { referral { id status ${selection} } } } }`;
    const idsOnly = await as('sotek', ['DATA_PROTECTION_OFFICER'], document(''), { o: org.kuntoutussaatio });
    expect(idsOnly.errors).toBeUndefined();
    expect(idsOnly.data.personalDataAccessLog.nodes[0].referral).toEqual({ id: referral, status: 'SENT' });
    for (const selection of ['declineReason', 'events { actorSubject reason }', 'fromEnrolment { id }']) {
      const refused = await as('sotek', ['DATA_PROTECTION_OFFICER'], document(selection), { o: org.kuntoutussaatio });
      expect({ selection, codes: codesOf(refused) }).toEqual({ selection, codes: ['FORBIDDEN'] });
    }
  });

  it.each(['COORDINATOR', 'FUNDER', 'PLATFORM_ADMIN', 'DATA_PROTECTION_OFFICER'] as const)(
    "%s gets no Client, Enrolment or Referral of its own organisation through journeys' _entities",
    async (role) => {
      const path = await sotekPath();
      const referral = await admin(async (db) => (await db.query(`SELECT id FROM journeys.referral WHERE sender_org_id = $1 LIMIT 1`, [org.sotek])).rows[0].id);
      const response = await as(
        'sotek',
        [role],
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { code } ... on Enrolment { phase goals { title } } ... on Referral { status } } }',
        { r: [{ __typename: 'Client', id: path.clientId }, { __typename: 'Enrolment', id: path.enrolmentId }, { __typename: 'Referral', id: referral }] },
        { projects: role === 'COORDINATOR' || role === 'FUNDER' ? ['yhteinen-askel'] : [], url: platform.subgraphUrls.journeys },
      );
      expect(response.data?._entities ?? [null, null, null]).toEqual([null, null, null]);
      expect(codesOf(response)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      // Organisation staff still resolve their own entities.
      const coach = await as('sotek', ['COACH'], 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { code } } }', { r: [{ __typename: 'Client', id: path.clientId }] }, { url: platform.subgraphUrls.journeys });
      expect(coach.data?._entities).toEqual([{ code: path.code }]);
    },
  );
});

describe('finding 5: roles outlive what granted them', () => {
  it("a FUNDER's pooled access ends when its organisation leaves the project", async () => {
    const project = (await ok('sotek', ['PLATFORM_ADMIN'], 'mutation ($s: String!, $l: ID!) { createProject(input: { slug: $s, name: "Rahoitettu", leadOrganisationId: $l }) { id } }', { s: unique('rahoitus').toLowerCase(), l: org.sotek })).createProject.id;
    const invitation = (await ok('sotek', ['ORG_ADMIN'], 'mutation ($p: ID!, $o: ID!) { invitePartner(projectId: $p, organisationId: $o) { id } }', { p: project, o: org.kalliola })).invitePartner.id;
    await ok('kalliola', ['ORG_ADMIN'], 'mutation ($id: ID!) { acceptPartnership(id: $id) { id } }', { id: invitation });
    await ok('kalliola', ['ORG_ADMIN'], 'mutation ($id: ID!) { endPartnership(id: $id) { id } }', { id: invitation });
    const slug = await admin(async (db) => (await db.query('SELECT slug FROM partners.project WHERE id = $1', [project])).rows[0].slug);
    const metrics = await as('kalliola', ['FUNDER'], 'query ($p: ID!) { projectMetrics(projectId: $p, view: POOLED, from: "2026-01-01", to: "2026-12-31", granularity: YEAR) { exits { value } } }', { p: project }, { projects: [slug] });
    expect(codesOf(metrics)).toEqual(['UNAUTHENTICATED']);
  });

  it.each(['COORDINATOR', 'FUNDER'] as const)("a partner's ORG_ADMIN cannot appoint its own staff %s of a project it does not lead", async (role) => {
    const staff = await ok('kalliola', ['ORG_ADMIN'], '{ organisation(slug: "kalliola") { staff { id } } }');
    const staffMemberId = staff.organisation.staff[0].id;
    const granted = await as('kalliola', ['ORG_ADMIN'], `mutation ($s: ID!, $p: ID!) { grantStaffRole(staffMemberId: $s, role: ${role}, projectId: $p) { id } }`, { s: staffMemberId, p: yhteinen });
    expect(codesOf(granted)).toEqual(['FORBIDDEN']);
    const held = await admin(async (db) => (await db.query('SELECT count(*)::int AS n FROM partners.staff_role WHERE staff_member_id = $1 AND role = $2 AND project_id = $3', [staffMemberId, role, yhteinen])).rows[0].n);
    expect(held).toBe(0);
  });

  it("a deactivated organisation's staff are refused everywhere", async () => {
    const slug = unique('lakkautettu').toLowerCase();
    const created = await ok('sotek', ['PLATFORM_ADMIN'], 'mutation ($s: String!) { createOrganisation(input: { slug: $s, name: "Lakkautettu ry", kind: ASSOCIATION }) { id } }', { s: slug });
    await ok('sotek', ['PLATFORM_ADMIN'], 'mutation ($id: ID!) { updateOrganisation(id: $id, input: { active: false }) { id } }', { id: created.createOrganisation.id });
    const clients = await as(slug, ['COACH'], '{ clients(first: 1) { nodes { id } } }');
    const me = await as(slug, ['ORG_ADMIN'], '{ me { subject } }');
    expect(codesOf(clients)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(me)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('finding 6: audit gaps', () => {
  const logRows = (clientId: string) =>
    admin(async (db) => (await db.query('SELECT * FROM journeys.personal_data_access WHERE client_id = $1 ORDER BY id', [clientId])).rows);

  it('goals, activity titles and the work-trial unit are logged when read', async () => {
    const path = await sotekPath();
    const before = (await logRows(path.clientId)).length;
    const read = await ok('sotek', ['COACH'], 'query ($e: ID!) { enrolment(id: $e) { goals { title } activities { title unitName } } }', { e: path.enrolmentId });
    expect(JSON.stringify(read)).toContain(path.unit);
    const fields = (await logRows(path.clientId)).slice(before).flatMap((row) => row.fields);
    expect(fields.sort()).toEqual(['activity.title', 'activity.unitName', 'goal.title']);
  });

  it('a `personal { __typename }` probe is logged', async () => {
    const path = await sotekPath();
    const before = (await logRows(path.clientId)).length;
    const probe = await ok('sotek', ['COACH'], 'query ($e: ID!) { enrolment(id: $e) { client { personal { __typename } } } }', { e: path.enrolmentId });
    expect(probe.enrolment.client.personal).toEqual({ __typename: 'ClientPersonalData' });
    expect((await logRows(path.clientId)).slice(before).map((row) => row.fields)).toEqual([['personal']]);
  });

  it("stores a request id made by the server, and the caller's x-request-id only as its correlation id", async () => {
    const path = await sotekPath();
    const before = (await logRows(path.clientId)).length;
    const forged = 'audit-forged-request-id';
    await as('sotek', ['COACH'], 'query ($e: ID!) { enrolment(id: $e) { client { personal { fullName } } } }', { e: path.enrolmentId }, { headers: { 'x-request-id': forged } });
    const rows = (await logRows(path.clientId)).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0].request_id).not.toBe(forged);
    expect(rows[0].request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0].correlation_id).toBe(forged);
  });
});

describe('finding 7: database rules, as the service roles', () => {
  it('the lead cannot insert a partner row that is already ACCEPTED', async () => {
    const project = (await ok('sotek', ['PLATFORM_ADMIN'], 'mutation ($s: String!, $l: ID!) { createProject(input: { slug: $s, name: "Kättely", leadOrganisationId: $l }) { id } }', { s: unique('kattely').toLowerCase(), l: org.sotek })).createProject.id;
    const failure = await asServiceRole(
      'partners',
      { org: org.sotek },
      `INSERT INTO partners.project_partner (project_id, organisation_id, role, status, joined_on) VALUES ($1, $2, 'IMPLEMENTER', 'ACCEPTED', current_date)`,
      [project, org.kalliola],
    );
    expect(failure).toMatch(/starts as an invitation/);
  });

  it("a partner cannot create another project's outcome settings first", async () => {
    const project = (await ok('sotek', ['PLATFORM_ADMIN'], 'mutation ($s: String!, $l: ID!) { createProject(input: { slug: $s, name: "Asetukset", leadOrganisationId: $l }) { id } }', { s: unique('asetukset').toLowerCase(), l: org.sotek })).createProject.id;
    const failure = await asServiceRole('outcomes', { org: org.kalliola }, `INSERT INTO outcomes.project_setting (project_id, org_id, min_cell_size) VALUES ($1, $2, 50)`, [project, org.kalliola]);
    expect(failure).toMatch(/row-level security/);
    const asLead = await asServiceRole('outcomes', { org: org.sotek }, `INSERT INTO outcomes.project_setting (project_id, org_id, min_cell_size) VALUES ($1, $2, 10)`, [project, org.sotek]);
    expect(asLead).toBeNull();
  });

  it("an assessment carrying another organisation's enrolment id leaves that organisation's soft_change alone", async () => {
    const victim = await admin(async (db) => (await db.query('SELECT org_id, enrolment_id, instrument_id, project_id, assessments, last_on::text, last_mean::text FROM outcomes.soft_change ORDER BY enrolment_id LIMIT 1')).rows[0]);
    expect(victim).toBeTruthy();
    const attacker = victim.org_id === org.sotek ? org['valo-valmennus']! : org.sotek;
    const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [attacker]);
      await client
        .query(
          `INSERT INTO outcomes.assessment (org_id, enrolment_id, project_id, instrument_id, assessed_on, time_point, mean_score) VALUES ($1, $2, $3, $4, '2099-01-01', 'OTHER', 1)`,
          [attacker, victim.enrolment_id, victim.project_id, victim.instrument_id],
        )
        .catch(() => undefined);
      await client.query('COMMIT').catch(() => client.query('ROLLBACK'));
    } finally {
      await client.end();
    }
    const after = await admin(async (db) => (await db.query('SELECT org_id, enrolment_id, instrument_id, project_id, assessments, last_on::text, last_mean::text FROM outcomes.soft_change WHERE enrolment_id = $1 AND instrument_id = $2 AND org_id = $3', [victim.enrolment_id, victim.instrument_id, victim.org_id])).rows[0]);
    expect(after).toEqual(victim);
  });

  it("the receiver cannot move a referral's answer deadline", async () => {
    const referral = await admin(async (db) => (await db.query(`SELECT id FROM journeys.referral WHERE sender_org_id = $1 AND receiver_org_id = $2 AND status = 'SENT' LIMIT 1`, [org.sotek, org.kuntoutussaatio])).rows[0].id);
    const failure = await asServiceRole('journeys', { org: org.kuntoutussaatio }, `UPDATE journeys.referral SET answer_by = answer_by + interval '5 years' WHERE id = $1`, [referral]);
    expect(failure).toMatch(/deadline/);
  });

  it("a referral event cannot name another actor than the caller", async () => {
    const referral = await admin(async (db) => (await db.query(`SELECT id, sender_org_id, receiver_org_id FROM journeys.referral WHERE sender_org_id = $1 LIMIT 1`, [org.sotek])).rows[0]);
    const insert = `INSERT INTO journeys.referral_event (referral_id, sender_org_id, receiver_org_id, from_status, to_status, actor_subject, actor_org_id) VALUES ($1, $2, $3, 'DRAFT', 'DRAFT', $4, $2)`;
    const params = (actor: string) => [referral.id, referral.sender_org_id, referral.receiver_org_id, actor];
    expect(await asServiceRole('journeys', { org: org.sotek, subject: 'coach@sotek' }, insert, params('someone-else@sotek'))).toMatch(/row-level security/);
    expect(await asServiceRole('journeys', { org: org.sotek, subject: 'coach@sotek' }, insert, params('coach@sotek'))).toBeNull();
  });
});

describe('finding 8: the two-implementer rule holds after activation', () => {
  it('moving startsOn to 2023, activating alone and moving it back is refused', async () => {
    const programme = await admin(async (db) => (await db.query('SELECT id, funder_id FROM partners.funding_programme WHERE employment_policy LIMIT 1')).rows[0]);
    const project = (
      await ok('sotek', ['PLATFORM_ADMIN'], 'mutation ($s: String!, $l: ID!, $f: ID!, $g: ID!) { createProject(input: { slug: $s, name: "Yksin", leadOrganisationId: $l, funderId: $f, programmeId: $g, startsOn: "2023-06-01" }) { id } }', {
        s: unique('yksin').toLowerCase(),
        l: org.sotek,
        f: programme.funder_id,
        g: programme.id,
      })
    ).createProject.id;
    await ok('sotek', ['ORG_ADMIN'], 'mutation ($id: ID!) { changeProjectStatus(id: $id, status: ACTIVE) { id } }', { id: project });
    const moved = await as('sotek', ['ORG_ADMIN'], 'mutation ($id: ID!) { updateProject(id: $id, input: { startsOn: "2025-01-01" }) { startsOn } }', { id: project });
    expect(codesOf(moved)).toEqual(['CONFLICT']);
    expect(moved.errors?.[0]?.extensions?.rule).toBe('JOINT_PROJECT_NEEDS_TWO_IMPLEMENTERS');
    // And in the database, as the service role.
    const failure = await asServiceRole('partners', { org: org.sotek }, `UPDATE partners.project SET starts_on = '2025-01-01' WHERE id = $1`, [project]);
    expect(failure).toMatch(/two implementing organisations/);
  });
});

describe('finding 3: list inputs have a maximum', () => {
  it(`110,000 goals in one recordInitialAssessment are refused with BAD_USER_INPUT before any is written (at most ${MAX_LIST_INPUT})`, async () => {
    const path = await sotekPath();
    const fresh = (await ok('sotek', ['COACH'], 'mutation ($c: ID!, $p: ID!) { enrolClient(input: { clientId: $c, projectId: $p, startedOn: "2026-11-05" }) { id } }', { c: path.clientId, p: yhteinen })).enrolClient.id;
    // Short goals, as in the report: the request stays under the 1 MB body limit and reaches the resolver.
    const goals = Array.from({ length: 110_000 }, (_, i) => String(i % 10));
    await platform.tokenFor('kalliola', ['COACH']);
    const started = performance.now();
    // Measured for the report (speed targets live in the bench): another organisation's trivial read at the same time.
    const [response, other] = await Promise.all([
      as('sotek', ['COACH'], 'mutation ($e: ID!, $g: [String!]!) { recordInitialAssessment(input: { enrolmentId: $e, assessedOn: "2026-11-06", summary: "x", goals: $g }) { assessedOn } }', { e: fresh, g: goals }).then(
        (r) => ({ ...r, ms: performance.now() - started }),
      ),
      as('kalliola', ['COACH'], '{ clients(first: 1) { nodes { code } } }').then((r) => ({ ...r, ms: performance.now() - started })),
    ]);
    console.info(`110,000 goals answered in ${Math.round(response.ms)} ms; Kalliola's concurrent clients query in ${Math.round(other.ms)} ms`);
    expect(other.errors).toBeUndefined();
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    // The gateway refuses it before planning and names the variable; a subgraph reached directly names the argument (kit input-limits test).
    expect(response.errors?.[0]?.extensions).toMatchObject({ variable: '$g', reason: 'TOO_MANY_ITEMS' });
    const written = await admin(async (db) => (await db.query('SELECT count(*)::int AS n FROM journeys.goal WHERE enrolment_id = $1', [fresh])).rows[0].n);
    expect(written).toBe(0);
    // The maximum itself is accepted.
    const atMost = await as('sotek', ['COACH'], 'mutation ($e: ID!, $g: [String!]!) { recordInitialAssessment(input: { enrolmentId: $e, assessedOn: "2026-11-06", summary: "x", goals: $g }) { assessedOn } }', { e: fresh, g: goals.slice(0, MAX_LIST_INPUT) });
    expect(atMost.errors).toBeUndefined();
  });
});
