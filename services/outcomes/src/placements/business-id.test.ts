import { describe, expect, it } from 'vitest';
import { isBusinessId } from './business-id.js';

describe('isBusinessId', () => {
  it('accepts real business IDs with their check digit', () => {
    for (const id of ['0201689-0', '0201256-6', '0112038-9']) expect(isBusinessId(id)).toBe(true);
  });
  it('refuses a wrong check digit, a remainder of 1, and other shapes', () => {
    expect(isBusinessId('0112038-8')).toBe(false);
    expect(isBusinessId('0000001-0')).toBe(false); // 2·1 = 2 → check 9
    expect(isBusinessId('1000000-1')).toBe(false); // 7 mod 11 = 7 → check 4
    expect(isBusinessId('0000010-1')).toBe(false); // remainder 4 → 7
    expect(isBusinessId('112038-9')).toBe(false);
    expect(isBusinessId('01120389')).toBe(false);
    expect(isBusinessId(' 0112038-9')).toBe(false);
  });
});
