import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@polku/kit';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Errors never leak (docs/authorization.md, "Errors"): for private data, "not
 * found" and "not yours" give the same answer; no error carries SQL, a stack
 * or another organisation's values; unexpected errors are masked, in
 * development and in production mode.
 */

let platform: TestPlatform;
const ids: Record<string, string> = {};
/** A complete set of item scores for the first instrument. */
let scores: Array<{ itemId: string; score: number }> = [];
/** Values of sotek's private rows that no other organisation may ever see. */
let sotekSecrets: string[] = [];
const tokens = new Map<string, Promise<string>>();
/** Every response this file gets, for the hygiene checks at the end. */
const seen: Array<{ organisation: string; request: string; response: GraphQLResponse }> = [];

const as = (organisation: string, role: Role) => {
  const key = `${organisation}/${role}`;
  if (!tokens.has(key)) tokens.set(key, platform.tokenFor(organisation, [role]));
  return tokens.get(key)!;
};

async function ask(organisation: string, role: Role, query: string, variables: Record<string, unknown> = {}, target = platform) {
  const response = await target.graphql(query, { token: await as(organisation, role), variables });
  seen.push({ organisation, request: JSON.stringify({ query, variables }), response });
  return response;
}

/** What a caller learns from an answer: everything but the request id. */
const answer = (response: GraphQLResponse) => ({ status: response.status, data: response.data, errors: response.errors });

beforeAll(async () => {
  platform = await bootPlatform();
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola']) ids[slug] = await platform.organisationId(slug);
  await withAdminClient(platform.adminUrl, async (db) => {
    const one = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].id as string;
    ids.client = await one(`SELECT id FROM journeys.client WHERE org_id = $1 AND code = 'SOT-0004'`, [ids.sotek]);
    ids.enrolment = await one('SELECT id FROM journeys.enrolment WHERE client_id = $1', [ids.client]);
    ids.consent = await one('SELECT id FROM journeys.consent WHERE client_id = $1', [ids.client]);
    ids.sentReferral = await one(`SELECT id FROM journeys.referral WHERE sender_org_id = $1 AND receiver_org_id = $2`, [ids.sotek, ids.kuntoutussaatio]);
    ids.draftReferral = await one(`SELECT id FROM journeys.referral WHERE sender_org_id = $1 AND receiver_org_id = $2`, [ids.sotek, ids.kalliola]);
    ids.exit = await one('SELECT id FROM outcomes.exit_outcome WHERE org_id = $1 LIMIT 1', [ids.sotek]);
    ids.followUp = await one('SELECT id FROM outcomes.follow_up WHERE org_id = $1 AND completed_on IS NULL LIMIT 1', [ids.sotek]);
    ids.staff = await one(`SELECT id FROM partners.staff_member WHERE subject = 'supervisor@sotek'`, []);
    ids.yhteinen = await one(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`, []);
    ids.kuntoutussaatioOffering = await one(`SELECT id FROM partners.service_offering WHERE organisation_id = $1 AND project_id = $2 LIMIT 1`, [ids.kuntoutussaatio, ids.yhteinen]);
    const secrets = await db.query(
      `SELECT id::text AS v FROM journeys.client WHERE org_id = $1 UNION ALL SELECT code FROM journeys.client WHERE org_id = $1
       UNION ALL SELECT id::text FROM journeys.enrolment WHERE org_id = $1 AND project_id = $2
       UNION ALL SELECT full_name FROM journeys.client_personal WHERE org_id = $1 UNION ALL SELECT contact FROM journeys.client_personal WHERE org_id = $1
       UNION ALL SELECT name FROM partners.staff_member WHERE org_id = $1 UNION ALL SELECT email FROM partners.staff_member WHERE org_id = $1 AND email IS NOT NULL`,
      [ids.sotek, ids.yhteinen],
    );
    sotekSecrets = secrets.rows.map((r) => r.v as string);
  });
  // A goal and an assessment of sotek's, through the API as its coach would.
  await ask('sotek', 'COACH', 'mutation ($id: ID!) { recordInitialAssessment(input: { enrolmentId: $id, assessedOn: "2026-11-01", summary: "Alkuarvio.", goals: ["Työpaikka"] }) { assessedOn } }', {
    id: ids.enrolment,
  });
  const goals = await ask('sotek', 'COACH', 'query ($id: ID!) { enrolment(id: $id) { goals { id } } }', { id: ids.enrolment });
  ids.goal = goals.data.enrolment.goals[0].id;
  sotekSecrets.push(ids.goal);
}, 60_000);
afterAll(() => platform?.stop());

/**
 * Operations on one private row by id, asked by staff of another
 * organisation: `id` is the row's id (sotek's) or an id that exists nowhere.
 */
const byId: Array<{ name: string; caller: [string, Role]; query: string; variables: (id: string) => Record<string, unknown>; target: () => string }> = [
  { name: 'enrolment(id)', caller: ['kalliola', 'COACH'], query: 'query ($id: ID!) { enrolment(id: $id) { id } }', variables: (id) => ({ id }), target: () => ids.enrolment! },
  { name: 'referral(id) between two other organisations', caller: ['kalliola', 'COACH'], query: 'query ($id: ID!) { referral(id: $id) { id } }', variables: (id) => ({ id }), target: () => ids.sentReferral! },
  { name: 'referral(id) addressed to the caller but not sent', caller: ['kalliola', 'COACH'], query: 'query ($id: ID!) { referral(id: $id) { id } }', variables: (id) => ({ id }), target: () => ids.draftReferral! },
  { name: 'movePhase', caller: ['kalliola', 'COACH'], query: 'mutation ($id: ID!) { movePhase(enrolmentId: $id, to: TRANSITION) { id } }', variables: (id) => ({ id }), target: () => ids.enrolment! },
  {
    name: 'recordInitialAssessment',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!) { recordInitialAssessment(input: { enrolmentId: $id, assessedOn: "2026-11-02", summary: "x", goals: [] }) { assessedOn } }',
    variables: (id) => ({ id }),
    target: () => ids.enrolment!,
  },
  {
    name: 'recordCoachingSession',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!) { recordCoachingSession(input: { enrolmentId: $id, kind: INDIVIDUAL, heldOn: "2026-11-02", minutes: 30 }) { id } }',
    variables: (id) => ({ id }),
    target: () => ids.enrolment!,
  },
  {
    name: 'recordActivity',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!) { recordActivity(input: { enrolmentId: $id, kind: WORK_TRIAL, title: "x", completedOn: "2026-11-02" }) { id } }',
    variables: (id) => ({ id }),
    target: () => ids.enrolment!,
  },
  {
    name: 'writeReport',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!) { writeReport(input: { enrolmentId: $id, kind: START, writtenOn: "2026-11-02", summary: "x" }) { id } }',
    variables: (id) => ({ id }),
    target: () => ids.enrolment!,
  },
  {
    name: 'recordGroupActivity (a participant)',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($p: ID!, $id: ID!) { recordGroupActivity(input: { projectId: $p, kind: GROUP_COACHING, title: "x", heldOn: "2026-11-02", minutes: 60, participantEnrolmentIds: [$id] }) { id } }',
    variables: (id) => ({ id, p: ids.yhteinen }),
    target: () => ids.enrolment!,
  },
  { name: 'setGoalStatus', caller: ['kalliola', 'COACH'], query: 'mutation ($id: ID!) { setGoalStatus(goalId: $id, status: ACHIEVED) { id } }', variables: (id) => ({ id }), target: () => ids.goal! },
  {
    name: 'enrolClient',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!, $p: ID!) { enrolClient(input: { clientId: $id, projectId: $p, startedOn: "2026-11-02" }) { id } }',
    variables: (id) => ({ id, p: ids.yhteinen }),
    target: () => ids.client!,
  },
  {
    name: 'recordConsent',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!, $r: ID!, $p: ID!) { recordConsent(input: { clientId: $id, purpose: REFERRAL, recipientOrganisationId: $r, projectId: $p, dataCategories: [NAME] }) { id } }',
    variables: (id) => ({ id, r: ids.kuntoutussaatio, p: ids.yhteinen }),
    target: () => ids.client!,
  },
  { name: 'withdrawConsent by a third organisation', caller: ['kalliola', 'COACH'], query: 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', variables: (id) => ({ id }), target: () => ids.consent! },
  { name: 'withdrawConsent by its recipient', caller: ['kuntoutussaatio', 'COACH'], query: 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', variables: (id) => ({ id }), target: () => ids.consent! },
  {
    name: 'createReferral',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!, $s: ID!, $c: ID!) { createReferral(input: { enrolmentId: $id, serviceOfferingId: $s, consentId: $c }) { id } }',
    variables: (id) => ({ id, s: ids.kuntoutussaatioOffering, c: ids.consent }),
    target: () => ids.enrolment!,
  },
  ...(['sendReferral', 'withdrawReferral', 'acceptReferral', 'completeReferral'] as const).map((move) => ({
    name: `${move} by a third organisation`,
    caller: ['kalliola', 'COACH'] as [string, Role],
    query: `mutation ($id: ID!) { ${move}(referralId: $id) { id } }`,
    variables: (id: string) => ({ id }),
    target: () => ids.sentReferral!,
  })),
  { name: 'declineReferral by a third organisation', caller: ['kalliola', 'COACH'], query: 'mutation ($id: ID!) { declineReferral(referralId: $id, reason: "x") { id } }', variables: (id) => ({ id }), target: () => ids.sentReferral! },
  { name: 'acceptReferral of a draft by its receiver', caller: ['kalliola', 'COACH'], query: 'mutation ($id: ID!) { acceptReferral(referralId: $id) { id } }', variables: (id) => ({ id }), target: () => ids.draftReferral! },
  {
    name: 'openEnrolmentFromReferral by a third organisation',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!) { openEnrolmentFromReferral(input: { referralId: $id, clientCode: "KAL-9999", startedOn: "2026-11-02" }) { id } }',
    variables: (id) => ({ id }),
    target: () => ids.sentReferral!,
  },
  {
    name: 'recordExit',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!) { recordExit(input: { enrolmentId: $id, exitDate: "2026-11-02", destination: EMPLOYED_OPEN_MARKET }) { id } }',
    variables: (id) => ({ id }),
    target: () => ids.enrolment!,
  },
  {
    name: 'completeFollowUp',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!) { completeFollowUp(input: { followUpId: $id, completedOn: "2026-11-02", foundDestination: EMPLOYED_OPEN_MARKET }) { id } }',
    variables: (id) => ({ id }),
    target: () => ids.followUp!,
  },
  {
    name: 'recordAssessment',
    caller: ['kalliola', 'COACH'],
    query: 'mutation ($id: ID!, $i: ID!, $s: [ItemScoreInput!]!) { recordAssessment(input: { enrolmentId: $id, instrumentId: $i, assessedOn: "2026-11-02", timePoint: MID, scores: $s }) { id } }',
    variables: (id) => ({ id, i: ids.instrument, s: scores }),
    target: () => ids.enrolment!,
  },
  { name: 'updateStaffMember', caller: ['kalliola', 'ORG_ADMIN'], query: 'mutation ($id: ID!) { updateStaffMember(id: $id, input: { name: "x" }) { id } }', variables: (id) => ({ id }), target: () => ids.staff! },
  { name: 'grantStaffRole', caller: ['kalliola', 'ORG_ADMIN'], query: 'mutation ($id: ID!) { grantStaffRole(staffMemberId: $id, role: COACH) { id } }', variables: (id) => ({ id }), target: () => ids.staff! },
  { name: 'revokeStaffRole', caller: ['kalliola', 'ORG_ADMIN'], query: 'mutation ($id: ID!) { revokeStaffRole(staffMemberId: $id, role: COACH) { id } }', variables: (id) => ({ id }), target: () => ids.staff! },
];

describe('"not found" and "not yours" look the same for private data', () => {
  beforeAll(async () => {
    const instruments = await ask('kalliola', 'COACH', '{ instruments { id items { id } } }');
    ids.instrument = instruments.data.instruments[0].id;
    scores = instruments.data.instruments[0].items.map((item: { id: string }) => ({ itemId: item.id, score: 2 }));
  });

  it.each(byId.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    const [organisation, role] = op.caller;
    const notYours = await ask(organisation, role, op.query, op.variables(op.target()));
    const notFound = await ask(organisation, role, op.query, op.variables(randomUUID()));
    expect(answer(notYours)).toEqual(answer(notFound));
    // And the answer is a "nothing there": null for a query, NOT_FOUND for a mutation.
    const code = notYours.errors?.[0]?.extensions?.code;
    if (op.query.startsWith('mutation')) expect(code).toBe('NOT_FOUND');
    else expect(notYours.errors ?? null).toBeNull();
    // The owner does reach the row (the comparison above is not vacuous).
    const owner = await ask('sotek', role, op.query, op.variables(op.target()));
    expect(owner.errors?.[0]?.extensions?.code, JSON.stringify(owner.errors)).not.toBe('NOT_FOUND');
  });

  it('answers null for another organisation\'s private entities and for unknown ids alike, subgraph by subgraph', async () => {
    const entities = async (subgraph: string, typename: string, id: string) =>
      ask('kalliola', 'COACH', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`, { r: [{ __typename: typename, id }] }, {
        ...platform,
        graphql: (query, options) => platform.graphql(query, { ...options, url: platform.subgraphUrls[subgraph] }),
      });
    const cases: Array<[string, string, string]> = [
      ['journeys', 'Client', ids.client!],
      ['journeys', 'Enrolment', ids.enrolment!],
      ['journeys', 'Referral', ids.sentReferral!],
      ['outcomes', 'ExitOutcome', ids.exit!],
      ['outcomes', 'FollowUp', ids.followUp!],
      ['partners', 'StaffMember', ids.staff!],
    ];
    for (const [subgraph, typename, id] of cases) {
      const notYours = await entities(subgraph, typename, id);
      const notFound = await entities(subgraph, typename, randomUUID());
      expect(answer(notYours), `${typename}`).toEqual(answer(notFound));
      expect(notYours.data._entities, `${typename}`).toEqual([null]);
    }
  });
});

describe('errors carry no SQL, stack or internals', () => {
  const badIds = ["x' OR 1=1 --", 'not-a-uuid', '00000000-0000-0000-0000-00000000000g', '1'];

  it('treats malformed ids as ids that do not exist, without a database error', async () => {
    const operations: Array<[Role, string, (id: string) => Record<string, unknown>]> = [
      ['COACH', 'query ($id: ID!) { enrolment(id: $id) { id } }', (id) => ({ id })],
      ['COACH', 'query ($id: ID!) { referral(id: $id) { id } }', (id) => ({ id })],
      ['COACH', 'mutation ($id: ID!) { movePhase(enrolmentId: $id, to: EXITED) { id } }', (id) => ({ id })],
      ['COACH', 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', (id) => ({ id })],
      ['COACH', 'mutation ($id: ID!) { acceptReferral(referralId: $id) { id } }', (id) => ({ id })],
      ['COACH', 'mutation ($id: ID!) { setGoalStatus(goalId: $id, status: DROPPED) { id } }', (id) => ({ id })],
      ['COACH', 'mutation ($id: ID!) { recordExit(input: { enrolmentId: $id, exitDate: "2026-11-02", destination: OTHER }) { id } }', (id) => ({ id })],
      ['COACH', 'mutation ($id: ID!) { completeFollowUp(input: { followUpId: $id, completedOn: "2026-11-02", foundDestination: OTHER }) { id } }', (id) => ({ id })],
      ['COACH', 'query ($id: ID!) { projectOutcomeSettings(projectId: $id) { minimumCellSize } }', (id) => ({ id })],
      ['ORG_ADMIN', 'mutation ($id: ID!) { updateStaffMember(id: $id, input: { name: "x" }) { id } }', (id) => ({ id })],
      ['ORG_ADMIN', 'mutation ($id: ID!) { updateUnit(id: $id, input: { name: "x" }) { id } }', (id) => ({ id })],
      ['ORG_ADMIN', 'mutation ($id: ID!) { acceptPartnership(id: $id) { id } }', (id) => ({ id })],
      ['ORG_ADMIN', 'mutation ($id: ID!) { invitePartner(projectId: $id, organisationId: $id) { id } }', (id) => ({ id })],
    ];
    for (const [role, query, variables] of operations) {
      for (const id of badIds) {
        const response = await ask('sotek', role, query, variables(id));
        const code = response.errors?.[0]?.extensions?.code ?? 'null';
        expect(['NOT_FOUND', 'null'], `${query} with ${id}: ${JSON.stringify(response.errors)}`).toContain(code);
      }
    }
  });

  it('answers a malformed id in createReferral exactly like an unknown one', async () => {
    const offering = await withAdminClient(platform.adminUrl, async (db) =>
      (await db.query(`SELECT id FROM partners.service_offering WHERE organisation_id = $1 AND accepts_referrals LIMIT 1`, [ids.kuntoutussaatio])).rows[0].id as string,
    );
    const create = (enrolmentId: string) =>
      ask('sotek', 'COACH', 'mutation ($e: ID!, $o: ID!, $c: ID!) { createReferral(input: { enrolmentId: $e, serviceOfferingId: $o, consentId: $c }) { id } }', {
        e: enrolmentId,
        o: offering,
        c: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      });
    const malformed = await create('not-an-id');
    const unknown = await create('00000000-0000-4000-8000-000000000000');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(answer(malformed)).toEqual(answer(unknown));
  });

  it('turns broken constraints into typed errors that name no constraint, table or column', async () => {
    const code = `LEAK-${Date.now().toString(36).toUpperCase()}`;
    const responses = [
      // a duplicate client code
      await ask('sotek', 'COACH', 'mutation { createClient(input: { code: "SOT-0001" }) { id } }'),
      // a second initial assessment (primary key)
      await ask('sotek', 'COACH', 'mutation ($id: ID!) { recordInitialAssessment(input: { enrolmentId: $id, assessedOn: "2026-11-02", summary: "x", goals: [] }) { assessedOn } }', { id: ids.enrolment }),
      // a duplicate staff subject in the organisation
      await ask('sotek', 'ORG_ADMIN', 'mutation ($o: ID!) { createStaffMember(input: { organisationId: $o, subject: "coach@sotek", name: "x", title: COACH }) { id } }', { o: ids.sotek }),
      // another organisation's business ID and slug (directory data, unique across the platform)
      await ask('sotek', 'PLATFORM_ADMIN', 'mutation { createOrganisation(input: { slug: "kalliola", name: "x", kind: ASSOCIATION }) { id } }'),
      await ask('sotek', 'PLATFORM_ADMIN', 'mutation ($slug: String!) { createOrganisation(input: { slug: $slug, name: "x", kind: ASSOCIATION, businessId: "0245437-2" }) { id } }', { slug: code.toLowerCase() }),
      // a value outside a CHECK
      await ask('sotek', 'COACH', 'mutation ($id: ID!) { recordCoachingSession(input: { enrolmentId: $id, kind: INDIVIDUAL, heldOn: "2026-11-02", minutes: -5 }) { id } }', { id: ids.enrolment }),
    ];
    for (const response of responses) {
      const error = response.errors?.[0];
      expect(['CONFLICT', 'BAD_USER_INPUT'], JSON.stringify(response.errors)).toContain(error?.extensions?.code);
      expect(JSON.stringify(error), 'no constraint, table or column names').not.toMatch(/_key\b|_pkey\b|_idx\b|_check\b|\bconstraint\b|journeys\.|partners\.|outcomes\.|org_id/i);
    }
  });

  it('answers BAD_USER_INPUT for text Postgres cannot store (a NUL character), in every service', async () => {
    const responses = [
      await ask('sotek', 'COACH', 'mutation ($name: String!) { createClient(input: { code: "NUL-0001", personal: { fullName: $name } }) { id } }', { name: 'Aino\u0000Virtanen' }),
      await ask('sotek', 'ORG_ADMIN', 'mutation ($o: ID!, $name: String!) { createUnit(input: { organisationId: $o, name: $name, kind: OFFICE }) { id } }', { o: ids.sotek, name: 'Paja\u0000' }),
      await ask('sotek', 'COACH', 'mutation ($id: ID!, $title: String!) { recordExit(input: { enrolmentId: $id, exitDate: "2026-11-02", destination: EMPLOYED_OPEN_MARKET, title: $title }) { id } }', {
        id: ids.enrolment,
        title: 'kokki\u0000',
      }),
    ];
    // A referral's free-text reasons, as its sender and its receiver.
    const send = await ask('sotek', 'COACH', 'mutation ($id: ID!) { sendReferral(referralId: $id) { status } }', { id: ids.draftReferral });
    expect(send.data?.sendReferral.status, JSON.stringify(send.errors)).toBe('SENT');
    responses.push(await ask('sotek', 'COACH', 'mutation ($id: ID!, $reason: String) { withdrawReferral(referralId: $id, reason: $reason) { id } }', { id: ids.draftReferral, reason: 'ei\u0000' }));
    responses.push(await ask('kalliola', 'COACH', 'mutation ($id: ID!, $reason: String!) { declineReferral(referralId: $id, reason: $reason) { id } }', { id: ids.draftReferral, reason: 'ei\u0000' }));
    for (const response of responses) expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
    const referral = await ask('sotek', 'COACH', 'query ($id: ID!) { referral(id: $id) { status } }', { id: ids.draftReferral });
    expect(referral.data.referral.status).toBe('SENT');
    // Rolled back: the client was not created.
    const clients = await ask('sotek', 'COACH', '{ clients(codePrefix: "NUL-") { nodes { code } } }');
    expect(clients.data.clients.nodes.map((c: { code: string }) => c.code)).not.toContain('NUL-0001');
  });

  it('refuses NUL in read arguments and in cursors with BAD_USER_INPUT rather than a masked failure', async () => {
    const bySlug = await ask('sotek', 'COACH', 'query ($slug: String!) { organisation(slug: $slug) { id } }', { slug: 'sotek\u0000' });
    expect([bySlug.status, bySlug.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const cursor = Buffer.from(JSON.stringify(['a\u0000', 'b'])).toString('base64url');
    const page = await ask('sotek', 'COACH', 'query ($after: String) { organisations(first: 2, after: $after) { nodes { id } } }', { after: cursor });
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A date that does not exist, in every list paged by date.
    const impossible = Buffer.from(JSON.stringify(['2026-99-99', '1b4e28ba-2fa1-41d2-883f-0016d3cca427'])).toString('base64url');
    for (const list of ['enrolments', 'exitOutcomes', 'overdueFollowUps']) {
      const response = await ask('sotek', 'COACH', `query ($after: String) { ${list}(first: 2, after: $after) { nodes { id } } }`, { after: impossible });
      expect({ list, code: response.errors?.[0]?.extensions?.code }).toEqual({ list, code: 'BAD_USER_INPUT' });
    }
  });

  it('masks an unexpected database failure as a bare internal error, and the service stays up', async () => {
    await withAdminClient(platform.adminUrl, (db) => db.query('REVOKE SELECT ON journeys.client FROM journeys_app'));
    try {
      const response = await ask('sotek', 'COACH', '{ clients { nodes { id code } } }');
      expect(response.errors).toEqual([{ message: 'Internal server error', path: ['clients'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);

    } finally {
      await withAdminClient(platform.adminUrl, (db) => db.query('GRANT SELECT ON journeys.client TO journeys_app'));
    }
    const again = await ask('sotek', 'COACH', '{ clients { nodes { code } } }');
    expect(again.errors).toBeUndefined();
  });

  it('no answer in this file carried SQL, a stack, a file path, or sotek values another organisation did not send', () => {
    expect(seen.length).toBeGreaterThan(100);
    const sql = /\b(select|insert into|update \w+ set|delete from|violates|duplicate key|relation "|syntax error|invalid input syntax|current_setting|set_config)\b/i;
    const stack = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|stacktrace|exception/i;
    for (const { request, response } of seen) {
      const errors = JSON.stringify(response.errors ?? []);
      expect(errors, request).not.toMatch(sql);
      expect(errors, request).not.toMatch(stack);
      expect(response.status, request).toBeLessThan(500);
    }
    const foreign = seen.filter(({ organisation }) => organisation !== 'sotek');
    expect(foreign.length).toBeGreaterThan(50);
    for (const { organisation, request, response } of foreign) {
      const text = JSON.stringify(response);
      const leaked = sotekSecrets.filter((secret) => text.includes(secret) && !request.includes(secret));
      expect(leaked, `${organisation}: ${request}`).toEqual([]);
    }
  });
});

describe('production mode (NODE_ENV=production)', () => {
  let production: TestPlatform;
  let sotekEnrolment: string;
  const token = (organisation: string, role: Role) => production.tokenFor(organisation, [role]);

  beforeAll(async () => {
    production = await bootPlatform({ production: true });
    const sotek = await production.organisationId('sotek');
    sotekEnrolment = await withAdminClient(production.adminUrl, async (db) => (await db.query('SELECT id FROM journeys.enrolment WHERE org_id = $1 LIMIT 1', [sotek])).rows[0].id);
  }, 60_000);
  afterAll(() => production?.stop());

  it('masks an unexpected database failure as a bare internal error', async () => {
    await withAdminClient(production.adminUrl, (db) => db.query('REVOKE SELECT ON outcomes.exit_outcome FROM outcomes_app'));
    try {
      const response = await production.graphql('{ exitOutcomes { nodes { id destination } } }', { token: await token('sotek', 'COACH') });
      expect(response.errors).toEqual([{ message: 'Internal server error', path: ['exitOutcomes'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(response)).not.toMatch(/permission|denied|exit_outcome|select/i);
    } finally {
      await withAdminClient(production.adminUrl, (db) => db.query('GRANT SELECT ON outcomes.exit_outcome TO outcomes_app'));
    }
  });

  it('answers "not yours" exactly like "not found"', async () => {
    const kalliola = await token('kalliola', 'COACH');
    for (const query of ['query ($id: ID!) { enrolment(id: $id) { id } }', 'mutation ($id: ID!) { movePhase(enrolmentId: $id, to: EXITED) { id } }']) {
      const notYours = await production.graphql(query, { token: kalliola, variables: { id: sotekEnrolment } });
      const notFound = await production.graphql(query, { token: kalliola, variables: { id: randomUUID() } });
      expect(answer(notYours)).toEqual(answer(notFound));
    }
  });

  it('suggests no field names and refuses introspection', async () => {
    const coach = await token('sotek', 'COACH');
    const typo = await production.graphql('{ organisatio(slug: "sotek") { id } }', { token: coach });
    expect(typo.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean|organisation/i);
    const introspection = await production.graphql('{ __schema { types { name } } }', { token: coach });
    expect(introspection.data?.__schema).toBeUndefined();
    expect(introspection.errors?.length).toBeGreaterThan(0);
  });
});
