import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt } from '@polku/scripts';
import { launchChromium } from './support/browser.js';
import { startIdentityProvider } from './support/identity-provider.js';
import { bootPlatform, type TestPlatform } from './support/platform.js';

// The web app's production sign-in: a production platform (no demo users,
// trusted documents only) and an OpenID Connect provider; Authorization Code
// with PKCE, the token in memory only, a silent sign-in after a reload, sign-out.
let platform: TestPlatform;
let provider: Awaited<ReturnType<typeof startIdentityProvider>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  await ensureAppBuilt();
  let tokenFor: () => Promise<string> = () => Promise.reject(new Error('platform not up'));
  provider = await startIdentityProvider({ clientId: 'polku-app', subject: 'reporting@sotek', accessToken: () => tokenFor() });
  process.env.OIDC_ISSUER = provider.issuer;
  process.env.OIDC_CLIENT_ID = 'polku-app';
  try {
    platform = await bootPlatform({ production: true, trustedDocumentsOnly: true });
  } finally {
    delete process.env.OIDC_ISSUER;
    delete process.env.OIDC_CLIENT_ID;
  }
  tokenFor = () => platform.tokenFor('sotek', ['COORDINATOR'], ['uusi-askel', 'avain-askel', 'yhteinen-askel'], 'reporting@sotek');
  chromium = await launchChromium();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
  await provider?.close();
});

describe('the web app signing in with OpenID Connect in production', () => {
  it('signs in with Authorization Code and PKCE, keeps the token in memory, renews silently after a reload and signs out', async () => {
    const origin = new URL(platform.gatewayUrl).origin;
    const context = await chromium.browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    const apiCalls: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${origin}/graphql`)) apiCalls.push(request);
    });
    await page.goto(`${origin}/figures?project=uusi-askel`);
    // Not signed in at the provider yet: the quiet attempt fails and the page offers the sign-in.
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.locator('table[data-table="years"]').waitFor();
    expect(page.url()).toBe(`${origin}/figures?project=uusi-askel`);
    expect(await page.$$eval('table[data-table="years"] tbody th', (cells) => cells.map((cell) => cell.textContent))).toEqual(['2018', '2019', '2020']);
    expect(provider.log).toContain('POST /token');
    // The API got the provider's access token; nothing of it is stored in the browser.
    expect(apiCalls.at(-1)!.headers().authorization).toMatch(/^Bearer ey/);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toMatch(/access_token|"ey[A-Za-z0-9_-]{20,}/);

    // A reload forgets the token; a silent sign-in (hidden frame, prompt=none) gets a new one.
    await page.reload();
    await page.locator('table[data-table="years"]').waitFor();
    expect(provider.log.filter((line) => line === 'GET /authorize?prompt=none').length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.personas').count()).toBe(0);

    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).waitFor();
    expect(provider.log).toContain('GET /logout');
    await context.close();
  }, 90_000);
});
