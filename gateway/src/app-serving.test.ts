import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoutes, oidcSettingsFromEnv, type AppServingOptions } from './app-serving.js';

let distDir: string;
const servers: Server[] = [];

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'polku-app-'));
  await mkdir(join(distDir, 'assets'));
  await writeFile(join(distDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(distDir, 'graphiql.html'), '<!doctype html><head><!--polku-ide-settings--></head>');
  await writeFile(join(distDir, 'assets', 'app-1.js'), 'console.log(1)');
});
afterAll(async () => {
  for (const server of servers) server.close();
  await rm(distDir, { recursive: true, force: true });
});

/** The routes on a bare server; anything they do not handle answers 404 "graphql". */
async function serve(options: AppServingOptions & { production: boolean; ideToken?: string }, host = '127.0.0.1'): Promise<string> {
  const handle = appRoutes({ distDir, ...options });
  const server = createServer((request, response) => {
    void handle(request, response, new URL(request.url!, 'http://localhost')).then((handled) => {
      if (!handled) response.writeHead(404).end('graphql');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

const devSignIn = { personas: [{ subject: 'coach@sotek', description: 'coach', organisation: 'sotek', roles: ['COACH'] }], signIn: async (subject: string) => `token-of-${subject}` };

describe('the gateway serving the web app', () => {
  it('serves the app for its routes, same-origin only by CSP, assets cached for good', async () => {
    const base = await serve({ production: true });
    const page = await fetch(`${base}/clients/123`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${base}/assets/app-1.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(await asset.text()).toBe('console.log(1)');
    // fetch asks for gzip and unpacks it: the header says it was compressed.
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${base}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    // API calls are not the app's.
    expect(await (await fetch(`${base}/graphql`, { method: 'POST' })).text()).toBe('graphql');
  });

  it('in production: no demo users, no development sign-in, no IDE; the OIDC settings for the app', async () => {
    const oidc = { authority: 'https://login.example.fi/realms/polku', clientId: 'polku-app', scope: 'openid profile' };
    const base = await serve({ production: true, devSignIn, oidc });
    expect(await (await fetch(`${base}/app-config.json`)).json()).toEqual({ production: true, devPersonas: null, oidc });
    const signIn = await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"subject":"coach@sotek"}' });
    expect(signIn.status).toBe(404);
    expect(await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text()).toBe('graphql');
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' https://login.example.fi");
  });

  it('in development: signs in a listed demo user only, by JSON only, and serves GraphiQL with the token as inert JSON', async () => {
    const base = await serve({ production: false, devSignIn, ideToken: 'ey</script><script>alert(1)' });
    const post = (body: string, type = 'application/json') => fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(await (await post('{"subject":"coach@sotek"}')).json()).toEqual({ token: 'token-of-coach@sotek' });
    expect((await post('{"subject":"admin@elsewhere"}')).status).toBe(400);
    // A cross-site form can send only simple content types: refused.
    expect((await post('subject=coach@sotek', 'application/x-www-form-urlencoded')).status).toBe(405);
    const ide = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(ide).toContain('<script type="application/json" id="polku-ide-settings">');
    expect(ide).toContain('Bearer ey\\u003c/script>\\u003cscript>alert(1)');
    expect(ide).not.toContain('</script><script>alert(1)');
  });

  // This machine's address on a network, if it has one: a request from it is not from loopback.
  const lanAddress = Object.values(networkInterfaces()).flat().find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
  it.runIf(lanAddress)('offers the development sign-in to this machine only (npm start listens on every interface)', async () => {
    const base = await serve({ production: false, devSignIn }, lanAddress);
    expect(await (await fetch(`${base}/app-config.json`)).json()).toMatchObject({ devPersonas: null });
    const signIn = await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"subject":"coach@sotek"}' });
    expect(signIn.status).toBe(404);
  });

  it('reads the OIDC settings from the environment: both or neither', () => {
    expect(oidcSettingsFromEnv({})).toBeUndefined();
    expect(oidcSettingsFromEnv({ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'app' })).toEqual({ authority: 'https://idp.example', clientId: 'app', scope: 'openid profile' });
    expect(() => oidcSettingsFromEnv({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => oidcSettingsFromEnv({ OIDC_ISSUER: 'idp.example', OIDC_CLIENT_ID: 'app' })).toThrow(/http/);
  });
});
