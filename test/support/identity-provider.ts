import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small OpenID Connect provider for the browser tests of the web app's
 * production sign-in: discovery, an authorization endpoint that signs the
 * (already authenticated) person in at once, a token endpoint that checks
 * the PKCE verifier against the challenge, and sign-out. The access token it
 * hands out is whatever the test gives it: a real platform token.
 */
export async function startIdentityProvider(options: { clientId: string; accessToken: () => Promise<string>; subject: string }) {
  const codes = new Map<string, { challenge: string; redirectUri: string; nonce?: string }>();
  const log: string[] = [];
  let base = '';
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url!, base);
      log.push(`${request.method} ${url.pathname}${url.searchParams.get('prompt') ? `?prompt=${url.searchParams.get('prompt')}` : ''}`);
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, authorization' };
      if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
      if (url.pathname === '/.well-known/openid-configuration') {
        return response.writeHead(200, { 'content-type': 'application/json', ...cors }).end(
          JSON.stringify({
            issuer: base,
            authorization_endpoint: `${base}/authorize`,
            token_endpoint: `${base}/token`,
            end_session_endpoint: `${base}/logout`,
            jwks_uri: `${base}/jwks`,
            response_types_supported: ['code'],
            code_challenge_methods_supported: ['S256'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['ES256'],
          }),
        );
      }
      if (url.pathname === '/authorize') {
        const redirect = new URL(url.searchParams.get('redirect_uri')!);
        redirect.searchParams.set('state', url.searchParams.get('state') ?? '');
        const signedIn = (request.headers.cookie ?? '').includes('idp-session=1');
        if (url.searchParams.get('client_id') !== options.clientId || url.searchParams.get('code_challenge_method') !== 'S256') {
          redirect.searchParams.set('error', 'invalid_request');
        } else if (url.searchParams.get('prompt') === 'none' && !signedIn) {
          redirect.searchParams.set('error', 'login_required');
        } else {
          const code = randomBytes(16).toString('hex');
          codes.set(code, { challenge: url.searchParams.get('code_challenge')!, redirectUri: url.searchParams.get('redirect_uri')!, nonce: url.searchParams.get('nonce') ?? undefined });
          redirect.searchParams.set('code', code);
        }
        return response.writeHead(302, { location: redirect.toString(), 'set-cookie': 'idp-session=1; Path=/; HttpOnly; SameSite=Lax' }).end();
      }
      if (url.pathname === '/token' && request.method === 'POST') {
        const form = new URLSearchParams(await text(request));
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (!grant || grant.challenge !== challenge || grant.redirectUri !== form.get('redirect_uri')) {
          return response.writeHead(400, { 'content-type': 'application/json', ...cors }).end(JSON.stringify({ error: 'invalid_grant' }));
        }
        const now = Math.floor(Date.now() / 1000);
        const idToken = [{ alg: 'none', typ: 'JWT' }, { iss: base, aud: options.clientId, sub: options.subject, iat: now, exp: now + 3600, nonce: grant.nonce }]
          .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
          .join('.');
        return response
          .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors })
          .end(JSON.stringify({ access_token: await options.accessToken(), id_token: `${idToken}.`, token_type: 'Bearer', expires_in: 3600, scope: 'openid profile' }));
      }
      if (url.pathname === '/logout') {
        const back = url.searchParams.get('post_logout_redirect_uri') ?? base;
        return response.writeHead(302, { location: back, 'set-cookie': 'idp-session=; Path=/; Max-Age=0' }).end();
      }
      response.writeHead(404, cors).end();
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // localhost like the platform: the same site, so the provider's session cookie reaches its silent-renew frame.
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { issuer: base, log, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function text(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}
