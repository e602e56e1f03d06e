import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

// Issue 11, finding 8: the gateway answered every syntax error with HTTP 500.
// graphql-http's audit suite checks the GraphQL-over-HTTP spec: every MUST
// audit has to pass; the SHOULD/MAY ones are printed with the score.

let platform: TestPlatform;
let token: string;
beforeAll(async () => {
  platform = await bootPlatform();
  token = await platform.tokenFor('sotek', ['COACH']);
});
afterAll(() => platform?.stop());

describe('GraphQL over HTTP (graphql-http serverAudits) at the gateway', () => {
  it('passes every MUST audit', async () => {
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), authorization: `Bearer ${token}` } });
    const results = await auditServer({ url: platform.gatewayUrl, fetchFn });
    const failed = results.filter((result) => result.status === 'error');
    const warned = results.filter((result) => result.status === 'warn');
    console.log(`graphql-http audit: ${results.length - failed.length - warned.length} ok, ${warned.length} warnings, ${failed.length} errors of ${results.length}`);
    for (const result of [...failed, ...warned]) console.log(`  ${result.status} ${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed.map((result) => result.name)).toEqual([]);
  });
});
