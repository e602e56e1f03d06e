import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { DateTimeScalar, isIsoDate, LocalDateScalar } from './dates.js';
import { maskUnexpectedErrors, sqlStateOf } from './errors.js';

describe('the platform dates (years 0001–9999)', () => {
  it('accepts calendar days in range only', () => {
    for (const day of ['0001-01-01', '2024-02-29', '9999-12-31']) expect(isIsoDate(day), day).toBe(true);
    for (const day of ['0000-12-31', '10000-01-01', '+010000-01-01', '2026-02-30', '2026-1-01', '1.1.2026', '2026-01-01T00:00:00Z', '']) {
      expect(isIsoDate(day), day).toBe(false);
    }
  });

  it('refuses out-of-range values as the caller\'s input error, as a variable or inline', () => {
    expect(() => LocalDateScalar.parseValue('0000-01-01')).toThrow(/years 0001–9999/);
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: '0000-01-01' })).toThrow(GraphQLError);
    expect(LocalDateScalar.parseValue('9999-12-31')).toBe('9999-12-31');
    expect(() => DateTimeScalar.parseValue('0000-06-01T00:00:00Z')).toThrow(/years 0001–9999/);
    expect(() => DateTimeScalar.parseValue('9999-12-31T23:00:00-05:00')).toThrow(/years 0001–9999/);
    expect((DateTimeScalar.parseValue('2026-01-31T10:00:00+02:00') as Date).toISOString()).toBe('2026-01-31T08:00:00.000Z');
  });
});

describe('PostgreSQL data exceptions', () => {
  const format = maskUnexpectedErrors(createLogger('test'));
  const failed = (code: string) => Object.assign(new Error('date/time field value out of range: "0000-01-01"'), { name: 'QueryFailedError', code, driverError: { code } });

  it('answer BAD_USER_INPUT for a value the caller sent (22007, 22008, 22P02, ...), without the SQL detail', () => {
    for (const code of ['22007', '22008', '22009', '22P02', '22003']) {
      const formatted = format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, failed(code));
      expect(formatted.extensions?.code, code).toBe('BAD_USER_INPUT');
      expect(formatted.message).not.toMatch(/0000/);
    }
  });

  it('answer SERVICE_UNAVAILABLE while PostgreSQL restarts', () => {
    for (const code of ['57P01', '57P03', '08006', 'ECONNREFUSED']) {
      expect(format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, failed(code)).extensions?.code, code).toBe('SERVICE_UNAVAILABLE');
    }
  });

  it('keep other database failures internal', () => {
    expect(format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, failed('23505')).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(sqlStateOf(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBeUndefined();
  });
});
