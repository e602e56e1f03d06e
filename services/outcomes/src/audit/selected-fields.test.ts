import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { callerOperationName, personalFieldsSelected } from './selected-fields.js';

const schema = buildSchema(`
  type Contact { name: String }
  type Placement { id: ID, enrolment: ID, kind: String, employer: Contact, supervisor: Contact }
  type PlacementEdge { node: Placement }
  type PlacementConnection { nodes: [Placement], edges: [PlacementEdge] }
  type Query { placements: PlacementConnection, placement: Placement }
`);

/** Runs a query and returns what the audit would record for `placements` and `placement`. */
async function recorded(source: string) {
  const seen: Record<string, unknown> = {};
  const resolve = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    seen[info.path.key] = personalFieldsSelected(info, 'Placement');
    seen.operation = callerOperationName(info);
    return null;
  };
  const result = await graphql({ schema, source, rootValue: { placements: resolve, placement: resolve } });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('personalFieldsSelected', () => {
  it('finds the fields of the type through connections, edges and fragments', async () => {
    const seen = await recorded(`
      query Mine__outcomes__0 { placements { nodes { id ...Employer } edges { node { ... on Placement { supervisor { name } } } } } }
      fragment Employer on Placement { employer { name } __typename }
    `);
    expect(seen.placements).toEqual(['Placement.employer', 'Placement.supervisor']);
    expect(seen.operation).toBe('Mine');
  });

  it('counts id, enrolment and __typename as no personal data', async () => {
    const seen = await recorded(`{ placement { id enrolment __typename } placements { nodes { id } } }`);
    expect(seen.placement).toEqual([]);
    expect(seen.placements).toEqual([]);
    expect(seen.operation).toBeNull();
  });
});
