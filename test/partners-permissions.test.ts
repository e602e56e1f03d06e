import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@polku/kit';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Every partners mutation, tried by the right caller (allowed), by a caller
 * without the role (FORBIDDEN) and by the admin of another organisation
 * (FORBIDDEN for directory data; NOT_FOUND for staff, which another
 * organisation cannot see at all). Then the same limits one level down, in
 * the database, as the service's own login role.
 */
let platform: TestPlatform;
const ids: Record<string, string> = {};
const tokenCache = new Map<string, string>();

async function as(organisation: string, role: Role) {
  const key = `${organisation}/${role}`;
  if (!tokenCache.has(key)) tokenCache.set(key, await platform.tokenFor(organisation, [role]));
  return tokenCache.get(key)!;
}

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code ?? 'OK';

beforeAll(async () => {
  platform = await bootPlatform();
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola', 'valo-valmennus']) ids[slug] = await platform.organisationId(slug);
  const token = await as('sotek', 'ORG_ADMIN');
  const directory = await platform.graphql(
    `{ yhteinen: project(slug: "yhteinen-askel") { id partnerships { id organisation { slug } } }
       sotek: organisation(slug: "sotek") { units { id } serviceOfferings { id } staff { id subject } }
       kalliola: organisation(slug: "kalliola") { units { id } serviceOfferings { id } }
       funders(kind: STEA) { nodes { id } } }`,
    { token },
  );
  ids.yhteinen = directory.data.yhteinen.id;
  ids.kalliolaPartnership = directory.data.yhteinen.partnerships.find((p: any) => p.organisation.slug === 'kalliola').id;
  ids.sotekUnit = directory.data.sotek.units[0].id;
  ids.kalliolaUnit = directory.data.kalliola.units[0].id;
  ids.sotekOffering = directory.data.sotek.serviceOfferings[0].id;
  ids.kalliolaOffering = directory.data.kalliola.serviceOfferings[0].id;
  ids.sotekSupervisor = directory.data.sotek.staff.find((s: any) => s.subject === 'supervisor@sotek').id;
  ids.stea = directory.data.funders.nodes[0].id;
});
afterAll(() => platform?.stop());

let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}`;

/** A fresh project led by sotek, for mutations that change or consume one. */
async function newSotekProject() {
  const response = await platform.graphql('mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
    token: await as('sotek', 'PLATFORM_ADMIN'),
    variables: { input: { slug: unique('hanke'), name: 'Testihanke', leadOrganisationId: ids.sotek } },
  });
  return response.data.createProject.id as string;
}

/** An invitation from sotek's project to `organisation`. */
async function invitation(organisation: string) {
  const projectId = await newSotekProject();
  const response = await platform.graphql('mutation ($p: ID!, $o: ID!) { invitePartner(projectId: $p, organisationId: $o) { id } }', {
    token: await as('sotek', 'ORG_ADMIN'),
    variables: { p: projectId, o: ids[organisation] },
  });
  return response.data.invitePartner.id as string;
}

async function acceptedPartnership(organisation: string) {
  const id = await invitation(organisation);
  await platform.graphql('mutation ($id: ID!) { acceptPartnership(id: $id) { id } }', { token: await as(organisation, 'ORG_ADMIN'), variables: { id } });
  return id;
}

interface Attempt {
  caller: [string, Role];
  expect: 'OK' | 'FORBIDDEN' | 'NOT_FOUND';
}

interface Case {
  mutation: string;
  /** Builds the request's variables; called once per attempt, so each gets fresh objects where needed. */
  variables: () => Promise<Record<string, unknown>>;
  attempts: Attempt[];
}

const cases: Record<string, Case> = {
  createOrganisation: {
    mutation: 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    variables: async () => ({ input: { slug: unique('org'), name: 'Uusi ry', kind: 'ASSOCIATION' } }),
    attempts: [
      { caller: ['sotek', 'PLATFORM_ADMIN'], expect: 'OK' },
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  updateOrganisation: {
    mutation: 'mutation ($id: ID!) { updateOrganisation(id: $id, input: { contact: { email: "info@sotek.example", phone: "05 123 4567" } }) { id } }',
    variables: async () => ({ id: ids.sotek }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'PLATFORM_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  createFunder: {
    mutation: 'mutation ($name: String!) { createFunder(input: { kind: MUNICIPALITY, name: $name }) { id } }',
    variables: async () => ({ name: unique('Kotkan kaupunki') }),
    attempts: [
      { caller: ['sotek', 'PLATFORM_ADMIN'], expect: 'OK' },
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'FUNDER'], expect: 'FORBIDDEN' },
    ],
  },
  createFundingProgramme: {
    mutation: 'mutation ($funderId: ID!, $name: String!) { createFundingProgramme(input: { funderId: $funderId, name: $name, employmentPolicy: false }) { id } }',
    variables: async () => ({ funderId: ids.stea, name: unique('Paikka auki III') }),
    attempts: [
      { caller: ['sotek', 'PLATFORM_ADMIN'], expect: 'OK' },
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COORDINATOR'], expect: 'FORBIDDEN' },
    ],
  },
  createProject: {
    mutation: 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
    variables: async () => ({ input: { slug: unique('hanke'), name: 'Hanke', leadOrganisationId: ids.sotek } }),
    attempts: [
      { caller: ['sotek', 'PLATFORM_ADMIN'], expect: 'OK' },
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  updateProject: {
    mutation: 'mutation ($id: ID!) { updateProject(id: $id, input: { description: "Päivitetty kuvaus." }) { id } }',
    variables: async () => ({ id: ids.yhteinen }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'PLATFORM_ADMIN'], expect: 'OK' },
      // an implementer is a partner, not the lead
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  changeProjectStatus: {
    mutation: 'mutation ($id: ID!) { changeProjectStatus(id: $id, status: CLOSED) { id } }',
    variables: async () => ({ id: await newSotekProject() }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['sotek', 'PLATFORM_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COORDINATOR'], expect: 'FORBIDDEN' },
    ],
  },
  invitePartner: {
    mutation: 'mutation ($p: ID!, $o: ID!) { invitePartner(projectId: $p, organisationId: $o) { id } }',
    variables: async () => ({ p: await newSotekProject(), o: ids['valo-valmennus'] }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['valo-valmennus', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
      // platform admins create projects; forming the partnership is the lead's
      { caller: ['sotek', 'PLATFORM_ADMIN'], expect: 'FORBIDDEN' },
    ],
  },
  acceptPartnership: {
    mutation: 'mutation ($id: ID!) { acceptPartnership(id: $id) { id } }',
    variables: async () => ({ id: await invitation('kalliola') }),
    attempts: [
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'OK' },
      // the lead cannot answer for the partner
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['kalliola', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  declinePartnership: {
    mutation: 'mutation ($id: ID!) { declinePartnership(id: $id) { id } }',
    variables: async () => ({ id: await invitation('kalliola') }),
    attempts: [
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['kalliola', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  endPartnership: {
    mutation: 'mutation ($id: ID!) { endPartnership(id: $id) { id } }',
    variables: async () => ({ id: await acceptedPartnership('kalliola') }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['valo-valmennus', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['kalliola', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  createUnit: {
    mutation: 'mutation ($o: ID!) { createUnit(input: { organisationId: $o, name: "Uusi työpaja", kind: WORKSHOP, postalCode: "48100" }) { id } }',
    variables: async () => ({ o: ids.sotek }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'PLATFORM_ADMIN'], expect: 'FORBIDDEN' },
    ],
  },
  updateUnit: {
    mutation: 'mutation ($id: ID!) { updateUnit(id: $id, input: { streetAddress: "Kotkankatu 1" }) { id } }',
    variables: async () => ({ id: ids.sotekUnit }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  createStaffMember: {
    mutation: 'mutation ($o: ID!, $s: String!) { createStaffMember(input: { organisationId: $o, subject: $s, name: "Uusi Valmentaja", title: COACH }) { id } }',
    variables: async () => ({ o: ids.sotek, s: unique('new-coach@sotek') }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  updateStaffMember: {
    mutation: 'mutation ($id: ID!) { updateStaffMember(id: $id, input: { title: SUPERVISOR, email: "olli@sotek.example" }) { id } }',
    variables: async () => ({ id: ids.sotekSupervisor }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      // another organisation's staff are invisible to it: the same answer as a missing one
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'NOT_FOUND' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  grantStaffRole: {
    mutation: 'mutation ($id: ID!, $p: ID) { grantStaffRole(staffMemberId: $id, role: COORDINATOR, projectId: $p) { id } }',
    variables: async () => ({ id: ids.sotekSupervisor, p: ids.yhteinen }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      // Kalliola does not lead Yhteinen Askel, so it appoints no coordinator there (before its staff would even be looked up).
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  revokeStaffRole: {
    mutation: 'mutation ($id: ID!, $p: ID) { revokeStaffRole(staffMemberId: $id, role: COORDINATOR, projectId: $p) { id } }',
    variables: async () => ({ id: ids.sotekSupervisor, p: ids.yhteinen }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'NOT_FOUND' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  createServiceOffering: {
    mutation: 'mutation ($o: ID!, $p: ID) { createServiceOffering(input: { organisationId: $o, projectId: $p, type: EXPERT_LECTURE, name: "Asiantuntijaluento" }) { id } }',
    variables: async () => ({ o: ids.sotek, p: ids.yhteinen }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
  updateServiceOffering: {
    mutation: 'mutation ($id: ID!) { updateServiceOffering(id: $id, input: { acceptsReferrals: true, capacity: 9 }) { id } }',
    variables: async () => ({ id: ids.sotekOffering }),
    attempts: [
      { caller: ['sotek', 'ORG_ADMIN'], expect: 'OK' },
      { caller: ['kalliola', 'ORG_ADMIN'], expect: 'FORBIDDEN' },
      { caller: ['sotek', 'COACH'], expect: 'FORBIDDEN' },
    ],
  },
};

describe('every partners mutation is allowed for the right caller only', () => {
  it('covers every mutation of the partners subgraph', async () => {
    const response = await platform.graphql('{ __type(name: "Mutation") { fields { name } } }', {
      token: await as('sotek', 'COACH'),
      url: platform.subgraphUrls.partners,
    });
    expect(Object.keys(cases).sort()).toEqual(response.data.__type.fields.map((f: any) => f.name).sort());
  });

  it.each(Object.entries(cases).flatMap(([name, c]) => c.attempts.map((attempt) => [name, attempt.caller.join(' '), attempt.expect, c, attempt] as const)))(
    '%s by %s: %s',
    async (_name, _caller, expected, c, attempt) => {
      const response = await platform.graphql(c.mutation, { token: await as(...attempt.caller), variables: await c.variables() });
      expect({ code: codeOf(response), message: response.errors?.[0]?.message }).toMatchObject({ code: expected });
      if (expected === 'OK') expect(Object.values(response.data)[0]).toHaveProperty('id');
      else expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
    },
  );

  it("refuses to let an organisation admin appoint a platform admin", async () => {
    const response = await platform.graphql('mutation ($id: ID!) { grantStaffRole(staffMemberId: $id, role: PLATFORM_ADMIN) { id } }', {
      token: await as('sotek', 'ORG_ADMIN'),
      variables: { id: ids.sotekSupervisor },
    });
    expect(codeOf(response)).toBe('FORBIDDEN');
  });

  it("refuses an offering in a project the organisation does not take part in, or at another organisation's unit", async () => {
    const token = await as('valo-valmennus', 'ORG_ADMIN');
    const notPartner = await platform.graphql(
      'mutation ($o: ID!, $p: ID) { createServiceOffering(input: { organisationId: $o, projectId: $p, type: TRAINING, name: "Koulutus" }) { id } }',
      { token, variables: { o: ids['valo-valmennus'], p: ids.yhteinen } },
    );
    expect(codeOf(notPartner)).toBe('BAD_USER_INPUT');
    const foreignUnit = await platform.graphql(
      'mutation ($o: ID!, $u: ID) { createServiceOffering(input: { organisationId: $o, unitId: $u, type: TRAINING, name: "Koulutus" }) { id } }',
      { token, variables: { o: ids['valo-valmennus'], u: ids.kalliolaUnit } },
    );
    expect(codeOf(foreignUnit)).toBe('BAD_USER_INPUT');
  });
});

describe('the database enforces the same limits on the service role (row level security)', () => {
  /** Runs statements as partners_app in one transaction with the given settings, then rolls back. */
  async function asPartnersApp(settings: Record<string, string>, statement: string, values: unknown[]) {
    const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls.partners });
    await client.connect();
    try {
      await client.query('BEGIN');
      for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [name, value]);
      return await client.query(statement, values).then(
        (result) => ({ rowCount: result.rowCount, error: null as string | null }),
        (error: Error) => ({ rowCount: 0, error: error.message }),
      );
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  }

  it("refuses a unit or an offering written into another organisation's name", async () => {
    const kalliola = { 'app.org_id': ids.kalliola! };
    const unit = await asPartnersApp(kalliola, "INSERT INTO partners.unit (organisation_id, name, kind) VALUES ($1, 'x', 'OFFICE')", [ids.sotek]);
    expect(unit.error).toMatch(/row-level security/);
    const offering = await asPartnersApp(kalliola, "UPDATE partners.service_offering SET capacity = 1 WHERE id = $1", [ids.sotekOffering]);
    expect(offering).toEqual({ rowCount: 0, error: null });
    const own = await asPartnersApp(kalliola, 'UPDATE partners.service_offering SET capacity = 1 WHERE id = $1', [ids.kalliolaOffering]);
    expect(own).toEqual({ rowCount: 1, error: null });
  });

  it('refuses organisations, funders and projects unless the platform-admin setting is on', async () => {
    const insert = "INSERT INTO partners.organisation (slug, name, kind) VALUES ('rls-test', 'RLS', 'COMPANY')";
    expect((await asPartnersApp({ 'app.org_id': ids.sotek! }, insert, [])).error).toMatch(/row-level security/);
    expect((await asPartnersApp({ 'app.platform_admin': 'on' }, insert, [])).error).toMatch(/row-level security/);
    expect(await asPartnersApp({ 'app.org_id': ids.sotek!, 'app.platform_admin': 'on' }, insert, [])).toEqual({ rowCount: 1, error: null });
    const funder = await asPartnersApp({ 'app.org_id': ids.sotek! }, "INSERT INTO partners.funder (kind, name) VALUES ('THL', 'x')", []);
    expect(funder.error).toMatch(/row-level security/);
    const rename = await asPartnersApp({ 'app.org_id': ids.kalliola! }, "UPDATE partners.project SET name = 'x' WHERE id = $1", [ids.yhteinen]);
    expect(rename).toEqual({ rowCount: 0, error: null });
  });

  it('lets only the lead add partners and only the partner or the lead change a partnership', async () => {
    const add = 'INSERT INTO partners.project_partner (project_id, organisation_id, role, status) VALUES ($1, $2, $3, $4)';
    expect((await asPartnersApp({ 'app.org_id': ids.kalliola! }, add, [ids.yhteinen, ids['valo-valmennus'], 'IMPLEMENTER', 'INVITED'])).error).toMatch(
      /row-level security/,
    );
    expect(await asPartnersApp({ 'app.org_id': ids.sotek! }, add, [ids.yhteinen, ids['valo-valmennus'], 'IMPLEMENTER', 'INVITED'])).toEqual({ rowCount: 1, error: null });
    const change = "UPDATE partners.project_partner SET status = 'LEFT', left_on = current_date WHERE id = $1";
    expect(await asPartnersApp({ 'app.org_id': ids['valo-valmennus']! }, change, [ids.kalliolaPartnership])).toEqual({ rowCount: 0, error: null });
  });

  it('lets a partnership move only as its party may move it, and never to another project or role', async () => {
    // The lead invites Valo-Valmennus and then tries to accept on its behalf.
    const leadAccepts = await asPartnersApp(
      { 'app.org_id': ids.sotek! },
      `DO $$ DECLARE invited uuid; BEGIN
         INSERT INTO partners.project_partner (project_id, organisation_id, role, status)
           VALUES ('${ids.yhteinen}', '${ids['valo-valmennus']}', 'IMPLEMENTER', 'INVITED') RETURNING id INTO invited;
         UPDATE partners.project_partner SET status = 'ACCEPTED', joined_on = current_date WHERE id = invited;
       END $$`,
      [],
    );
    expect(leadAccepts.error).toMatch(/cannot move from INVITED to ACCEPTED/);
    const becomesLead = await asPartnersApp({ 'app.org_id': ids.kalliola! }, "UPDATE partners.project_partner SET role = 'LEAD' WHERE id = $1", [ids.kalliolaPartnership]);
    expect(becomesLead.error).toMatch(/keeps its project, organisation and role/);
    // The legal move still works: Kalliola leaves.
    const leaves = await asPartnersApp(
      { 'app.org_id': ids.kalliola! },
      "UPDATE partners.project_partner SET status = 'LEFT', left_on = current_date WHERE id = $1",
      [ids.kalliolaPartnership],
    );
    expect(leaves).toEqual({ rowCount: 1, error: null });
  });

  it("grants no DELETE on directory tables and shows no other organisation's staff", async () => {
    const del = await asPartnersApp({ 'app.org_id': ids.sotek! }, 'DELETE FROM partners.unit WHERE id = $1', [ids.sotekUnit]);
    expect(del.error).toMatch(/permission denied/);
    const staff = await asPartnersApp({ 'app.org_id': ids.kalliola! }, "UPDATE partners.staff_member SET name = 'x' WHERE id = $1", [ids.sotekSupervisor]);
    expect(staff).toEqual({ rowCount: 0, error: null });
  });
});
