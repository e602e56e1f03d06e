import { graphql, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyInputLimits, MAX_LIST_INPUT, oversizedListIn } from './input-limits.js';

function schema() {
  const s = buildSchema(`
    input Score { item: ID!, tags: [String!] }
    input Assessment { goals: [String!]!, scores: [Score!] }
    type Query { page(first: Int): Int }
    type Mutation { assess(input: Assessment!): Int, plain(name: String): Int }
  `);
  s.getMutationType()!.getFields().assess!.resolve = (_p, args) => args.input.goals.length;
  s.getMutationType()!.getFields().plain!.resolve = () => 1;
  s.getQueryType()!.getFields().page!.resolve = (_p, args) => args.first;
  return applyInputLimits(s);
}

describe('input limits', () => {
  it(`refuses a list input of more than ${MAX_LIST_INPUT} items, at any depth, before the resolver runs`, async () => {
    const many = Array.from({ length: MAX_LIST_INPUT + 1 }, () => 'x');
    const top = await graphql({ schema: schema(), source: 'mutation ($g: [String!]!) { assess(input: { goals: $g }) }', variableValues: { g: many } });
    expect(top.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'input.goals']]);
    const deep = await graphql({ schema: schema(), source: 'mutation ($t: [String!]) { assess(input: { goals: [], scores: [{ item: "1", tags: $t }] }) }', variableValues: { t: many } });
    expect(deep.errors?.[0]?.extensions?.argument).toBe('input.scores.tags');
    const fine = await graphql({ schema: schema(), source: 'mutation ($g: [String!]!) { assess(input: { goals: $g }) }', variableValues: { g: many.slice(1) } });
    expect(fine).toEqual({ data: { assess: MAX_LIST_INPUT } });
  });

  it('refuses a first above the page size', async () => {
    const result = await graphql({ schema: schema(), source: '{ page(first: 101) }' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graphql({ schema: schema(), source: '{ page(first: 100) }' })).data).toEqual({ page: 100 });
  });

  it('finds the first list in variables longer than any argument takes, at any depth', () => {
    const many = Array.from({ length: MAX_LIST_INPUT + 1 }, (_, i) => i);
    expect(oversizedListIn({ e: 'id', g: many })).toEqual({ path: 'g', length: MAX_LIST_INPUT + 1 });
    expect(oversizedListIn({ input: { scores: [{ tags: many }] } })).toEqual({ path: 'input.scores.tags', length: MAX_LIST_INPUT + 1 });
    expect(oversizedListIn({ g: many.slice(1), nested: { list: [1, 2] } })).toBeNull();
  });
});
