import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt, writeImportWorkbook } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';
import { launchChromium, parseCsv, screenshotDir, seriousViolations, tablesOnPage } from './support/browser.js';

// The web app in headless Chromium, through the real gateway and PostgreSQL,
// signed in with real tokens. The app is the production build (vite build)
// and the gateway runs only trusted documents.
let platform: TestPlatform;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let origin: string;
const requests: string[] = [];
const pageErrors: string[] = [];
const timings: Record<string, number> = {};
const screenshots: string[] = [];

beforeAll(async () => {
  await ensureAppBuilt();
  platform = await bootPlatform({ trustedDocumentsOnly: true });
  origin = new URL(platform.gatewayUrl).origin;
  chromium = await launchChromium();
  browser = chromium.browser;
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
  await writeFile(join(screenshotDir, 'timings.json'), JSON.stringify({ timings, screenshots }, null, 2)).catch(() => {});
});

async function newContext(options: { locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: options.locale ?? 'fi-FI', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
  return context;
}

async function signIn(page: Page, subject: string, path = '/') {
  await page.goto(origin + path);
  await page.locator('.personas button').filter({ has: page.locator('strong', { hasText: new RegExp(`^${subject.replace('.', '\\.')}$`) }) }).click();
  await page.locator('nav').waitFor();
}

/**
 * Sotek sends Kuntoutussäätiö a referral of a new client (name consented), as
 * Sotek's coach through the journeys subgraph: the gateway here runs only
 * the web app's trusted documents.
 */
async function sendLiveReferral(fullName: string): Promise<string> {
  const sotek = await platform.tokenFor('sotek', ['COACH']);
  const journeys = platform.subgraphUrls.journeys!;
  const call = async (query: string, variables: Record<string, unknown>) => {
    const answer = await platform.graphql(query, { token: sotek, variables, url: journeys });
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };
  const db = new pg.Client({ connectionString: platform.adminUrl });
  await db.connect();
  const { rows } = await db
    .query<{ project: string; offering: string; receiver: string }>(
      `SELECT p.id AS project, o.id AS offering, o.organisation_id AS receiver FROM partners.project p
       JOIN partners.service_offering o ON o.project_id = p.id AND o.type = 'HEALTH_AND_WORK_ABILITY_ASSESSMENT'
       WHERE p.slug = 'yhteinen-askel'`,
    )
    .finally(() => db.end());
  const { project, offering, receiver } = rows[0]!;
  const { createClient } = await call('mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }', { input: { code: 'SOT-LIVE1', personal: { fullName } } });
  const { enrolClient } = await call('mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }', { input: { clientId: createClient.id, projectId: project, startedOn: '2026-03-01' } });
  const { recordConsent } = await call('mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', {
    input: { clientId: createClient.id, purpose: 'REFERRAL', recipientOrganisationId: receiver, projectId: project, dataCategories: ['NAME'] },
  });
  const { createReferral } = await call('mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }', {
    input: { enrolmentId: enrolClient.id, serviceOfferingId: offering, consentId: recordConsent.id },
  });
  await call('mutation ($id: ID!) { sendReferral(referralId: $id) { id } }', { id: createReferral.id });
  return createReferral.id;
}

/** The first open path of a client whose code starts so. */
async function openPathOf(codePrefix: string): Promise<string> {
  const db = new pg.Client({ connectionString: platform.adminUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>("SELECT e.id FROM journeys.enrolment e JOIN journeys.client c ON c.id = e.client_id WHERE c.code LIKE $1 || '%' AND e.phase <> 'EXITED' ORDER BY c.code LIMIT 1", [codePrefix]);
    return rows[0]!.id;
  } finally {
    await db.end();
  }
}

async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Every page: no serious or critical WCAG 2.1 AA violation, and a screenshot at 1280 px and 375 px. */
async function checkPage(page: Page, name: string) {
  await settled(page);
  const violations = await seriousViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    // Charts follow their container's width a moment later; then nothing but a table's own scroll region is wider than the screen.
    await page.waitForFunction((w) => document.documentElement.scrollWidth <= w, width, { timeout: 5000 }).catch(() => {});
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    const file = `${name}-${width}.png`;
    await page.screenshot({ path: join(screenshotDir, file), fullPage: true });
    screenshots.push(file);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const figuresPath = '/figures?project=uusi-askel';
const yearPath = '/figures?project=uusi-askel&year=2019&per=QUARTER';
const periodRows = (page: Page, table = 'periods') =>
  page.$$eval(`table[data-table="${table}"] tbody tr`, (rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())));

describe('the web app in a browser', () => {
  it('shows the sign-in page with the demo users (development keys) and no demo users in production', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(origin + '/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Kirjaudu Polkuun');
    expect(await page.locator('.personas button').count()).toBeGreaterThanOrEqual(8);
    await checkPage(page, 'sign-in');
    await context.close();

    const production = await bootPlatform({ production: true });
    try {
      const base = new URL(production.gatewayUrl).origin;
      const config = await (await fetch(`${base}/app-config.json`)).json();
      expect(config).toMatchObject({ production: true, devPersonas: null });
      const signInAttempt = await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subject: 'coach@sotek' }) });
      expect(signInAttempt.status).toBe(404);
      // No IDE in production: a browser asking for /graphql gets no page.
      const ide = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
      expect(await ide.text()).not.toContain('graphiql');
      // Its own context: this page is on the production platform's origin, not the one the request check watches.
      const productionContext = await browser.newContext({ locale: 'fi-FI' });
      const productionPage = await productionContext.newPage();
      await productionPage.goto(base + '/');
      await expect(productionPage.locator('main').textContent()).resolves.toContain('OIDC_ISSUER');
      expect(await productionPage.locator('.personas').count()).toBe(0);
      await productionContext.close();
    } finally {
      await production.stop();
    }
  }, 90_000);

  it('gives the coordinator Uusi Askel’s yearly quality-path rates as a chart and a table (first and warm load times recorded)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const chartBars = 'figure[data-chart="periods"] .recharts-bar-rectangle';
    let began = Date.now();
    await page.goto(origin + figuresPath);
    await page.locator('.personas button').filter({ hasText: 'reporting@sotek' }).click();
    await page.locator(chartBars).first().waitFor();
    timings.coordinatorFirstLoadMs = Date.now() - began;
    began = Date.now();
    await page.reload();
    await page.locator(chartBars).first().waitFor();
    timings.coordinatorWarmLoadMs = Date.now() - began;

    expect(await page.locator(chartBars).count()).toBe(3);
    // Seed 000's reported rates, each year against the project's 50 % target.
    expect(await periodRows(page, 'years')).toEqual([
      ['2018', '50', '21', '42 %', 'Alle tavoitteen'],
      ['2019', '50', '23', '46 %', 'Alle tavoitteen'],
      ['2020', '100', '78', '78 %', 'Tavoite saavutettu'],
    ]);
    await checkPage(page, 'coordinator-figures');
    await page.goto(origin + yearPath);
    await page.locator('table[data-table="destinations"]').waitFor();
    expect((await page.locator('.cards').textContent())!.replace(/\s+/g, ' ')).toContain('46 % / 50 %');
    // Every group of figures is drawn too, beside its table: destinations, partners, ESF+ indicators, follow-ups.
    for (const chart of ['destinations', 'partners', 'esf', 'follow-ups']) {
      expect(await page.locator(`figure[data-chart="${chart}"] .recharts-bar-rectangle`).count(), chart).toBeGreaterThan(0);
    }
    // Pooled figures name the statistics release they come from.
    await expect(page.locator('.source').textContent()).resolves.toMatch(/Tilastojulkaisu 2019, versio \d+, julkaistu \d/);
    await checkPage(page, 'coordinator-figures-year');
    // A page the role has no menu entry for, opened by its address: the API's refusal as a sentence.
    await page.goto(origin + '/access-log');
    await page.locator('.error').waitFor();
    await expect(page.locator('.error-sentence').textContent()).resolves.toBe('Roolisi ei salli tätä.');
    await expect(page.locator('.error-detail').textContent()).resolves.toMatch(/^Tarkenne: FORBIDDEN — /);
    await context.close();
  }, 60_000);

  it('shows a suppressed cell as suppressed, never 0, and downloads exactly the tables on the screen as CSV', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'reporting@sotek', '/figures?project=uusi-askel&year=2019&per=MONTH');
    await page.locator('table[data-table="periods"]').waitFor();
    const months = await periodRows(page);
    expect(months).toHaveLength(12);
    const suppressedCells = months.flatMap((row) => row.slice(1)).filter((cell) => cell === 'piilotettu');
    expect(suppressedCells.length).toBeGreaterThan(0);
    expect(months.flatMap((row) => row.slice(1))).not.toContain('0');
    await expect(page.locator('.suppression-note').textContent()).resolves.toMatch(/Alle 5 lukumäärät piilotetaan.*Piilotettu ei ole nolla/);
    await checkPage(page, 'coordinator-figures-suppressed');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa CSV' }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const blocks = csv.trim().split('\r\n\r\n').slice(1).map(parseCsv);
    const screen = await tablesOnPage(page, '.figures-view table');
    expect(blocks).toEqual(screen);
    expect(csv).toContain('piilotettu');
    expect(csv).toMatch(/Tilastojulkaisu 2019, versio \d+, julkaistu \d/);
    await context.close();
  }, 60_000);

  it('switches between Finnish, Swedish and English, the API’s labels too, and remembers the choice', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'reporting@sotek', yearPath);
    await page.locator('table[data-table="destinations"]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Hankkeen luvut');
    await expect(page.locator('table[data-table="destinations"]').textContent()).resolves.toContain('Työllistynyt avoimille työmarkkinoille');
    await page.getByLabel('Kieli').selectOption('sv');
    await page.locator('h1', { hasText: 'Projektets siffror' }).waitFor();
    await page.locator('table[data-table="destinations"]', { hasText: 'Anställd på den öppna arbetsmarknaden' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
    await page.getByLabel('Språk').selectOption('en');
    await page.locator('table[data-table="destinations"]', { hasText: 'Employed in the open labour market' }).waitFor();
    await expect(page.locator('nav').textContent()).resolves.toContain('Project figures');
    await page.reload();
    await page.locator('h1', { hasText: 'Project figures' }).waitFor();
    await context.close();
  }, 60_000);

  it('lets Kuntoutussäätiö’s coach accept Sotek’s referral, seeing exactly the consented fields', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'coach@kuntoutussaatio', '/referrals/received');
    const card = page.locator('li.referral', { hasText: 'Sotek' });
    await card.waitFor();
    expect(await card.locator('[data-shared] [data-field]').evaluateAll((fields) => fields.map((field) => field.getAttribute('data-field')))).toEqual(['fullName', 'languages']);
    await expect(card.locator('[data-field="fullName"] dd').textContent()).resolves.toBe('Aino Virtanen');
    await checkPage(page, 'coach-referrals-received');
    await card.getByRole('button', { name: 'Hyväksy' }).click();
    await page.locator('li.referral [data-field="status"]', { hasText: 'Hyväksytty' }).waitFor();
    await context.close();
  }, 60_000);

  it('shows a referral Sotek sends at Kuntoutussäätiö, and the answer at Sotek, without a reload (live inbox)', async () => {
    const receiving = await (await newContext()).newPage();
    await signIn(receiving, 'coach@kuntoutussaatio', '/referrals/received');
    await settled(receiving);
    const sending = await (await newContext()).newPage();
    await signIn(sending, 'coach@sotek', '/referrals/sent');
    await settled(sending);
    const referralId = await sendLiveReferral('Eeva Elävä');
    // No reload: the card arrives over the page's open subscription.
    const card = receiving.locator(`li.referral[data-referral="${referralId}"]`);
    await card.waitFor({ timeout: 5000 });
    await expect(card.locator('[data-field="fullName"] dd').textContent()).resolves.toBe('Eeva Elävä');
    await expect(receiving.locator('[data-live]').textContent()).resolves.toBe('Uusi ohjaus: Sotek-säätiö.');
    await card.getByRole('button', { name: 'Hyväksy' }).click();
    await sending.locator('[data-live]', { hasText: 'Kuntoutussäätiö: Hyväksytty.' }).waitFor({ timeout: 5000 });
    await checkPage(receiving, 'coach-referrals-live');
    await receiving.context().close();
    await sending.context().close();
  }, 60_000);

  it('shows a coach of another organisation none of them', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'coach@kalliola', '/referrals/received');
    await settled(page);
    await expect(page.locator('main').textContent()).resolves.toContain('Organisaatiollesi ei ole lähetetty ohjauksia.');
    for (const path of ['/referrals/received', '/clients', '/referrals/sent']) {
      await page.goto(origin + path);
      await page.locator('nav').waitFor();
      await settled(page);
      const text = await page.locator('main').textContent();
      expect(text).not.toContain('Aino Virtanen');
      expect(text).not.toContain('SOT-');
    }
    // Sotek's path by its id looks like a path that does not exist: a plain sentence, the code in the detail line.
    await page.goto(`${origin}/clients/${await openPathOf('SOT-')}`);
    await page.locator('.error').waitFor();
    await expect(page.locator('.error-sentence').textContent()).resolves.toBe('Tätä ei löytynyt. Se on ehkä poistettu tai kuuluu toiselle organisaatiolle.');
    await expect(page.locator('.error-detail').textContent()).resolves.toMatch(/^Tarkenne: NOT_FOUND/);
    expect(await page.locator('main').textContent()).not.toContain('SOT-');
    await checkPage(page, 'error-not-found');
    await context.close();
  }, 60_000);

  it('gives Sotek’s coach the client paths, a path to work on, sent referrals and the follow-up worklist', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'coach@sotek', '/clients');
    await page.locator('table[data-table="clients"]').waitFor();
    const codes = await page.$$eval('table[data-table="clients"] tbody th a', (links) => links.map((link) => link.textContent));
    // Open paths by default: Sotek's current clients, not its hundreds of historical exits.
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !code!.startsWith('SOT-'))).toEqual([]);
    expect(await page.$$eval('table[data-table="clients"] tbody tr td:last-child', (cells) => cells.every((cell) => cell.textContent === '–'))).toBe(true);
    await checkPage(page, 'coach-clients');

    // A Sotek client's open path: record a session on it.
    await page.goto(`${origin}/clients/${await openPathOf('SOT-')}`);
    await page.locator('h1', { hasText: 'polku' }).waitFor();
    await settled(page);
    const sessionsBefore = await page.locator('table[data-table="sessions"] tbody tr').count();
    await checkPage(page, 'coach-client-path');
    await page.getByRole('spinbutton', { name: 'Minuutit' }).fill('45');
    await page.locator('form[aria-labelledby="record-session"] button[type="submit"]').click();
    await page.waitForFunction((before) => document.querySelectorAll('table[data-table="sessions"] tbody tr').length === before + 1, sessionsBefore);

    await page.getByRole('link', { name: 'Lähetetyt ohjaukset' }).click();
    await page.locator('li.referral', { hasText: 'Kuntoutussäätiö' }).first().waitFor();
    await checkPage(page, 'coach-referrals-sent');
    await page.getByRole('link', { name: 'Myöhässä olevat seurannat' }).click();
    await page.locator('h1', { hasText: 'Myöhässä olevat seurannat' }).waitFor();
    await checkPage(page, 'coach-follow-ups');
    await context.close();
  }, 90_000);

  it('gives the organisation admin the staff and the data protection officer the access log and a printable access report', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'org_admin@sotek', '/staff');
    await page.locator('table[data-table="staff"]').waitFor();
    await expect(page.locator('table[data-table="staff"]').textContent()).resolves.toContain('coach@sotek');
    await checkPage(page, 'admin-staff');
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();

    await signIn(page, 'dpo@sotek', '/access-log');
    await page.locator('table[data-table="access-log"]').waitFor();
    await checkPage(page, 'dpo-access-log');
    await page.locator('table[data-table="access-log"] a', { hasText: 'SOT-0004' }).first().click();
    await page.locator('.active-filter').waitFor();
    await settled(page);
    const clients = await page.$$eval('table[data-table="access-log"] tbody tr td:nth-child(2) a:first-child', (links) => [...new Set(links.map((link) => link.textContent))]);
    expect(clients).toEqual(['SOT-0004']);
    await page.locator('.active-filter a').click();
    await page.locator('h1', { hasText: 'SOT-0004' }).waitFor();
    await expect(page.locator('table[data-table="recipients"]').textContent()).resolves.toContain('Kuntoutussäätiö');
    await checkPage(page, 'dpo-access-report');
    await context.close();
  }, 90_000);

  it('lets the organisation admin import a CSV: the check names the bad row, the import adds the good rows and refuses it, a second import changes nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'org_admin@sotek', '/staff');
    await page.getByRole('link', { name: 'Tuonti', exact: true }).click();
    await page.locator('h1', { hasText: 'Tuonti taulukosta' }).waitFor();
    // The template: a CSV per sheet as a download, made in the page.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'clients.csv' }).click();
    const template = await readFile((await (await download).path())!, 'utf8');
    expect(template.split('\r\n')[0]).toBe('sourceKey,code,fullName,birthYear,municipality,languages,contact,educationLevel,obstacles');

    const csv = ['sourceKey;code;fullName;birthYear;municipality', 'WEB-1;SOT-WEB1;Aino Testinen;1980;Kouvola', 'WEB-2;SOT-WEB2;Eero Testinen;19x0;Kotka', 'WEB-3;SOT-WEB3;;;'].join('\n');
    await page.getByLabel('CSV- tai Excel-tiedostot').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const summaryOf = async () => Object.fromEntries(await page.$$eval('table[data-table="import-summary"] tbody tr', (rows) => rows.map((row) => [row.getAttribute('data-sheet'), [...row.querySelectorAll('td')].map((cell) => Number(cell.textContent))])));

    // The check (dry run): the exact problem, in the command's words; nothing written.
    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.locator('h2', { hasText: 'Tarkistuksen tulos' }).waitFor();
    expect(await page.$$eval('[data-list="import-problems"] li', (items) => items.map((item) => item.textContent))).toEqual(['clients row 3, column birthYear: 19x0 is not a whole number']);
    expect(await summaryOf()).toEqual({ clients: [2, 0, 1] });
    await checkPage(page, 'admin-import-check');

    // The load: the good rows added, the bad one refused with its reason; a progress bar counted the rows.
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.locator('h2', { hasText: 'Tuonti valmis' }).waitFor();
    expect(await summaryOf()).toEqual({ clients: [2, 0, 1] });
    expect(await page.locator('th', { hasText: 'Lisätty' }).count()).toBe(1);
    expect(await page.$$eval('[data-list="import-problems"] li', (items) => items.map((item) => item.textContent))).toEqual(['clients row 3, column birthYear: 19x0 is not a whole number']);
    expect(await page.locator('progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([2, 2]);
    await expect(page.locator('.progress-text').textContent()).resolves.toMatch(/^clients: 2 \/ 2 riviä, [\d\s ]+ riviä\/s$/);
    await checkPage(page, 'admin-import-done');
    const db = new pg.Client({ connectionString: platform.adminUrl });
    await db.connect();
    const stored = await db.query<{ code: string }>(`SELECT code FROM journeys.client WHERE code LIKE 'SOT-WEB%' ORDER BY code`).finally(() => db.end());
    expect(stored.rows.map((row) => row.code)).toEqual(['SOT-WEB1', 'SOT-WEB3']);

    // The same file again: the check and the load find every good row imported before.
    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.locator('h2', { hasText: 'Tarkistuksen tulos' }).waitFor();
    expect(await summaryOf()).toEqual({ clients: [0, 2, 1] });
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.locator('h2', { hasText: 'Tuonti valmis' }).waitFor();
    expect(await summaryOf()).toEqual({ clients: [0, 2, 1] });

    // A workbook (XLSX, read in the browser): a row imported before from the CSV stays unchanged, the new one is added.
    const workbook = join(screenshotDir, 'import-upload.xlsx');
    await writeImportWorkbook(workbook, { clients: [['sourceKey', 'code', 'birthYear', 'fullName'], ['WEB-1', 'SOT-WEB1', '1980', 'Aino Testinen'], ['WEB-4', 'SOT-WEB4', '1990', 'Outi Testinen']] });
    await page.getByLabel('CSV- tai Excel-tiedostot').setInputFiles(workbook);
    await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();
    await page.locator('h2', { hasText: 'Tarkistuksen tulos' }).waitFor();
    expect(await summaryOf()).toEqual({ clients: [1, 1, 0] });
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.locator('h2', { hasText: 'Tuonti valmis' }).waitFor();
    expect(await summaryOf()).toEqual({ clients: [1, 1, 0] });
    await context.close();
  }, 90_000);

  it('sent no request outside the platform’s own origin and raised no script error', () => {
    expect(requests.length).toBeGreaterThan(50);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
