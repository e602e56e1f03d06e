import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TokenVerifier } from './tokens.js';

const settings = { issuer: 'polku-test', audience: 'polku-platform' };
const orgId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let privateKey: PrivateKey;
let verifier: TokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privateKey = pair.privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), alg: 'ES256' };
  verifier = TokenVerifier.fromJwks({ keys: [jwk] }, settings);
});

function token(claims: Record<string, unknown>, options: { issuer?: string; audience?: string; expires?: string | number; key?: PrivateKey } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(options.issuer ?? settings.issuer)
    .setAudience(options.audience ?? settings.audience)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(options.key ?? privateKey);
}

const valid = { sub: 'coach@sotek', org: orgId, roles: ['COACH'] };

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e as { extensions?: { code?: string }; message: string });
  return error?.extensions?.code ?? 'accepted';
}

describe('TokenVerifier', () => {
  it('reads the caller from a valid token', async () => {
    const caller = await verifier.verifyAuthorizationHeader(`Bearer ${await token({ ...valid, projects: [orgId] })}`);
    expect(caller).toEqual({ subject: 'coach@sotek', organisationId: orgId, roles: ['COACH'], projectIds: [orgId] });
  });

  it('refuses a missing or malformed Authorization header', async () => {
    expect(await codeOf(verifier.verifyAuthorizationHeader(undefined))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verifyAuthorizationHeader('Basic abc'))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token, another issuer or another audience', async () => {
    expect(await codeOf(verifier.verify(await token(valid, { expires: Math.floor(Date.now() / 1000) - 60 })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify(await token(valid, { issuer: 'someone-else' })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify(await token(valid, { audience: 'another-api' })))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another key', async () => {
    const other = await generateKeyPair('ES256');
    expect(await codeOf(verifier.verify(await token(valid, { key: other.privateKey })))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...valid, iss: settings.issuer, aud: settings.audience, exp: 9999999999 })).toString('base64url');
    expect(await codeOf(verifier.verify(`${header}.${body}.`))).toBe('UNAUTHENTICATED');
  });

  it('refuses tokens whose claims do not name a caller', async () => {
    expect(await codeOf(verifier.verify(await token({ ...valid, org: 'sotek' })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify(await token({ ...valid, roles: ['SUPERHERO'] })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify(await token({ ...valid, roles: [] })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify(await token({ org: orgId, roles: ['COACH'] })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify(await token({ ...valid, projects: ['not-a-uuid'] })))).toBe('UNAUTHENTICATED');
  });

  describe('remembering verified tokens', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('answers a token again with the same caller, and refuses it once it has expired', async () => {
      const started = Date.now();
      const remembered = await token(valid, { expires: Math.floor(started / 1000) + 30 });
      const first = await verifier.verify(remembered);
      expect(await verifier.verify(remembered)).toEqual(first);
      expect(first).toEqual({ subject: 'coach@sotek', organisationId: orgId, roles: ['COACH'], projectIds: [] });
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(started + 31_000);
      const error = await verifier.verify(remembered).then(() => undefined, (e: unknown) => e as { message: string; extensions?: { code?: string } });
      expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(error?.message).toBe('The token has expired.');
    });

    it('shares no mutable caller between requests', async () => {
      const caller = await verifier.verify(await token(valid));
      expect(Object.isFrozen(caller) && Object.isFrozen(caller.roles) && Object.isFrozen(caller.projectIds)).toBe(true);
    });

    it('still refuses a token whose signature does not match, even after a valid one with the same claims', async () => {
      const good = await token(valid);
      await verifier.verify(good);
      const [header, body] = good.split('.');
      const other = await token(valid, { key: (await generateKeyPair('ES256')).privateKey });
      expect(await codeOf(verifier.verify(`${header}.${body}.${other.split('.')[2]}`))).toBe('UNAUTHENTICATED');
    });
  });
});
