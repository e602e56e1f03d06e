import { entryPointsWithoutRules } from '@polku/kit';
import { describe, expect, it } from 'vitest';
import { outcomesSubgraph } from './module.js';

describe('outcomes authorization', () => {
  it('has an explicit rule for every root field and every sensitive field (deny by default)', async () => {
    const { schema, rules } = await outcomesSubgraph.build();
    expect(entryPointsWithoutRules(schema, rules)).toEqual([]);
  });
});
