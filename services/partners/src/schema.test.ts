import { entryPointsWithoutRules } from '@polku/kit';
import { describe, expect, it } from 'vitest';
import { partnersSubgraph } from './module.js';

describe('partners authorization', () => {
  it('has an explicit rule for every root field and every sensitive field (deny by default)', async () => {
    const { schema, rules } = await partnersSubgraph.build();
    expect(entryPointsWithoutRules(schema, rules)).toEqual([]);
  });
});
