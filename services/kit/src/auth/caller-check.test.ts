import { describe, expect, it } from 'vitest';
import { CONFIRMATION_TTL_MS, ConfirmedCallers } from './caller-check.js';

describe('confirmed callers', () => {
  it('forget a confirmation after 30 s, so two stacked services keep a withdrawn role at most the documented minute', () => {
    const confirmed = new ConfirmedCallers();
    confirmed.add('token', 0);
    expect(confirmed.has('token', CONFIRMATION_TTL_MS - 1)).toBe(true);
    expect(confirmed.has('token', CONFIRMATION_TTL_MS)).toBe(false);
    // journeys confirms through partners, which may have confirmed just before its own memory ends.
    expect(2 * CONFIRMATION_TTL_MS).toBeLessThanOrEqual(60_000);
  });
});
