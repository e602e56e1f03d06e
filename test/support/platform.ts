import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, mintDevToken, resolveSlugs, startPlatform, type RunningPlatform } from '@polku/scripts';
import type { Role } from '@polku/kit';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
}

export interface TestPlatform extends RunningPlatform {
  /** Mints a real token for a caller of a seeded organisation. */
  tokenFor(organisationSlug: string, roles: Role[], projectSlugs?: string[], subject?: string): Promise<string>;
  /** POSTs a GraphQL request over HTTP (to the gateway unless another URL is given). */
  graphql<T = any>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown>; url?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  organisationId(slug: string): Promise<string>;
}

export { freePort };

/**
 * Boots the real platform for one test file: embedded PostgreSQL in a
 * temporary folder, migrations, demo data, three subgraphs and the gateway on
 * free ports, talking over HTTP.
 */
export async function bootPlatform(options: { production?: boolean; trustedDocumentsOnly?: boolean } = {}): Promise<TestPlatform> {
  const dataDir = await mkdtemp(join(tmpdir(), 'polku-test-'));
  // Production refuses to start without a linkage secret: the test, as the operator, brings one.
  if (options.production) process.env.POLKU_LINKAGE_SECRET ??= randomBytes(48).toString('base64url');
  const platform = await startPlatform({
    dataDir,
    embeddedPostgresPort: await freePort(),
    ports: { gateway: 0, partners: 0, journeys: 0, outcomes: 0 },
    host: '127.0.0.1',
    production: options.production,
    trustedDocumentsOnly: options.trustedDocumentsOnly,
  });
  // One token per caller and file: each mint opens database connections to list the person.
  const minted = new Map<string, Promise<string>>();
  const tokenFor = (organisation: string, roles: Role[], projects: string[] = [], subject?: string) => {
    const key = JSON.stringify([organisation, roles, projects, subject]);
    if (!minted.has(key)) {
      minted.set(key, mintDevToken(platform.adminUrl, platform.signToken, { organisation, roles, projects, subject }).then(({ token }) => token));
    }
    return minted.get(key)!;
  };
  return {
    ...platform,
    tokenFor,
    organisationId: async (slug) => (await resolveSlugs(platform.adminUrl, slug, [])).organisationId,
    async graphql(query, options = {}) {
      const response = await fetch(options.url ?? platform.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async stop() {
      await platform.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
