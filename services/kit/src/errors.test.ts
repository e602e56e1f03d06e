import { describe, expect, it } from 'vitest';
import { apiError, describeStartupFailure, StartupError } from './errors.js';

describe('describeStartupFailure', () => {
  it('names a port in use', () => {
    expect(describeStartupFailure(Object.assign(new Error('listen'), { code: 'EADDRINUSE', port: 4000 }))).toMatch(/port 4000 is already in use/);
  });

  it('names an unreachable database, also when Node reports every address it tried', () => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 5999 });
    expect(describeStartupFailure(refused)).toBe('cannot reach PostgreSQL at 127.0.0.1:5999 (connection refused); check DATABASE_URL');
    expect(describeStartupFailure(new AggregateError([refused]))).toMatch(/cannot reach PostgreSQL at 127.0.0.1:5999/);
  });

  it('passes a StartupError message through unchanged', () => {
    expect(describeStartupFailure(new StartupError('JWT_PUBLIC_KEY is not set'))).toBe('JWT_PUBLIC_KEY is not set');
  });
});

describe('apiError', () => {
  it('carries a stable code and, for UNAUTHENTICATED, HTTP 401', () => {
    expect(apiError('UNAUTHENTICATED', 'no').extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(apiError('CONFLICT', 'taken', { field: 'slug' }).extensions).toEqual({ code: 'CONFLICT', field: 'slug' });
  });
});
