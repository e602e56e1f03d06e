import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { buildSchema, GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoles } from '@polku/kit';
import { schemaDir, subgraphs, withAdminClient } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';
import { queryArbitrary, type ArgumentPools } from './support/random-queries.js';

const RUNS_PER_ROLE = Number(process.env.LEAKAGE_RUNS ?? 60);

let platform: TestPlatform;
/** Values only organisation B has: its private rows' ids, codes and other texts. */
let secretsOfB: Set<string>;
let pools: ArgumentPools;
let apiSchema: GraphQLSchema;

/**
 * All values of B's private rows (tables with org_id) that appear nowhere in
 * A's rows, in shared tables (the directory, instruments) or as enum values
 * of the API: what only B's data can hold.
 */
async function collectSecrets(orgA: string, orgB: string, enumValues: Set<string>) {
  return withAdminClient(platform.adminUrl, async (client) => {
    const schemas = subgraphs.map((s) => s.database.schema);
    const tables = await client.query(
      `SELECT table_schema, table_name FROM information_schema.columns
       WHERE column_name = 'org_id' AND table_schema = ANY($1)`,
      [schemas],
    );
    // Shared: tables without an owner, and directory tables every organisation reads (a `directory_read` policy,
    // e.g. a project's badge catalogue, which its partners award): their values are nobody's secret.
    const shared = await client.query(
      `SELECT t.table_schema, t.table_name FROM information_schema.tables t
       WHERE t.table_schema = ANY($1) AND t.table_type = 'BASE TABLE' AND t.table_name <> 'migrations'
         AND (NOT EXISTS (SELECT 1 FROM information_schema.columns c
                          WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'org_id')
              OR EXISTS (SELECT 1 FROM pg_policies p
                         WHERE p.schemaname = t.table_schema AND p.tablename = t.table_name AND p.policyname = 'directory_read'))`,
      [schemas],
    );
    const publicValues = new Set(enumValues);
    for (const { table_schema: schema, table_name: table } of shared.rows) {
      for (const { row } of (await client.query(`SELECT to_jsonb(t) AS row FROM ${schema}.${table} t`)).rows) {
        for (const value of Object.values(row as Record<string, unknown>)) if (typeof value === 'string') publicValues.add(value);
      }
    }
    const valuesOf = async (orgId: string | null) => {
      const values = new Set<string>();
      for (const { table_schema: schema, table_name: table } of tables.rows) {
        await client.query('BEGIN');
        if (orgId) await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
        const rows = await client.query(`SELECT to_jsonb(t) AS row FROM ${schema}.${table} t WHERE org_id = $1`, [orgId]);
        await client.query('COMMIT');
        for (const { row } of rows.rows) {
          for (const [column, value] of Object.entries(row as Record<string, unknown>)) {
            if (column === 'org_id' || column.endsWith('project_id') || column.endsWith('organisation_id')) continue;
            if (typeof value === 'string' && value.length >= 6) values.add(value);
          }
        }
      }
      return values;
    };
    const ofB = await valuesOf(orgB);
    const ofA = await valuesOf(orgA);
    return new Set([...ofB].filter((value) => !ofA.has(value) && !publicValues.has(value) && !/^\d{4}-\d{2}-\d{2}/.test(value)));
  });
}

beforeAll(async () => {
  platform = await bootPlatform();
  const orgA = await platform.organisationId('kalliola');
  const orgB = await platform.organisationId('sotek');
  apiSchema = buildSchema(await readFile(`${schemaDir}api.graphql`, 'utf8').catch(() => readFile(`${schemaDir}supergraph.graphql`, 'utf8')), {
    assumeValidSDL: true,
  });
  const enumValues = new Set(
    Object.values(apiSchema.getTypeMap()).flatMap((type) => (type instanceof GraphQLEnumType ? type.getValues().map((v) => v.name) : [])),
  );
  secretsOfB = await collectSecrets(orgA, orgB, enumValues);
  const someOfB = [...secretsOfB];
  pools = {
    ids: [...someOfB.filter((v) => /^[0-9a-f-]{36}$/.test(v)).slice(0, 20), orgA, orgB, '00000000-0000-4000-8000-000000000000', 'not-an-id'],
    strings: [...someOfB.filter((v) => !/^[0-9a-f-]{36}$/.test(v)).slice(0, 20), 'sotek', 'kalliola', 'yhteinen-askel', 'tekijan-polku', '', 'x'],
  };
});
afterAll(() => platform?.stop());

describe("random queries with organisation A's tokens never reveal organisation B's data", () => {
  it('has secrets of B to look for (the property below is not vacuous)', () => {
    expect(secretsOfB.size).toBeGreaterThan(10);
  });

  it.each(allRoles)('as %s of Kalliola', async (role) => {
    const token = await platform.tokenFor('kalliola', [role], role === 'COORDINATOR' || role === 'FUNDER' ? ['yhteinen-askel'] : []);
    await fc.assert(
      fc.asyncProperty(queryArbitrary(apiSchema, pools), async (query) => {
        const response = await platform.graphql(query, { token });
        const text = JSON.stringify(response);
        // A value the query itself supplied (e.g. an id passed as an argument and echoed back) reveals nothing new.
        const leaked = [...secretsOfB].filter((secret) => text.includes(secret) && !query.includes(secret));
        expect({ query, leaked }).toEqual({ query, leaked: [] });
        const internal = (response.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        expect({ query, internal }).toEqual({ query, internal: [] });
      }),
      { numRuns: RUNS_PER_ROLE },
    );
  });
});
