import { graphql } from 'graphql';
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
