import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatementCount } from '@polku/kit';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Listing projects with their partners, organisations and offerings costs the
 * same number of SQL statements in the partners service for 10 projects as for
 * 100: every nested list is one batched query per request (dataloaders).
 */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await bootPlatform();
  // 100 extra projects, each with a lead, two implementers, two offerings: written as the owner, like the demo data.
  await withAdminClient(platform.adminUrl, async (client) => {
    await client.query(`
      WITH orgs AS (SELECT array_agg(id ORDER BY slug) AS ids FROM partners.organisation),
      projects AS (
        INSERT INTO partners.project (slug, name, lead_organisation_id, status, target_groups)
        SELECT 'load-' || lpad(n::text, 3, '0'), 'Load ' || lpad(n::text, 3, '0'), ids[1 + n % 4], 'ACTIVE', '{LONG_TERM_UNEMPLOYED}'
        FROM generate_series(1, 100) n, orgs
        RETURNING id, lead_organisation_id
      ),
      partners AS (
        INSERT INTO partners.project_partner (project_id, organisation_id, role, status, joined_on)
        SELECT p.id, o.id, CASE WHEN o.id = p.lead_organisation_id THEN 'LEAD' ELSE 'IMPLEMENTER' END, 'ACCEPTED', DATE '2025-01-01'
        FROM projects p JOIN LATERAL (
          SELECT id FROM partners.organisation o WHERE o.id = p.lead_organisation_id
          UNION ALL (SELECT id FROM partners.organisation o WHERE o.id <> p.lead_organisation_id ORDER BY o.slug LIMIT 2)
        ) o ON true
        RETURNING project_id, organisation_id
      )
      INSERT INTO partners.service_offering (organisation_id, project_id, type, name, capacity)
      SELECT organisation_id, project_id, 'GROUP_COACHING', 'Ryhmävalmennus', 10 FROM partners WHERE organisation_id IS NOT NULL
    `);
  });
});
afterAll(() => platform?.stop());

const listing = /* GraphQL */ `
  query Listing($first: Int!) {
    projects(first: $first, filter: { status: ACTIVE, targetGroup: LONG_TERM_UNEMPLOYED }) {
      nodes {
        slug status statusLabel funder { name } employmentPolicy
        leadOrganisation { slug name kind }
        partners { role roleLabel organisation { slug name municipality } }
        serviceOfferings { name typeLabel unit { name } organisation { slug name } project { slug } }
      }
      pageInfo { hasNextPage }
    }
  }
`;

async function statementsFor(first: number) {
  const token = await platform.tokenFor('kalliola', ['COACH']);
  const before = sqlStatementCount('partners');
  const response = await platform.graphql(listing, { token, variables: { first } });
  const statements = sqlStatementCount('partners') - before;
  expect(response.errors).toBeUndefined();
  return { statements, projects: response.data.projects.nodes };
}

describe('constant SQL statements for nested project listings', () => {
  it('issues the same number of statements for 10 and for 100 projects', async () => {
    await statementsFor(5); // warm-up: first-request work (e.g. connection set-up) is not per-row cost
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.projects).toHaveLength(10);
    expect(hundred.projects).toHaveLength(100);
    const loaded = hundred.projects.filter((p: any) => p.slug.startsWith('load-'));
    expect(loaded.length).toBeGreaterThan(80);
    expect(loaded.every((p: any) => p.partners.length === 3 && p.serviceOfferings.length === 3 && p.partners[0].role === 'LEAD')).toBe(true);
    console.log(`partners SQL statements: ${ten.statements} for 10 projects, ${hundred.statements} for 100 projects`);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
    expect(ten.statements).toBeLessThanOrEqual(30);
  });
});
