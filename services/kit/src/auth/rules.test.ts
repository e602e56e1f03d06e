import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { makeExecutableSchemaFromSdl } from './rules.test-schema.js';
import { describe, expect, it } from 'vitest';
import type { Caller } from './caller.js';
import { and, applyEntryPointRules, entryPointsWithoutRules, hasRole, isAuthenticated, not } from './rules.js';

const caller = (roles: Caller['roles']): { caller: Caller } => ({
  caller: { subject: 's', organisationId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', roles, projectIds: [] },
});

function schemaWithRules() {
  const schema = makeExecutableSchemaFromSdl();
  return applyEntryPointRules(schema, {
    Query: { clients: hasRole('COACH', 'ORG_ADMIN'), metrics: and(hasRole('COORDINATOR'), not(hasRole('PLATFORM_ADMIN'))), projects: isAuthenticated },
    Client: { personalData: hasRole('COACH') },
  });
}

describe('entry-point rules', () => {
  it('lets a caller with the role through and refuses others with FORBIDDEN', async () => {
    const schema = schemaWithRules();
    const allowed = await graphql({ schema, source: '{ clients { code } }', contextValue: caller(['COACH']) });
    expect(allowed).toEqual({ data: { clients: [{ code: 'A' }, { code: 'B' }] } });
    const refused = await graphql({ schema, source: '{ clients { code } }', contextValue: caller(['FUNDER']) });
    expect(refused.data).toEqual({ clients: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('composes rules with and/not', async () => {
    const schema = schemaWithRules();
    expect((await graphql({ schema, source: '{ metrics }', contextValue: caller(['COORDINATOR']) })).data).toEqual({ metrics: 42 });
    const both = await graphql({ schema, source: '{ metrics }', contextValue: caller(['COORDINATOR', 'PLATFORM_ADMIN']) });
    expect(both.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('guards a sensitive field on every row, not only the first', async () => {
    const schema = schemaWithRules();
    const result = await graphql({ schema, source: '{ clients { personalData } }', contextValue: caller(['ORG_ADMIN']) });
    expect(result.data).toEqual({ clients: [{ personalData: null }, { personalData: null }] });
    expect(result.errors).toHaveLength(2);
  });

  it('lists root and sensitive fields that have no rule', () => {
    const schema = makeExecutableSchemaFromSdl();
    expect(entryPointsWithoutRules(schema, { Query: { clients: isAuthenticated } }).sort()).toEqual(['Client.personalData', 'Query.metrics', 'Query.projects']);
  });
});

describe('entity reference rules', () => {
  const subgraph = () =>
    buildSubgraphSchema({
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
        type Query { ping: Int }
        type Client @key(fields: "id") { id: ID! code: String! }
        type Unit @key(fields: "id") { id: ID! }
      `),
      resolvers: { Client: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, code: `code of ${ref.id}` }) } } as never,
    });
  const entities = '{ _entities(representations: [{ __typename: "Client", id: "1" }, { __typename: "Unit", id: "2" }]) { ... on Client { code } ... on Unit { id } } }';

  it('asks the entity rule before resolving a reference, and refuses an entity without a rule', async () => {
    const schema = applyEntryPointRules(subgraph(), { Client: { __resolveReference: hasRole('COACH') } });
    const coach = await graphql({ schema, source: entities, contextValue: caller(['COACH']) });
    expect(coach.data).toEqual({ _entities: [{ code: 'code of 1' }, null] });
    expect(coach.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['_entities', 1], 'FORBIDDEN']]);
    const funder = await graphql({ schema, source: entities, contextValue: caller(['FUNDER']) });
    expect(funder.data).toEqual({ _entities: [null, null] });
    expect(funder.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('lists entities without a reference rule', () => {
    expect(entryPointsWithoutRules(subgraph(), { Query: { ping: isAuthenticated, _entities: isAuthenticated, _service: isAuthenticated } }).sort()).toEqual([
      'Client.__resolveReference',
      'Unit.__resolveReference',
    ]);
  });
});
