import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
let sotekClientIds: string[];
let sotekEnrolmentIds: string[];
let sotekExitIds: string[];

beforeAll(async () => {
  platform = await bootPlatform();
  const sotekId = await platform.organisationId('sotek');
  // Ids a rival might have learned or guessed; read as the admin, who is not a tenant.
  await withAdminClient(platform.adminUrl, async (client) => {
    sotekClientIds = (await client.query("SELECT id FROM journeys.client WHERE org_id = $1 AND code LIKE 'SOT-%'", [sotekId])).rows.map((r) => r.id);
    sotekEnrolmentIds = (await client.query('SELECT id FROM journeys.enrolment WHERE org_id = $1', [sotekId])).rows.map((r) => r.id);
    sotekExitIds = (await client.query('SELECT id FROM outcomes.exit_outcome WHERE org_id = $1', [sotekId])).rows.map((r) => r.id);
  });
});
afterAll(() => platform?.stop());

describe("a coach of one organisation never gets another organisation's clients", () => {
  it('lists only their own clients and exits', async () => {
    const token = await platform.tokenFor('kuntoutussaatio', ['COACH']);
    const { data, errors } = await platform.graphql(
      '{ clients(first: 100) { nodes { code } } kun: clients(codePrefix: "KUN-") { nodes { code } } exitOutcomes { nodes { destination enrolment { id } } } }',
      { token },
    );
    expect(errors).toBeUndefined();
    // Kuntoutussäätiö's own: its coaching clients and Askeleet töihin's 200 jobseekers (AT-…), no one else's
    expect(data.kun.nodes.map((c: any) => c.code)).toEqual(['KUN-0001', 'KUN-0002', 'KUN-0003']);
    expect(data.clients.nodes.length).toBe(100);
    expect(data.clients.nodes.filter((c: any) => !/^(KUN|AT)-/.test(c.code))).toEqual([]);
    // latest first: its coaching clients' two exits, then Askeleet töihin's (2021–2023)
    expect(data.exitOutcomes.nodes.slice(0, 2).map((e: any) => e.destination)).toEqual(['KELA_VOCATIONAL_REHABILITATION', 'PAY_SUBSIDY_THIRD_SECTOR']);
    expect(data.exitOutcomes.nodes.some((e: any) => sotekEnrolmentIds.includes(e.enrolment.id))).toBe(false);
  });

  it("sees only its own enrolments in a joint project both organisations belong to", async () => {
    const token = await platform.tokenFor('kalliola', ['COACH']);
    const { data } = await platform.graphql('{ project(slug: "yhteinen-askel") { enrolments { id client { code } } } }', { token });
    const ids = data.project.enrolments.map((e: any) => e.id);
    expect(data.project.enrolments.map((e: any) => e.client.code)).toEqual(['KAL-0001', 'KAL-0002']);
    expect(ids.some((id: string) => sotekEnrolmentIds.includes(id))).toBe(false);
  });

  it("gets null for another organisation's entities requested by id, subgraph by subgraph", async () => {
    const token = await platform.tokenFor('kalliola', ['COACH']);
    const entities = async (url: string, typename: string, ids: string[], selection: string) =>
      platform.graphql(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
        { token, url, variables: { representations: ids.map((id) => ({ __typename: typename, id })) } },
      );

    const clients = await entities(platform.subgraphUrls.journeys!, 'Client', sotekClientIds, 'id code');
    expect(clients.errors).toBeUndefined();
    expect(clients.data._entities).toEqual(sotekClientIds.map(() => null));

    const enrolments = await entities(platform.subgraphUrls.journeys!, 'Enrolment', sotekEnrolmentIds, 'id startedOn');
    expect(enrolments.data._entities).toEqual(sotekEnrolmentIds.map(() => null));

    const exits = await entities(platform.subgraphUrls.outcomes!, 'ExitOutcome', sotekExitIds, 'id destination');
    expect(exits.data._entities).toEqual(sotekExitIds.map(() => null));

    const exitOfEnrolment = await entities(platform.subgraphUrls.outcomes!, 'Enrolment', sotekEnrolmentIds, 'exitOutcome { id }');
    expect(exitOfEnrolment.data._entities.map((e: any) => e.exitOutcome)).toEqual(sotekEnrolmentIds.map(() => null));
  });

  it('the owning organisation does see the same entities (the test above is not vacuous)', async () => {
    const token = await platform.tokenFor('sotek', ['COACH']);
    const { data } = await platform.graphql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { code } } }',
      { token, url: platform.subgraphUrls.journeys, variables: { r: sotekClientIds.map((id) => ({ __typename: 'Client', id })) } },
    );
    expect(data._entities.map((c: any) => c.code).sort()).toEqual(['SOT-0001', 'SOT-0002', 'SOT-0003', 'SOT-0004', 'SOT-0005']);
  });

  it('treats a forged, malformed id as not found rather than failing', async () => {
    const token = await platform.tokenFor('sotek', ['COACH']);
    const { data, errors } = await platform.graphql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { code } } }',
      { token, url: platform.subgraphUrls.journeys, variables: { r: [{ __typename: 'Client', id: "x' OR 1=1 --" }] } },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([null]);
  });
});
