import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTrustedDocumentsPath, startGateway, TrustedDocuments } from '@polku/gateway';
import { TokenVerifier, tokenSettingsFromEnv, type RunningHttpService } from '@polku/kit';
import { PolkuRequestError, ProjectDirectoryDocument, ProjectsDocument, request } from '@polku/client';
import { supergraphPath } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

// The platform's own gateway runs as in development (trusted documents off);
// a second gateway over the same subgraphs runs as in production (on).
let platform: TestPlatform;
let trustedOnly: RunningHttpService;
let token: string;
beforeAll(async () => {
  platform = await bootPlatform();
  token = await platform.tokenFor('sotek', ['COACH']);
  trustedOnly = await startGateway({
    supergraphSdl: await readFile(supergraphPath, 'utf8'),
    subgraphUrls: platform.subgraphUrls,
    verifier: await TokenVerifier.create({ ...tokenSettingsFromEnv(), publicKeyPem: platform.devPublicKeyPem }),
    port: 0,
    host: '127.0.0.1',
    production: true,
    trustedDocuments: await TrustedDocuments.load(defaultTrustedDocumentsPath, true),
    trustedDocumentsOnly: true,
  });
});
afterAll(async () => {
  await trustedOnly?.close();
  await platform?.stop();
});

const hashOf = (document: { __meta__?: Record<string, any> }) => document.__meta__!.hash as string;
const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> }) };
};

describe('trusted documents on (production)', () => {
  it('runs a registered operation sent by the generated client as its hash', async () => {
    const data = await request(trustedOnly.url, token, ProjectDirectoryDocument, { slug: 'yhteinen-askel', locale: 'EN' });
    expect(data.project?.name).toBe('Yhteinen Askel');
    expect(data.project?.partners.map((partner) => partner.organisation.slug).sort()).toEqual(['kalliola', 'kuntoutussaatio', 'sotek']);
  });

  it("runs a registered operation named by Apollo's persistedQuery extension, by GET too", async () => {
    const sha256Hash = hashOf(ProjectsDocument).replace('sha256:', '');
    const byExtension = await post(trustedOnly.url, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(byExtension.errors).toBeUndefined();
    expect(byExtension.data.projects.nodes.map((project: { slug: string }) => project.slug)).toContain('yhteinen-askel');
    const byGet = await fetch(`${trustedOnly.url}?documentId=${encodeURIComponent(hashOf(ProjectsDocument))}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(((await byGet.json()) as { data: unknown }).data).toEqual(byExtension.data);
  });

  it('refuses an unknown operation, raw query text included, with PERSISTED_QUERY_NOT_FOUND', async () => {
    const raw = await post(trustedOnly.url, { query: '{ projects { id name } }' });
    expect(raw.status).toBe(400);
    expect(raw.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(raw.data).toBeUndefined();
    const unknown = await post(trustedOnly.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Automatic persisted queries cannot register a document either.
    const registering = await post(trustedOnly.url, {
      query: '{ clients { code } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(registering.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const rawGet = await fetch(`${trustedOnly.url}?query=${encodeURIComponent('{ projects { id } }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(rawGet.status).toBe(400);
  });

  it('runs the stored document, not text sent along with a known hash', async () => {
    const response = await post(trustedOnly.url, { documentId: hashOf(ProjectsDocument), query: '{ clients { code } }' });
    expect(response.errors).toBeUndefined();
    expect(Array.isArray(response.data.projects.nodes)).toBe(true);
    expect(response.data.clients).toBeUndefined(); // the stored Projects document ran instead
  });

  it('still requires a valid token for a registered operation', async () => {
    const error = await request(trustedOnly.url, 'not-a-token', ProjectsDocument).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolkuRequestError);
    expect((error as PolkuRequestError).code).toBe('UNAUTHENTICATED');
  });
});

describe('trusted documents off (development)', () => {
  it('runs arbitrary query text and registered hashes alike', async () => {
    const raw = await platform.graphql('{ projects(first: 50) { nodes { slug } } }', { token });
    expect(raw.errors).toBeUndefined();
    const data = await request(platform.gatewayUrl, token, ProjectsDocument, { first: 50 });
    expect(data.projects.nodes.map((project) => project.slug).sort()).toEqual(raw.data.projects.nodes.map((project: { slug: string }) => project.slug).sort());
  });

  it('answers an unknown hash without text with PERSISTED_QUERY_NOT_FOUND and registers nothing', async () => {
    const sha256Hash = 'b'.repeat(64);
    const registering = await post(platform.gatewayUrl, { query: '{ projects { nodes { id } } }', extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(registering.errors).toBeUndefined();
    const hashOnly = await post(platform.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(hashOnly.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
