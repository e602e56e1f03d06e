import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, businessIdProblem } from './business-id.js';

describe('Finnish business ID (Y-tunnus)', () => {
  it('accepts IDs whose check digit matches', () => {
    // 0737546: 0*7+7*9+3*10+7*5+5*8+4*4+6*2 = 196; 196 % 11 = 9; 11 - 9 = 2
    expect(businessIdProblem('0737546-2')).toBeNull();
    expect(businessIdCheckDigit('0737546')).toBe(2);
  });

  it('uses 0 as the check digit when the remainder is 0', () => {
    // 1000002: 1*7 + 2*2 = 11, remainder 0
    expect(businessIdCheckDigit('1000002')).toBe(0);
    expect(businessIdProblem('1000002-0')).toBeNull();
  });

  it('accepts a real business ID (Nokia Oyj, 0112038-9)', () => {
    expect(businessIdProblem('0112038-9')).toBeNull();
  });

  it('refuses IDs whose remainder is 1: no check digit exists for them', () => {
    expect(businessIdCheckDigit('0010001')).toBeNull();
    expect(businessIdProblem('0010001-0')).toMatch(/check digit would be undefined/);
  });

  it('refuses a wrong check digit and says which is right', () => {
    expect(businessIdProblem('0737546-3')).toBe('The check digit of business ID 0737546-3 should be 2.');
  });

  it('refuses malformed IDs', () => {
    for (const value of ['737546-2', '07375462', '0737546-', 'FI07375462', ' 0737546-2']) {
      expect(businessIdProblem(value)).toMatch(/seven digits/);
    }
  });
});
