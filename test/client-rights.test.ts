import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionJobUrl, runRetention, withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Clients' rights through the gateway with real tokens: Sotek's ORG_ADMIN or
 * DATA_PROTECTION_OFFICER exports one client's data (everything Sotek holds,
 * nothing of Kuntoutussäätiö's) and erases it (no personal value left in any
 * answer or any table, the pooled figures unchanged, the erasure logged).
 */
let platform: TestPlatform;
let t: Record<'coach' | 'admin' | 'dpo' | 'coordinator' | 'funder' | 'kuntoutusAdmin' | 'kuntoutusCoach' | 'kuntoutusDpo', string>;
let ids: { sotek: string; kuntoutus: string; project: string; assessmentOffering: string };

/** A client's personal values and free text, unique to the client (marked with its code): none may survive its erasure. */
const personalOf = (mark: string) => ({
  fullName: `Sanni Poistettava ${mark}`,
  contact: `sanni.${mark.toLowerCase()}@example.fi`,
  municipality: `Haminanlahti ${mark}`,
  goal: `Trukkikortti satamaan ${mark}`,
  assessment: `Alkukartoitus: Sanni haluaa satamaan ${mark}`,
  notes: `Muistiinpano Sannin velkajärjestelystä ${mark}`,
  report: `Alkuraportti: Sanni aloitti ${mark}`,
  activity: `Työkokeilu varastolla ${mark}`,
  exitTitle: `Satamatyöntekijä ${mark}`,
  correctionReason: `Sanni pyysi korjaamaan nimikkeen ${mark}`,
  declineReason: `Sanni ei ehdi arvioon ${mark}`,
});
type Personal = ReturnType<typeof personalOf>;

async function call<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return platform.graphql<T>(query, { token, variables });
}
async function ok<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await call<T>(token, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

const exportQuery = `query ($id: ID!, $locale: Locale) { exportClientData(clientId: $id, locale: $locale) { schemaVersion generatedAt document printable } }`;
const eraseMutation = `mutation ($id: ID!, $reason: String!) { eraseClient(clientId: $id, reason: $reason) { exitsErased erasure { id clientId actorSubject basis reason erasedAt } } }`;
// Own figures of this year (the fixtures' exits are in it); pooled figures of last year's statistics release.
const metricsQuery = `query ($p: ID!, $view: MetricsView! = POOLED, $from: LocalDate! = "2026-01-01", $to: LocalDate! = "2026-12-31") { projectMetrics(projectId: $p, view: $view, from: $from, to: $to, granularity: YEAR) {
  exits { value suppressed } qualityPath { value suppressed } destinations { destination count { value suppressed } }
  followUps { due { value suppressed } completed { value suppressed } } } }`;

interface Fixture {
  personal: Personal;
  clientId: string;
  enrolmentId: string;
  exitId: string;
  referralId: string;
  declinedReferralId: string;
}

/** A Sotek client with every kind of data: personal data, path content, a sent and a declined referral, an exit with a correction. */
async function fullClient(code: string): Promise<Fixture> {
  const personal = personalOf(code.replace('SOT-', 'X'));
  const { createClient } = await ok(t.coach, `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: {
      code,
      personal: { fullName: personal.fullName, birthYear: 1979, municipality: personal.municipality, languages: ['fi', 'et'], contact: personal.contact },
      educationLevel: 'BASIC_EDUCATION',
      obstacles: ['DEBT'],
    },
  });
  const clientId = createClient.id as string;
  const { enrolClient } = await ok(t.coach, `mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
    input: { clientId, projectId: ids.project, startedOn: '2026-03-01' },
  });
  const enrolmentId = enrolClient.id as string;
  await ok(t.coach, `mutation ($id: ID!, $s: String!, $g: String!) { recordInitialAssessment(input: { enrolmentId: $id, assessedOn: "2026-03-02", summary: $s, goals: [$g] }) { assessedOn } }`, {
    id: enrolmentId, s: personal.assessment, g: personal.goal,
  });
  await ok(t.coach, `mutation ($id: ID!, $n: String!) { recordCoachingSession(input: { enrolmentId: $id, kind: INDIVIDUAL, heldOn: "2026-03-05", minutes: 60, notes: $n }) { id } }`, {
    id: enrolmentId, n: personal.notes,
  });
  await ok(t.coach, `mutation ($id: ID!, $title: String!) { recordActivity(input: { enrolmentId: $id, kind: WORK_TRIAL, title: $title, completedOn: "2026-04-01" }) { id } }`, {
    id: enrolmentId, title: personal.activity,
  });
  await ok(t.coach, `mutation ($id: ID!, $s: String!) { writeReport(input: { enrolmentId: $id, kind: START, writtenOn: "2026-03-03", summary: $s }) { id } }`, {
    id: enrolmentId, s: personal.report,
  });
  const consent = async () =>
    (await ok(t.coach, `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { clientId, purpose: 'REFERRAL', recipientOrganisationId: ids.kuntoutus, projectId: ids.project, dataCategories: ['NAME', 'MUNICIPALITY', 'CONTACT', 'OBSTACLES'] },
    })).recordConsent.id as string;
  const referral = async () => {
    const { createReferral } = await ok(t.coach, `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      input: { enrolmentId, serviceOfferingId: ids.assessmentOffering, consentId: await consent() },
    });
    await ok(t.coach, `mutation ($id: ID!) { sendReferral(referralId: $id) { id } }`, { id: createReferral.id });
    return createReferral.id as string;
  };
  const referralId = await referral();
  const declinedReferralId = await referral();
  await ok(t.kuntoutusCoach, `mutation ($id: ID!, $r: String!) { declineReferral(referralId: $id, reason: $r) { id } }`, { id: declinedReferralId, r: personal.declineReason });
  const { recordExit } = await ok(t.coach, `mutation ($input: RecordExitInput!) { recordExit(input: $input) { id } }`, {
    input: { enrolmentId, exitDate: '2026-06-01', destination: 'EMPLOYED_OPEN_MARKET', furtherDestinations: ['WORK_TRIAL'], title: 'Satamatyöntekijä' },
  });
  await ok(t.coach, `mutation ($id: ID!, $title: String!, $r: String!) { correctExit(exitId: $id, input: { title: $title }, reason: $r) { id } }`, {
    id: recordExit.id, title: personal.exitTitle, r: personal.correctionReason,
  });
  return { personal, clientId, enrolmentId, exitId: recordExit.id, referralId, declinedReferralId };
}

/** Every row of every table of both services, read as the service role with Sotek set (row level security applies). */
async function everyRowAsOwner(): Promise<string> {
  const dump: string[] = [];
  for (const service of ['journeys', 'outcomes'] as const) {
    const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls[service] });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [ids.sotek]);
      const tables = await client.query(
        `SELECT table_name FROM information_schema.table_privileges WHERE table_schema = $1 AND grantee = current_user AND privilege_type = 'SELECT'`,
        [service],
      );
      for (const { table_name } of tables.rows) {
        const rows = await client.query(`SELECT row_to_json(t)::text AS row FROM ${service}."${table_name}" t`);
        dump.push(...rows.rows.map((r) => r.row));
      }
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  }
  return dump.join('\n');
}

/** Every answer the owner and the receiver can get about the client, through the gateway. */
async function everyAnswer(f: Fixture): Promise<string> {
  const answers = await Promise.all([
    call(t.admin, exportQuery, { id: f.clientId }),
    call(t.coach, `{ clients(first: 100) { nodes { id code personal { fullName birthYear municipality languages contact } background { educationLevel obstacles } } } }`),
    call(t.coach, `query ($id: ID!) { enrolment(id: $id) { id initialAssessment { summary } goals { title } coachingSessions { notes } activities { title unitName } reports { summary }
      exitOutcome { title corrections { reason before { title } after { title } } } } }`, { id: f.enrolmentId }),
    call(t.coach, `{ exitCorrections(first: 100) { nodes { reason before { title } after { title } } } }`),
    call(t.coach, `{ sentReferrals(first: 100) { nodes { id declineReason events { reason } sharedClient { fullName municipality contact obstacles } } } }`),
    call(t.kuntoutusCoach, `{ receivedReferrals(first: 100) { nodes { id declineReason events { reason } sharedClient { fullName municipality contact obstacles } } } }`),
    call(t.dpo, `{ personalDataAccessLog(first: 100) { nodes { fields purpose } } clientErasures(first: 10) { nodes { reason } } }`),
  ]);
  return JSON.stringify(answers);
}

beforeAll(async () => {
  platform = await bootPlatform();
  t = {
    coach: await platform.tokenFor('sotek', ['COACH']),
    admin: await platform.tokenFor('sotek', ['ORG_ADMIN']),
    dpo: await platform.tokenFor('sotek', ['DATA_PROTECTION_OFFICER']),
    coordinator: await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']),
    funder: await platform.tokenFor('sotek', ['FUNDER'], ['yhteinen-askel']),
    kuntoutusAdmin: await platform.tokenFor('kuntoutussaatio', ['ORG_ADMIN']),
    kuntoutusCoach: await platform.tokenFor('kuntoutussaatio', ['COACH']),
    kuntoutusDpo: await platform.tokenFor('kuntoutussaatio', ['DATA_PROTECTION_OFFICER']),
  };
  const { project } = await ok(t.coach, '{ project(slug: "yhteinen-askel") { id serviceOfferings { id type } } }');
  ids = {
    sotek: await platform.organisationId('sotek'),
    kuntoutus: await platform.organisationId('kuntoutussaatio'),
    project: project.id,
    assessmentOffering: project.serviceOfferings.find((o: any) => o.type === 'HEALTH_AND_WORK_ABILITY_ASSESSMENT').id,
  };
});
afterAll(() => platform?.stop());

describe('exportClientData', () => {
  it("holds every piece of the client's data the owner has, across journeys and outcomes, and nothing of another organisation's", async () => {
    const f = await fullClient('SOT-EXP1');
    const { personal } = f;
    const other = await fullClient('SOT-EXP2');
    const { exportClientData } = await ok(t.dpo, exportQuery, { id: f.clientId, locale: 'SV' });
    expect(exportClientData.schemaVersion).toBe('1.0');
    const doc = exportClientData.document;
    const text = JSON.stringify(doc);
    for (const value of Object.values(personal)) expect(text).toContain(value);
    expect(doc.journeys.client).toMatchObject({ id: f.clientId, code: 'SOT-EXP1', personal: { fullName: personal.fullName, birthYear: 1979, languages: ['fi', 'et'] } });
    expect(doc.journeys.client.background).toEqual({ educationLevel: 'BASIC_EDUCATION', obstacles: ['DEBT'] });
    expect(doc.journeys.enrolments.map((e: any) => e.id)).toEqual([f.enrolmentId]);
    expect(doc.journeys.consents).toHaveLength(2);
    const sent = doc.journeys.referralsSent.find((r: any) => r.id === f.referralId);
    expect(sent.sharedWithReceiver).toMatchObject({ fullName: personal.fullName, contact: personal.contact, dataCategories: ['NAME', 'MUNICIPALITY', 'CONTACT', 'OBSTACLES'] });
    expect(sent.receiverOrganisationId).toBe(ids.kuntoutus);
    const [exit] = doc.outcomes.exits;
    expect(exit).toMatchObject({ id: f.exitId, destination: 'EMPLOYED_OPEN_MARKET', furtherDestinations: ['WORK_TRIAL'], title: personal.exitTitle });
    expect(exit.corrections).toHaveLength(1);
    expect(exit.followUps.length).toBeGreaterThan(0);
    expect(doc.accessReport.recipients.map((r: any) => r.referralId).sort()).toEqual([f.referralId, f.declinedReferralId].sort());
    // Nothing of the other client, nor of Kuntoutussäätiö's own records.
    expect(text).not.toContain(other.clientId);
    expect(text).not.toContain(other.enrolmentId);
    expect(text).not.toContain(other.exitId);
    expect(exportClientData.printable).toContain('Kopia av klientens uppgifter');
    expect(exportClientData.printable).toContain(personal.exitTitle);
    const fi = await ok(t.admin, exportQuery, { id: f.clientId, locale: 'FI' });
    expect(fi.exportClientData.printable).toContain('Kopio asiakkaan tiedoista');
    // Journeys' enumerated values print as labels in the language asked for, not as codes.
    const sv = exportClientData.printable as string;
    expect(sv).toContain('Utbildning: Grundläggande utbildning');
    expect(sv).toContain('Hinder: Skuldsättning');
    expect(fi.exportClientData.printable).toContain('Koulutus: Perusaste');
    expect(fi.exportClientData.printable).toContain('Esteet: Velkaantuminen');
    // Outcomes' codes too, by the labels outcomes names in its part (`vocabulary`, not printed itself).
    expect(sv).toContain('Anställd på den öppna arbetsmarknaden');
    expect(sv).toContain('Korrigerad');
    expect(sv).not.toContain('vocabulary');
    for (const code of ['BASIC_EDUCATION', 'DEBT', 'INDIVIDUAL', 'DECLINED', 'DATA_SUBJECT_REQUEST', 'OWN_CLIENT_WORK', 'SHARE_PROGRESS', 'REFERRAL: ', 'EMPLOYED_OPEN_MARKET', 'WORK_TRIAL', 'CORRECTED']) {
      expect(sv, code).not.toMatch(new RegExp(`: ${code}\\b|, ${code}\\b`));
    }
  });

  it('is logged as a personal-data read of purpose DATA_SUBJECT_REQUEST', async () => {
    const f = await fullClient('SOT-EXP3');
    await ok(t.admin, exportQuery, { id: f.clientId });
    const rows = await withAdminClient(platform.adminUrl, async (db) =>
      (await db.query(`SELECT purpose, fields FROM journeys.personal_data_access WHERE client_id = $1 AND purpose = 'DATA_SUBJECT_REQUEST'`, [f.clientId])).rows,
    );
    expect(rows).toEqual([{ purpose: 'DATA_SUBJECT_REQUEST', fields: ['export'] }]);
  });

  it('is refused to a coach, a coordinator and a funder, and looks like not found to another organisation', async () => {
    const f = await fullClient('SOT-EXP4');
    for (const token of [t.coach, t.coordinator, t.funder, t.kuntoutusCoach]) expect(codeOf(await call(token, exportQuery, { id: f.clientId }))).toBe('FORBIDDEN');
    for (const token of [t.kuntoutusAdmin, t.kuntoutusDpo]) expect(codeOf(await call(token, exportQuery, { id: f.clientId }))).toBe('NOT_FOUND');
    expect(codeOf(await call(t.admin, exportQuery, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });
});

describe('eraseClient', () => {
  it('leaves no personal value in any answer or any table, keeps the pooled figures and logs the erasure', async () => {
    const f = await fullClient('SOT-ERA1');
    const { personal } = f;
    const lastYear = { p: ids.project, from: '2025-01-01', to: '2025-12-31' };
    const publishRevision = `mutation ($p: ID!) { publishStatisticsRelease(projectId: $p, year: 2025) { revision } }`;
    await ok(t.coordinator, publishRevision, { p: ids.project });
    const before = await ok(t.coordinator, metricsQuery, lastYear);
    const ownBefore = await ok(t.admin, metricsQuery, { p: ids.project, view: 'OWN_ORGANISATION' });
    expect(ownBefore.projectMetrics.exits.value).toBeGreaterThan(0);
    expect(await everyAnswer(f)).toContain(personal.fullName);

    const { eraseClient } = await ok(t.dpo, eraseMutation, { id: f.clientId, reason: 'Asiakkaan pyyntö 1.6.2026' });
    expect(eraseClient.exitsErased).toBe(1);
    expect(eraseClient.erasure).toMatchObject({ clientId: f.clientId, basis: 'REQUEST', reason: 'Asiakkaan pyyntö 1.6.2026' });

    const answers = await everyAnswer(f);
    const rows = await everyRowAsOwner();
    for (const value of Object.values(personal)) {
      expect(answers, value).not.toContain(value);
      expect(rows, value).not.toContain(value);
    }
    expect(rows).not.toContain('SOT-ERA1');
    // The published release is unchanged; the erased client's own statistics (its exit is in this year's own
    // figures, which a later release will count) stay: the pseudonymous statistical rows are kept.
    expect(await ok(t.coordinator, metricsQuery, lastYear)).toEqual(before);
    expect(await ok(t.admin, metricsQuery, { p: ids.project, view: 'OWN_ORGANISATION' })).toEqual(ownBefore);

    const { clientErasures } = await ok(t.admin, '{ clientErasures(first: 5) { nodes { clientId basis reason actorSubject } } }');
    expect(clientErasures.nodes[0]).toMatchObject({ clientId: f.clientId, basis: 'REQUEST', reason: 'Asiakkaan pyyntö 1.6.2026' });
    // The exit and its statistical facts stay; its history records the erasure.
    const { enrolment } = await ok(t.coach, 'query ($id: ID!) { enrolment(id: $id) { exitOutcome { destination furtherDestinations title corrections { kind } } } }', { id: f.enrolmentId });
    expect(enrolment.exitOutcome).toEqual({ destination: 'EMPLOYED_OPEN_MARKET', furtherDestinations: ['WORK_TRIAL'], title: null, corrections: [{ kind: 'CORRECTED' }, { kind: 'ERASED' }] });
  });

  it('cuts the receiving partner off the shared data at once', async () => {
    const f = await fullClient('SOT-ERA2');
    const { personal } = f;
    const shared = `query ($id: ID!) { referral(id: $id) { id sharedClient { fullName } } }`;
    expect((await ok(t.kuntoutusCoach, shared, { id: f.referralId })).referral.sharedClient.fullName).toBe(personal.fullName);
    await ok(t.admin, eraseMutation, { id: f.clientId, reason: 'Säilytysaika päättyi' });
    const after = await call(t.kuntoutusCoach, shared, { id: f.referralId });
    expect(JSON.stringify(after)).not.toContain(personal.fullName);
  });

  it('refuses a coach, a coordinator, a funder and another organisation, and bad input with typed errors, changing nothing', async () => {
    const f = await fullClient('SOT-ERA3');
    const { personal } = f;
    for (const token of [t.coach, t.coordinator, t.funder, t.kuntoutusCoach]) expect(codeOf(await call(token, eraseMutation, { id: f.clientId, reason: 'Pyyntö' }))).toBe('FORBIDDEN');
    for (const token of [t.kuntoutusAdmin, t.kuntoutusDpo]) expect(codeOf(await call(token, eraseMutation, { id: f.clientId, reason: 'Pyyntö' }))).toBe('NOT_FOUND');
    expect(codeOf(await call(t.admin, eraseMutation, { id: f.clientId, reason: 'x' }))).toBe('BAD_USER_INPUT');
    const named = await call(t.admin, eraseMutation, { id: f.clientId, reason: `${personal.fullName} pyysi poistoa` });
    expect(named.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_HOLDS_PERSONAL_DATA' });
    expect(codeOf(await call(t.admin, eraseMutation, { id: 'nope', reason: 'Pyyntö' }))).toBe('NOT_FOUND');
    // Outcomes' own entry point, asked by another organisation with Sotek's enrolment: row level security finds nothing to erase.
    const outcomesErase = 'mutation ($ids: [ID!]!, $r: String!) { eraseClientOutcomes(enrolmentIds: $ids, reason: $r) }';
    expect((await ok(t.kuntoutusAdmin, outcomesErase, { ids: [f.enrolmentId], r: 'Pyyntö' })).eraseClientOutcomes).toBe(0);
    expect(codeOf(await call(t.admin, outcomesErase, { ids: ['nope'], r: 'Pyyntö' }))).toBe('BAD_USER_INPUT');
    expect((await ok(t.kuntoutusDpo, '{ retentionDueClients { clientId } }')).retentionDueClients).toEqual([]);
    const { exportClientData } = await ok(t.admin, exportQuery, { id: f.clientId });
    expect(exportClientData.document.journeys.client.personal.fullName).toBe(personal.fullName);
    expect(exportClientData.document.outcomes.exits[0].title).toBe(personal.exitTitle);
  });

  it('the database refuses removing personal data without an erasure record, and changing the erasure log, even to the service role', async () => {
    const f = await fullClient('SOT-ERA4');
    const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls.journeys });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [ids.sotek]);
      await expect(client.query('DELETE FROM journeys.client_personal WHERE client_id = $1', [f.clientId])).rejects.toThrow(/recorded erasure/);
    } finally {
      await client.query('ROLLBACK');
    }
    // The erasure log itself: the service role neither changes nor removes a row.
    await ok(t.admin, eraseMutation, { id: f.clientId, reason: 'Asiakkaan pyyntö' });
    try {
      for (const sql of ['UPDATE journeys.client_erasure SET reason = $2 WHERE client_id = $1', 'DELETE FROM journeys.client_erasure WHERE client_id = $1 AND $2::text IS NOT NULL']) {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true)`, [ids.sotek]);
        await expect(client.query(sql, [f.clientId, 'muutettu'])).rejects.toThrow(/permission denied/);
        await client.query('ROLLBACK');
      }
      // Erasing again is harmless: a retry after a failure between the services completes it.
      const again = await ok(t.admin, eraseMutation, { id: f.clientId, reason: 'Asiakkaan pyyntö, uudelleen' });
      expect(again.eraseClient.erasure.clientId).toBe(f.clientId);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
});

describe('retention policy', () => {
  it('an ORG_ADMIN sets it; the dry run lists the clients whose last exit is older than the policy, and why', async () => {
    const f = await fullClient('SOT-RET1');
    expect(codeOf(await call(t.dpo, 'mutation { setRetentionPolicy(yearsAfterLastExit: 5) { yearsAfterLastExit } }'))).toBe('FORBIDDEN');
    expect(codeOf(await call(t.admin, 'mutation { setRetentionPolicy(yearsAfterLastExit: 0) { yearsAfterLastExit } }'))).toBe('BAD_USER_INPUT');
    await ok(t.admin, 'mutation { setRetentionPolicy(yearsAfterLastExit: 5) { yearsAfterLastExit } }');
    const due = async () => (await ok(t.dpo, '{ retentionDueClients { clientId code lastExitOn erasableFrom yearsAfterLastExit } }')).retentionDueClients;
    expect((await due()).map((c: any) => c.clientId)).not.toContain(f.clientId);
    // Move the enrolment and exit into the past as the database admin, as if years had passed.
    await withAdminClient(platform.adminUrl, async (db) => {
      await db.query(`UPDATE journeys.enrolment SET started_on = '2015-01-01' WHERE id = $1`, [f.enrolmentId]);
      await db.query(`ALTER TABLE outcomes.exit_outcome DISABLE TRIGGER exit_change_needs_correction`);
      // the summary triggers run as outcomes_summaries, bound by row level security to the organisation set here
      await db.query(`SELECT set_config('app.org_id', $1, false)`, [ids.sotek]);
      await db.query(`UPDATE outcomes.exit_outcome SET exit_date = '2016-06-01', enrolment_started_on = '2015-01-01' WHERE id = $1`, [f.exitId]);
      await db.query(`ALTER TABLE outcomes.exit_outcome ENABLE TRIGGER exit_change_needs_correction`);
    });
    expect((await due()).find((c: any) => c.clientId === f.clientId)).toEqual({
      clientId: f.clientId, code: 'SOT-RET1', lastExitOn: '2016-06-01', erasableFrom: '2021-06-01', yearsAfterLastExit: 5,
    });
    expect(await ok(t.kuntoutusAdmin, '{ retentionDueClients { clientId } }')).toEqual({ retentionDueClients: [] });
    expect(codeOf(await call(t.coach, '{ retentionDueClients { clientId } }'))).toBe('FORBIDDEN');

    // The scheduled job: its dry run names the same client and erases nothing; the real run erases it as "retention-job".
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    const dry = await runRetention(await retentionJobUrl(platform.adminUrl), { dryRun: true, today });
    const sotekReport = dry.organisations.find((o) => o.organisationId === ids.sotek)!;
    expect(sotekReport.due.map((c) => c.clientId)).toContain(f.clientId);
    expect(sotekReport.erased).toBe(0);
    expect(dry.accessLogRows).toBe(0);
    const kept = await ok(t.admin, exportQuery, { id: f.clientId });
    expect(kept.exportClientData.document.journeys.client.personal.fullName).toBe(f.personal.fullName);

    const started = performance.now();
    const run = await runRetention(await retentionJobUrl(platform.adminUrl), { dryRun: false, today });
    const erasedCount = run.organisations.reduce((sum, o) => sum + o.erased, 0);
    console.info(`retention job: erased ${erasedCount} clients in ${Math.round(performance.now() - started)} ms`);
    expect(run.organisations.find((o) => o.organisationId === ids.sotek)!.erased).toBe(sotekReport.due.length);
    const erased = await ok(t.admin, exportQuery, { id: f.clientId });
    expect(erased.exportClientData.document.journeys.client.personal).toBeNull();
    expect(JSON.stringify(erased.exportClientData.document)).not.toContain(f.personal.exitTitle);
    // Demo clients whose exits are years old go too: the log has one row per erased client.
    const { clientErasures } = await ok(t.dpo, '{ clientErasures(first: 1) { nodes { basis actorSubject } } }');
    expect(clientErasures.nodes).toEqual([{ basis: 'RETENTION', actorSubject: 'retention-job' }]);
    const logged = await withAdminClient(platform.adminUrl, async (db) => ({
      ours: (await db.query(`SELECT basis, actor_subject FROM journeys.client_erasure WHERE client_id = $1`, [f.clientId])).rows,
      byJob: (await db.query(`SELECT count(*)::int AS n FROM journeys.client_erasure WHERE org_id = $1 AND basis = 'RETENTION'`, [ids.sotek])).rows[0].n,
    }));
    expect(logged.ours).toEqual([{ basis: 'RETENTION', actor_subject: 'retention-job' }]);
    expect(logged.byJob).toBe(sotekReport.due.length);
    expect((await due()).map((c: any) => c.clientId)).not.toContain(f.clientId);
  });

  it('the retention job runs as its own role, which can do no more than the services per organisation plus read policies and purge old logs', async () => {
    const before = await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM journeys.personal_data_access')).rows[0].n);
    await withAdminClient(await retentionJobUrl(platform.adminUrl), async (db) => {
      expect((await db.query(`SELECT current_user AS who, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`)).rows[0]).toEqual({
        who: 'retention_job', rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false,
      });
      // Without an organisation named, row level security shows nothing of anyone's.
      for (const table of ['journeys.client', 'journeys.client_personal', 'journeys.enrolment', 'outcomes.exit_outcome']) {
        expect((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n, table).toBe(0);
      }
      // Naming one organisation shows that organisation's rows only.
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [ids.sotek]);
      expect((await db.query(`SELECT count(*)::int AS n FROM journeys.client WHERE org_id <> $1`, [ids.sotek])).rows[0].n).toBe(0);
      await db.query('COMMIT');
      // It reads every policy, changes none; it purges no access-log row younger than 12 years.
      expect((await db.query('UPDATE journeys.retention_policy SET years_after_last_exit = 1')).rowCount).toBe(0);
      expect((await db.query('DELETE FROM journeys.personal_data_access')).rowCount).toBe(0);
      for (const sql of [
        'SELECT linkage_key FROM journeys.enrolment_linkage',
        'TRUNCATE journeys.personal_data_access',
        'CREATE TABLE journeys.retention_job_was_here (id int)',
        'ALTER TABLE journeys.client DISABLE ROW LEVEL SECURITY',
        'SET ROLE postgres',
      ]) {
        await expect(db.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
      }
    });
    expect(await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM journeys.personal_data_access')).rows[0].n)).toBeGreaterThanOrEqual(before);
  });

  it('the access log keeps its rows for its own legal period: the database refuses to purge younger rows', async () => {
    await expect(
      withAdminClient(platform.adminUrl, (db) => db.query(`DELETE FROM journeys.personal_data_access WHERE org_id = $1`, [ids.sotek])),
    ).rejects.toThrow(/append-only/);
  });
});
