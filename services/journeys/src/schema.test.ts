import { entryPointsWithoutRules } from '@polku/kit';
import { describe, expect, it } from 'vitest';
import { journeysSubgraph } from './module.js';

describe('journeys authorization', () => {
  it('has an explicit rule for every root field and every sensitive field (deny by default)', async () => {
    const { schema, rules } = await journeysSubgraph.build();
    expect(entryPointsWithoutRules(schema, rules)).toEqual([]);
  });
});
