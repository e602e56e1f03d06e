import { exportPKCS8, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@polku/kit';
import { resolveSlugs, withAdminClient } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await bootPlatform();
});
afterAll(() => platform?.stop());

const entitiesQuery = '{ _entities(representations: [{ __typename: "Client", id: "1b4e28ba-2fa1-41d2-883f-0016d3cca427" }]) { __typename } }';

describe('every entry point requires a valid token', () => {
  it('the gateway answers UNAUTHENTICATED (HTTP 401) without a token', async () => {
    const response = await platform.graphql('{ projects { nodes { name } } }');
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(['partners', 'journeys', 'outcomes'])('the %s subgraph called directly answers UNAUTHENTICATED, _entities and _service included', async (name) => {
    const url = platform.subgraphUrls[name]!;
    for (const query of [entitiesQuery, '{ _service { sdl } }']) {
      const response = await platform.graphql(query, { url });
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data).toBeUndefined();
    }
  });

  it('refuses a token signed by a key the platform does not trust', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const forged = await new SignJWT({ org: await platform.organisationId('sotek'), roles: ['PLATFORM_ADMIN'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('intruder')
      .setIssuer('polku-dev')
      .setAudience('polku-platform')
      .setExpirationTime('5m')
      .sign(await importPKCS8(await exportPKCS8(privateKey), 'ES256'));
    const atGateway = await platform.graphql('{ projects { nodes { name } } }', { token: forged });
    const atSubgraph = await platform.graphql('{ clients { nodes { code } } }', { token: forged, url: platform.subgraphUrls.journeys });
    expect([atGateway.errors?.[0]?.extensions?.code, atSubgraph.errors?.[0]?.extensions?.code]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('refuses an expired token', async () => {
    const expired = await platform.signToken({
      subject: 'coach@sotek',
      organisationId: await platform.organisationId('sotek'),
      roles: ['COACH'],
      expiresIn: '-1m',
    });
    const response = await platform.graphql('{ projects { nodes { name } } }', { token: expired });
    expect(response.errors?.[0]).toMatchObject({ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a well-signed token whose role or project the partners directory does not list', async () => {
    const sotek = await platform.organisationId('sotek');
    const { projectIds } = await resolveSlugs(platform.adminUrl, 'sotek', ['yhteinen-askel', 'uusi-askel']);
    const claims = [
      // coach@sotek is a coach, not a platform admin
      { subject: 'coach@sotek', organisationId: sotek, roles: ['COACH', 'PLATFORM_ADMIN'] as Role[] },
      // coordinator@sotek coordinates Yhteinen Askel only
      { subject: 'coordinator@sotek', organisationId: sotek, roles: ['COORDINATOR'] as Role[], projectIds },
      // nobody with this subject works at Sotek
      { subject: 'stranger@sotek', organisationId: sotek, roles: ['COACH'] as Role[] },
      // coach@sotek does not act for Kalliola
      { subject: 'coach@sotek', organisationId: await platform.organisationId('kalliola'), roles: ['COACH'] as Role[] },
    ];
    for (const claim of claims) {
      const token = await platform.signToken(claim);
      for (const url of [platform.gatewayUrl, platform.subgraphUrls.journeys, platform.subgraphUrls.outcomes, platform.subgraphUrls.partners]) {
        const response = await platform.graphql('{ organisation(slug: "sotek") { name } }', { token, url });
        const code = response.errors?.[0]?.extensions?.code;
        expect({ claim: claim.subject, url, code }).toEqual({ claim: claim.subject, url, code: 'UNAUTHENTICATED' });
      }
    }
    // The listed version of the same people gets through.
    const listed = await platform.signToken({ subject: 'coordinator@sotek', organisationId: sotek, roles: ['COORDINATOR'], projectIds: projectIds.slice(0, 1) });
    expect((await platform.graphql('{ organisation(slug: "sotek") { name } }', { token: listed })).data).toEqual({ organisation: { name: 'Sotek-säätiö' } });
  });

  it("refuses a coordinator of a project the coordinator's organisation has left", async () => {
    const query = '{ organisation(slug: "kalliola") { name } }';
    const before = await platform.tokenFor('kalliola', ['COORDINATOR'], ['yhteinen-askel'], 'coordinator-before@kalliola');
    expect((await platform.graphql(query, { token: before })).data).toEqual({ organisation: { name: 'Kalliolan Setlementti ry' } });
    const kalliola = await platform.organisationId('kalliola');
    await withAdminClient(platform.adminUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [kalliola]);
      await db.query(
        `UPDATE partners.project_partner SET status = 'LEFT', left_on = current_date
         WHERE organisation_id = $1 AND project_id = (SELECT id FROM partners.project WHERE slug = 'yhteinen-askel')`,
        [kalliola],
      );
      await db.query('COMMIT');
    });
    // A new person, so no earlier confirmation is remembered: the staff role is still recorded, the partnership is not.
    const after = await platform.tokenFor('kalliola', ['COORDINATOR'], ['yhteinen-askel'], 'coordinator-after@kalliola');
    expect((await platform.graphql(query, { token: after })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a valid token opens the same subgraph directly', async () => {
    const token = await platform.tokenFor('sotek', ['COACH']);
    const response = await platform.graphql('{ clients(codePrefix: "SOT-") { nodes { code } } }', { token, url: platform.subgraphUrls.journeys });
    expect(response.status).toBe(200);
    expect(response.data.clients.nodes.map((c: any) => c.code)).toEqual(['SOT-0001', 'SOT-0002', 'SOT-0003', 'SOT-0004', 'SOT-0005']);
  });

  it('serves a health probe without a token', async () => {
    const response = await fetch(platform.gatewayUrl.replace(/graphql$/, 'health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'gateway' });
  });
});
