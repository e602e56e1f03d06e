import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * The partner directory through the gateway, as partner organisations use it:
 * forming a joint project, the joint-project rule, business ID validation,
 * labels in three languages, pagination, `me`, and who may read staff.
 */
let platform: TestPlatform;
let tokens: Record<string, string>;
let ids: Record<string, string>;

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  platform = await bootPlatform();
  tokens = {
    platformAdmin: await platform.tokenFor('sotek', ['PLATFORM_ADMIN']),
    sotekAdmin: await platform.tokenFor('sotek', ['ORG_ADMIN']),
    sotekCoach: await platform.tokenFor('sotek', ['COACH']),
    kalliolaAdmin: await platform.tokenFor('kalliola', ['ORG_ADMIN']),
    kalliolaCoach: await platform.tokenFor('kalliola', ['COACH']),
    valoAdmin: await platform.tokenFor('valo-valmennus', ['ORG_ADMIN']),
  };
  ids = {};
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola', 'valo-valmennus']) ids[slug] = await platform.organisationId(slug);
  const funders = await platform.graphql('{ funders(kind: ELY_CENTRE) { nodes { id name programmes { id name employmentPolicy } } } }', { token: tokens.sotekCoach });
  const ely = funders.data.funders.nodes.find((f: any) => f.name === 'Kaakkois-Suomen ELY-keskus');
  ids.ely = ely.id;
  ids.typo = ely.programmes.find((p: any) => p.employmentPolicy).id;
});
afterAll(() => platform?.stop());

const createProject = /* GraphQL */ `
  mutation ($input: CreateProjectInput!) { createProject(input: $input) { id slug status leadOrganisation { slug } partners { role organisation { slug } } employmentPolicy } }
`;
const invite = /* GraphQL */ `
  mutation ($projectId: ID!, $organisationId: ID!) { invitePartner(projectId: $projectId, organisationId: $organisationId) { id status role organisation { slug } } }
`;
const activate = /* GraphQL */ `mutation ($id: ID!) { changeProjectStatus(id: $id, status: ACTIVE) { status } }`;
const partnersOf = /* GraphQL */ `
  query ($slug: String!) { project(slug: $slug) { status partners { role organisation { slug } } partnerships { status organisation { slug } joinedOn leftOn } } }
`;

describe('forming a 2024+ joint employment-policy project', () => {
  it('takes an invitation by the lead and an acceptance by the partner before the project can become active', async () => {
    const created = await platform.graphql(createProject, {
      token: tokens.platformAdmin,
      variables: {
        input: {
          slug: 'kotkan-yhteispolku',
          name: 'Kotkan yhteispolku',
          leadOrganisationId: ids.sotek,
          funderId: ids.ely,
          programmeId: ids.typo,
          startsOn: '2026-01-01',
          endsOn: '2027-12-31',
          targetGroups: ['LONG_TERM_UNEMPLOYED', 'OVER_50'],
          targets: [{ metric: 'QUALITY_PATH_SHARE', minimum: 50 }],
        },
      },
    });
    expect(created.errors).toBeUndefined();
    const project = created.data.createProject;
    expect(project).toMatchObject({ status: 'PLANNED', employmentPolicy: true, leadOrganisation: { slug: 'sotek' } });
    expect(project.partners).toEqual([{ role: 'LEAD', organisation: { slug: 'sotek' } }]);

    // The two-partner rule: the lead alone is one implementing organisation.
    const alone = await platform.graphql(activate, { token: tokens.sotekAdmin, variables: { id: project.id } });
    expect(codeOf(alone)).toBe('CONFLICT');
    expect(alone.errors![0]!.message).toMatch(/cannot become active with fewer than 2 implementing organisations \(it has 1\)/);
    expect(alone.errors![0]!.extensions).toMatchObject({ rule: 'JOINT_PROJECT_NEEDS_TWO_IMPLEMENTERS', implementingOrganisations: 1 });

    // The lead's admin invites Kalliola; an invitation is not yet a partner.
    const invited = await platform.graphql(invite, { token: tokens.sotekAdmin, variables: { projectId: project.id, organisationId: ids.kalliola } });
    expect(invited.errors).toBeUndefined();
    expect(invited.data.invitePartner).toMatchObject({ status: 'INVITED', role: 'IMPLEMENTER', organisation: { slug: 'kalliola' } });
    const again = await platform.graphql(invite, { token: tokens.sotekAdmin, variables: { projectId: project.id, organisationId: ids.kalliola } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(codeOf(await platform.graphql(activate, { token: tokens.sotekAdmin, variables: { id: project.id } }))).toBe('CONFLICT');

    // Kalliola's admin accepts on a given day.
    const accepted = await platform.graphql(
      'mutation ($id: ID!) { acceptPartnership(id: $id, joinedOn: "2026-02-01") { status joinedOn statusLabel(locale: EN) } }',
      { token: tokens.kalliolaAdmin, variables: { id: invited.data.invitePartner.id } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptPartnership).toEqual({ status: 'ACCEPTED', joinedOn: '2026-02-01', statusLabel: 'Taking part' });
    const answeredTwice = await platform.graphql('mutation ($id: ID!) { declinePartnership(id: $id) { status } }', {
      token: tokens.kalliolaAdmin,
      variables: { id: invited.data.invitePartner.id },
    });
    expect(codeOf(answeredTwice)).toBe('CONFLICT');

    // Now two implementing organisations: the project may become active.
    const active = await platform.graphql(activate, { token: tokens.sotekAdmin, variables: { id: project.id } });
    expect(active.errors).toBeUndefined();
    expect(active.data.changeProjectStatus.status).toBe('ACTIVE');
    const listed = await platform.graphql(partnersOf, { token: tokens.kalliolaCoach, variables: { slug: 'kotkan-yhteispolku' } });
    expect(listed.data.project.partners).toEqual([
      { role: 'LEAD', organisation: { slug: 'sotek' } },
      { role: 'IMPLEMENTER', organisation: { slug: 'kalliola' } },
    ]);
  });

  it('keeps declined invitations and past partners out of the current partners', async () => {
    const project = (await platform.graphql('{ project(slug: "kotkan-yhteispolku") { id } }', { token: tokens.sotekAdmin })).data.project;
    const invited = await platform.graphql(invite, { token: tokens.sotekAdmin, variables: { projectId: project.id, organisationId: ids['valo-valmennus'] } });
    const declined = await platform.graphql('mutation ($id: ID!) { declinePartnership(id: $id) { status respondedAt } }', {
      token: tokens.valoAdmin,
      variables: { id: invited.data.invitePartner.id },
    });
    expect(declined.errors).toBeUndefined();
    expect(declined.data.declinePartnership.status).toBe('DECLINED');

    const kalliola = (await platform.graphql(partnersOf, { token: tokens.sotekAdmin, variables: { slug: 'kotkan-yhteispolku' } })).data.project;
    const kalliolaPart = (
      await platform.graphql('{ organisation(slug: "kalliola") { partnerships { id status project { slug } } } }', { token: tokens.kalliolaAdmin })
    ).data.organisation.partnerships.find((p: any) => p.project.slug === 'kotkan-yhteispolku');
    expect(kalliola.partners).toHaveLength(2);
    const left = await platform.graphql('mutation ($id: ID!) { endPartnership(id: $id, leftOn: "2026-06-30") { status leftOn } }', {
      token: tokens.kalliolaAdmin,
      variables: { id: kalliolaPart.id },
    });
    expect(left.errors).toBeUndefined();
    expect(left.data.endPartnership).toEqual({ status: 'LEFT', leftOn: '2026-06-30' });

    const after = (await platform.graphql(partnersOf, { token: tokens.sotekAdmin, variables: { slug: 'kotkan-yhteispolku' } })).data.project;
    expect(after.partners).toEqual([{ role: 'LEAD', organisation: { slug: 'sotek' } }]);
    expect(after.partnerships.map((p: any) => [p.organisation.slug, p.status]).sort()).toEqual([
      ['kalliola', 'LEFT'],
      ['sotek', 'ACCEPTED'],
      ['valo-valmennus', 'DECLINED'],
    ]);
  });

  it('does not apply the two-partner rule to projects that are not employment policy', async () => {
    const created = await platform.graphql(createProject, {
      token: tokens.platformAdmin,
      variables: { input: { slug: 'valon-oma-hanke', name: 'Valon oma hanke', leadOrganisationId: ids['valo-valmennus'], startsOn: '2026-01-01' } },
    });
    const active = await platform.graphql(activate, { token: tokens.valoAdmin, variables: { id: created.data.createProject.id } });
    expect(active.errors).toBeUndefined();
    const backwards = await platform.graphql('mutation ($id: ID!) { changeProjectStatus(id: $id, status: PLANNED) { status } }', {
      token: tokens.valoAdmin,
      variables: { id: created.data.createProject.id },
    });
    expect(codeOf(backwards)).toBe('CONFLICT');
  });
});

describe('Finnish business IDs (Y-tunnus)', () => {
  const create = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { slug businessId kind kindLabel(locale: SV) } }';

  it('accepts an ID with the right check digit', async () => {
    const response = await platform.graphql(create, {
      token: tokens.platformAdmin,
      variables: { input: { slug: 'kotkan-kaupunki', name: 'Kotkan kaupunki', kind: 'MUNICIPALITY', businessId: '0112038-9', municipality: 'Kotka' } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.createOrganisation).toEqual({ slug: 'kotkan-kaupunki', businessId: '0112038-9', kind: 'MUNICIPALITY', kindLabel: 'Kommun' });
  });

  it.each([
    ['0112038-8', /check digit of business ID 0112038-8 should be 9/],
    ['0010001-0', /check digit would be undefined/],
    ['112038-9', /seven digits, a hyphen and a check digit/],
  ])('refuses %s with BAD_USER_INPUT and says why', async (businessId, why) => {
    const response = await platform.graphql(create, {
      token: tokens.platformAdmin,
      variables: { input: { slug: `bad-${businessId.replace(/\D/g, '')}`, name: 'Bad', kind: 'COMPANY', businessId } },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toMatch(why);
    expect(response.errors![0]!.extensions!.argument).toBe('businessId');
  });

  it('validates on update too, and the service stays up', async () => {
    const response = await platform.graphql('mutation ($id: ID!) { updateOrganisation(id: $id, input: { businessId: "0201256-5" }) { businessId } }', {
      token: tokens.sotekAdmin,
      variables: { id: ids.sotek },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    const still = await platform.graphql('{ organisation(slug: "sotek") { businessId } }', { token: tokens.sotekAdmin });
    expect(still.data.organisation.businessId).toBe('0201256-6');
  });
});

describe('labels in Finnish, Swedish and English', () => {
  const query = /* GraphQL */ `{
    project(slug: "yhteinen-askel") {
      status statusLabel targetGroups targetGroupLabels
      targets { metric metricLabel minimum }
      funder { kind kindLabel }
      partners { role roleLabel status statusLabel organisation { kind kindLabel } }
      serviceOfferings { type typeLabel unit { kind kindLabel } }
    }
  }`;

  it("follow the request's Accept-Language, Finnish by default", async () => {
    const finnish = await platform.graphql(query, { token: tokens.kalliolaCoach });
    const swedish = await platform.graphql(query, { token: tokens.kalliolaCoach, headers: { 'accept-language': 'sv-FI' } });
    const english = await platform.graphql(query, { token: tokens.kalliolaCoach, headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(finnish.errors).toBeUndefined();
    const p = (r: GraphQLResponse) => r.data.project;
    expect([p(finnish).statusLabel, p(swedish).statusLabel, p(english).statusLabel]).toEqual(['Käynnissä', 'Pågående', 'Active']);
    expect(p(finnish).targetGroupLabels).toEqual(['Pitkäaikaistyöttömät', 'Yli 50-vuotiaat', 'Osatyökykyiset']);
    expect(p(swedish).targetGroupLabels).toEqual(['Långtidsarbetslösa', 'Över 50-åringar', 'Partiellt arbetsföra']);
    expect(p(english).targets).toEqual([{ metric: 'QUALITY_PATH_SHARE', metricLabel: 'Quality continuation path share (%)', minimum: 50 }]);
    expect(p(swedish).funder).toEqual({ kind: 'ELY_CENTRE', kindLabel: 'NTM-central' });
    expect(p(finnish).partners[0]).toEqual({ role: 'LEAD', roleLabel: 'Päätoteuttaja', status: 'ACCEPTED', statusLabel: 'Mukana', organisation: { kind: 'FOUNDATION', kindLabel: 'Säätiö' } });
    expect(p(swedish).partners[1].roleLabel).toBe('Delgenomförare');
    const store = p(english).serviceOfferings.find((o: any) => o.unit);
    expect(store).toEqual({ type: 'WORK_TRIAL', typeLabel: 'Work trial', unit: { kind: 'SECOND_HAND_STORE', kindLabel: 'Second-hand store' } });
  });

  it('follow an explicit locale argument over the header', async () => {
    const response = await platform.graphql('{ me { roles roleLabels(locale: SV) staffMember { title titleLabel(locale: EN) } } }', {
      token: tokens.sotekCoach,
      headers: { 'accept-language': 'fi' },
    });
    expect(response.data.me).toEqual({ roles: ['COACH'], roleLabels: ['Coach'], staffMember: { title: 'COACH', titleLabel: 'Coach' } });
  });
});

describe('cursor connections with filters', () => {
  it('pages through every project without gaps or repeats', async () => {
    const all = (await platform.graphql('{ projects(first: 100) { nodes { slug } pageInfo { hasNextPage } } }', { token: tokens.kalliolaCoach })).data.projects;
    expect(all.pageInfo.hasNextPage).toBe(false);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const response: GraphQLResponse = await platform.graphql(
        'query ($after: String) { projects(first: 3, after: $after) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }',
        { token: tokens.kalliolaCoach, variables: { after } },
      );
      const page = response.data.projects;
      expect(page.edges.length).toBeLessThanOrEqual(3);
      seen.push(...page.edges.map((e: any) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n: any) => n.slug));
    expect(seen.length).toBeGreaterThan(9);
  });

  it('refuses a forged cursor and an oversized page', async () => {
    expect(codeOf(await platform.graphql('{ projects(after: "bm9wZQ") { nodes { slug } } }', { token: tokens.kalliolaCoach }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await platform.graphql('{ organisations(first: 101) { nodes { slug } } }', { token: tokens.kalliolaCoach }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await platform.graphql('{ projects(filter: { funderId: "ely" }) { nodes { slug } } }', { token: tokens.kalliolaCoach }))).toBe('BAD_USER_INPUT');
  });

  it('filters projects by status, target group, funder, municipality and service type', async () => {
    const slugs = async (filter: string) =>
      (await platform.graphql(`{ projects(first: 100, filter: ${filter}) { nodes { slug } } }`, { token: tokens.kalliolaCoach })).data.projects.nodes.map(
        (n: any) => n.slug,
      );
    expect(await slugs('{ status: ACTIVE, targetGroup: CRIMINAL_SANCTIONS_BACKGROUND }')).toEqual(['polkuja-kohti-tyoelamaa', 'tekijan-polku']);
    expect(await slugs(`{ funderId: "${ids.ely}", status: CLOSED }`)).toEqual(['avain-askel', 'kunnon-askel', 'oma-suunta', 'uralle', 'uusi-askel']);
    expect(await slugs('{ municipality: "helsinki", serviceType: DIGITAL_PEER_TRAINING }')).toEqual(['polkuja-kohti-tyoelamaa', 'yhteinen-askel']);
  });

  it('filters organisations by municipality and offerings by type, municipality and target group', async () => {
    const orgs = await platform.graphql('{ organisations(filter: { municipality: "Kotka" }) { nodes { slug municipality } } }', { token: tokens.kalliolaCoach });
    expect(orgs.data.organisations.nodes.map((o: any) => o.slug)).toEqual(['kotkan-kaupunki', 'sotek']);
    const offerings = await platform.graphql(
      '{ serviceOfferings(filter: { type: DIGITAL_PEER_TRAINING, targetGroup: CRIMINAL_SANCTIONS_BACKGROUND }) { nodes { name organisation { slug } project { slug } } } }',
      { token: tokens.kalliolaCoach },
    );
    expect(offerings.data.serviceOfferings.nodes).toEqual([
      { name: 'Digivertaisvalmennus', organisation: { slug: 'valo-valmennus' }, project: { slug: 'polkuja-kohti-tyoelamaa' } },
    ]);
    const inKotka = await platform.graphql('{ serviceOfferings(filter: { municipality: "Kotka" }) { nodes { organisation { slug } } } }', { token: tokens.kalliolaCoach });
    expect(new Set(inKotka.data.serviceOfferings.nodes.map((o: any) => o.organisation.slug))).toEqual(new Set(['sotek']));
  });
});

describe('staff are personal data', () => {
  it("`me` returns the caller's own staff record, organisation and roles", async () => {
    const response = await platform.graphql(
      '{ me { subject organisation { slug } roles projects { slug } staffMember { name title roles { role project { slug } } } } }',
      { token: await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.me).toEqual({
      subject: 'coordinator@sotek',
      organisation: { slug: 'sotek' },
      roles: ['COORDINATOR'],
      projects: [{ slug: 'yhteinen-askel' }],
      staffMember: { name: 'Eero Koordinaattori', title: 'COORDINATOR', roles: [{ role: 'COORDINATOR', project: { slug: 'yhteinen-askel' } }] },
    });
  });

  it("are listed to their own organisation only; another organisation's staff are refused and unresolvable", async () => {
    const own = await platform.graphql('{ organisation(slug: "sotek") { staff { subject email } } }', { token: tokens.sotekCoach });
    expect(own.errors).toBeUndefined();
    expect(own.data.organisation.staff.map((s: any) => s.subject)).toContain('coach@sotek');
    const sotekStaffIds = (await platform.graphql('{ organisation(slug: "sotek") { staff { id } } }', { token: tokens.sotekCoach })).data.organisation.staff.map(
      (s: any) => s.id,
    );

    const rival = await platform.graphql('{ organisation(slug: "sotek") { name staff { name } } }', { token: tokens.kalliolaAdmin });
    expect(codeOf(rival)).toBe('FORBIDDEN');

    const entities = await platform.graphql(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on StaffMember { name email } } }',
      { token: tokens.kalliolaAdmin, url: platform.subgraphUrls.partners, variables: { representations: sotekStaffIds.map((id: string) => ({ __typename: 'StaffMember', id })) } },
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data._entities).toEqual(sotekStaffIds.map(() => null));
  });
});

describe('federation entities for the other subgraphs', () => {
  it('resolve ServiceOffering and Project references in one batch each', async () => {
    const project = (await platform.graphql('{ project(slug: "yhteinen-askel") { id serviceOfferings { id } } }', { token: tokens.kalliolaCoach })).data.project;
    const response = await platform.graphql(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on ServiceOffering { id acceptsReferrals organisation { id } project { id } }
         ... on Project { id partners { organisation { id } } } } }`,
      {
        token: tokens.kalliolaCoach,
        url: platform.subgraphUrls.partners,
        variables: { representations: [...project.serviceOfferings.map((o: any) => ({ __typename: 'ServiceOffering', id: o.id })), { __typename: 'Project', id: project.id }] },
      },
    );
    expect(response.errors).toBeUndefined();
    const entities = response.data._entities;
    expect(entities).toHaveLength(7);
    expect(entities.slice(0, 6).every((o: any) => o.project.id === project.id && o.acceptsReferrals === true)).toBe(true);
    expect(entities[6].partners.map((p: any) => p.organisation.id)).toEqual([ids.sotek, ids.kalliola, ids.kuntoutussaatio]);
  });
});
