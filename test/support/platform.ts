import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureStaffRecord, freePort, resolveSlugs, startPlatform, type RunningPlatform } from '@polku/scripts';
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
export async function bootPlatform(options: { production?: boolean } = {}): Promise<TestPlatform> {
  const dataDir = await mkdtemp(join(tmpdir(), 'polku-test-'));
  const platform = await startPlatform({
    dataDir,
    embeddedPostgresPort: await freePort(),
    ports: { gateway: 0, partners: 0, journeys: 0, outcomes: 0 },
    host: '127.0.0.1',
    production: options.production,
  });
  const tokenFor = async (organisationSlug: string, roles: Role[], projectSlugs: string[] = [], subject?: string) => {
    const { organisationId, projectIds } = await resolveSlugs(platform.adminUrl, organisationSlug, projectSlugs);
    const person = subject ?? `${roles[0]!.toLowerCase()}@${organisationSlug}`;
    // The subgraphs accept a token only for a person the partners directory lists with these roles.
    await ensureStaffRecord(platform.adminUrl, organisationId, person, roles, projectIds);
    return platform.signToken({ subject: person, organisationId, roles, projectIds });
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
