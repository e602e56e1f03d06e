import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from '@polku/client';
import { defaultTrustedDocumentsPath, TrustedDocuments } from '@polku/gateway';
import { supergraphPath } from '@polku/scripts';
import { startHiveGateway } from '@polku/scripts/hive-gateway';
import { bootPlatform, type TestPlatform } from './support/platform.js';
import { operationExamples as examples, operationsDir, resolveExampleVariables, shippedQueries as queries } from '@polku/scripts';

// The committed supergraph behind Apollo Gateway (the platform's) and Hive
// Gateway, over the same running subgraphs; Hive with trusted documents on.
let platform: TestPlatform;
let hive: Awaited<ReturnType<typeof startHiveGateway>>;
beforeAll(async () => {
  platform = await bootPlatform();
  hive = await startHiveGateway({
    supergraphSdl: await readFile(supergraphPath, 'utf8'),
    subgraphUrls: platform.subgraphUrls,
    trustedDocuments: await TrustedDocuments.load(defaultTrustedDocumentsPath, true),
    trustedDocumentsOnly: true,
    port: 0,
    host: '127.0.0.1',
  });
  // The access log lists reads of personal data: make one (Kuntoutussäätiö reads what Sotek shared with it).
  await client.request(platform.gatewayUrl, await platform.tokenFor('kuntoutussaatio', ['COACH']), client.ReferralInboxDocument, { first: 10 });
});
afterAll(async () => {
  await hive?.close();
  await platform?.stop();
});

describe('a second gateway (Hive Gateway) over schema/supergraph.graphql', () => {
  it.each(queries)('answers %s exactly as Apollo Gateway does', async (name) => {
    const document = (client as Record<string, unknown>)[`${name}Document`] as client.TypedDocumentString<unknown, Record<string, unknown>>;
    const example = examples[name] ?? {};
    const caller = example.caller ?? { org: 'sotek', roles: ['COACH'] };
    const token = await platform.tokenFor(caller.org, caller.roles, caller.projects ?? []);
    const variables = await resolveExampleVariables(platform.adminUrl, example.variables ?? {});
    const run = (url: string) => client.request(url, token, document, variables);
    const apollo = await run(platform.gatewayUrl);
    const second = await run(hive.url);
    expect(second).toEqual(apollo);
    // An empty answer would prove nothing: every example returns something.
    expect(JSON.stringify(apollo)).toMatch(/"id"|"slug"|"code"/);
  });

  it('has an example for every operation with required variables', async () => {
    for (const name of queries) {
      const text = await readFile(`${operationsDir}${name}.graphql`, 'utf8');
      if (/\$\w+\s*:\s*[\w[\]]+!/.test(text)) expect(examples[name]?.variables, `add ${name} to schema/operations/examples.json`).toBeDefined();
    }
  });

  it('forwards the caller: without a token the subgraphs refuse, and raw text is refused with trusted documents on', async () => {
    const anonymous = await client.request(hive.url, 'not-a-token', client.MyClientsDocument).catch((error: client.PolkuRequestError) => error);
    expect((anonymous as client.PolkuRequestError).errors.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
    const token = await platform.tokenFor('sotek', ['COACH']);
    const raw = await platform.graphql('{ projects { id } }', { token, url: hive.url });
    expect(raw.data ?? null).toBeNull();
    expect(raw.status).toBe(400);
    expect(raw.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const unknown = await client.request(hive.url, token, { __meta__: { hash: `sha256:${'0'.repeat(64)}` } } as never).catch((error: client.PolkuRequestError) => error);
    expect((unknown as client.PolkuRequestError).code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
