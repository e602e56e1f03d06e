import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { callerOperationName, selectedFields } from './selected-fields.js';

const schema = buildSchema(`
  type Personal { fullName: String, birthYear: Int, contact: String }
  type Client { notes: String, personal: Personal }
  type Query { client: Client }
`);

/** Runs a query and returns what the audit would record for `Client.personal` and `Client.notes`. */
async function recorded(source: string) {
  const seen: Record<string, string[] | string | null> = {};
  const rootValue = {
    client: () => ({
      personal: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen[`personal:${info.path.key}`] = selectedFields(info, 'personal');
        seen.operation = callerOperationName(info);
        return {};
      },
      notes: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen.notes = selectedFields(info, 'coachingSession.notes');
        return '';
      },
    }),
  };
  const result = await graphql({ schema, source, rootValue });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('selectedFields', () => {
  it('names the selected sub-fields, through fragments, without __typename', async () => {
    const seen = await recorded(`
      query Mine__journeys__0 { client { personal { __typename fullName ...More ... on Personal { contact } } notes } }
      fragment More on Personal { birthYear }
    `);
    expect(seen['personal:personal']).toEqual(['personal.birthYear', 'personal.contact', 'personal.fullName']);
    expect(seen.notes).toEqual(['coachingSession.notes']);
    expect(seen.operation).toBe('Mine');
  });

  it('gives each alias its own selection', async () => {
    const seen = await recorded(`{ client { a: personal { fullName } b: personal { contact } } }`);
    expect(seen['personal:a']).toEqual(['personal.fullName']);
    expect(seen['personal:b']).toEqual(['personal.contact']);
    expect(seen.operation).toBeNull();
  });
});
