import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt } from '@polku/scripts';
import { launchChromium, screenshotDir } from './support/browser.js';
import { bootPlatform, type TestPlatform } from './support/platform.js';

// The developers' IDE at /graphql as `npm start` serves it (development,
// trusted documents off): GraphiQL from npm, bundled, a demo token prefilled.
let platform: TestPlatform;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  await ensureAppBuilt();
  platform = await bootPlatform();
  chromium = await launchChromium();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
});

describe('GraphiQL at /graphql in development', () => {
  it('loads from the platform alone, introspects with the prefilled token and runs a query', async () => {
    const origin = new URL(platform.gatewayUrl).origin;
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
    });
    const introspection = page.waitForResponse((response) => response.url() === `${origin}/graphql` && (response.request().postData() ?? '').includes('__schema'));
    await page.goto(`${origin}/graphql`);
    const answer = await introspection;
    expect((await answer.request().allHeaders()).authorization).toMatch(/^Bearer ey/);
    expect((await answer.json()).data.__schema.queryType.name).toBe('Query');

    // Type a query and run it: the answer comes from the platform with the demo coach's token.
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('Control+A');
    // Monaco closes brackets itself: type the opening ones only.
    await page.keyboard.type('{me{organisation{name');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    const run = page.waitForResponse((response) => response.url() === `${origin}/graphql` && !(response.request().postData() ?? '').includes('__schema'));
    await page.locator('.graphiql-execute-button').click();
    const result = await (await run).json();
    expect(result.data?.me, JSON.stringify(result)).toEqual({ organisation: { name: 'Sotek-säätiö' } });
    await page.locator('.graphiql-response', { hasText: 'Sotek-säätiö' }).waitFor();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: join(screenshotDir, `graphiql-${width}.png`) });
    }
    expect(elsewhere).toEqual([]);
    await context.close();
  }, 90_000);
});
