import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatementCount } from '@polku/kit';
import { importSheets, runImportCommand, templateMarkdown, withAdminClient, writeImportCsv, writeImportWorkbook, writeTemplateFiles, type ImportReport, type ImportTables } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Imports from spreadsheets (docs/import.md) through the real gateway with
 * real tokens into real PostgreSQL: the dry run's problems word for word,
 * idempotent re-runs, a bad row refused with its dependants and the reason,
 * no import into another organisation's data, the import log, CSV and XLSX.
 */
let platform: TestPlatform;
let dir: string;
let t: Record<'sotekAdmin' | 'sotekCoach' | 'kalliolaAdmin', string>;

const valuesOf = (sheet: string, column: string) => (importSheets.find((s) => s.name === sheet)!.columns.find((c) => c.name === column)!.type as { values?: readonly string[] }).values!.join(', ');

const run = (organisation: string, token: string, files: string[], dryRun = false) =>
  runImportCommand({ organisation, files, token, dryRun, gatewayUrl: platform.gatewayUrl, today: '2026-11-29' });

const summaryOf = (report: ImportReport) => Object.fromEntries(report.summary.map(({ sheet, added, unchanged, refused }) => [sheet, [added, unchanged, refused]]));

/** Counts of what an organisation holds, as the owner sees the tables. */
async function countsOf(organisationSlug: string) {
  const org = await platform.organisationId(organisationSlug);
  return withAdminClient(platform.adminUrl, async (db) => {
    const count = async (sql: string) => Number((await db.query(sql, [org])).rows[0].count);
    return {
      clients: await count('SELECT count(*) FROM journeys.client WHERE org_id = $1'),
      enrolments: await count('SELECT count(*) FROM journeys.enrolment WHERE org_id = $1'),
      sessions: await count('SELECT count(*) FROM journeys.coaching_session WHERE org_id = $1'),
      exits: await count('SELECT count(*) FROM outcomes.exit_outcome WHERE org_id = $1'),
      completedFollowUps: await count('SELECT count(*) FROM outcomes.follow_up WHERE org_id = $1 AND completed_on IS NOT NULL'),
      importBatches: await count('SELECT (SELECT count(*) FROM journeys.import_batch WHERE org_id = $1) + (SELECT count(*) FROM outcomes.import_batch WHERE org_id = $1) AS count'),
    };
  });
}

/** A small history of n clients, each enrolled in Yhteinen Askel with a session, an exit and a completed 4-week follow-up. */
function history(prefix: string, n: number): ImportTables {
  const clients = [['sourceKey', 'code', 'fullName', 'birthYear', 'languages', 'obstacles']];
  const enrolments = [['sourceKey', 'client', 'project', 'startedOn', 'phase']];
  const sessions = [['sourceKey', 'enrolment', 'kind', 'heldOn', 'minutes', 'notes']];
  const exits = [['sourceKey', 'enrolment', 'exitDate', 'destination', 'title', 'qualificationGained']];
  const followUps = [['sourceKey', 'exit', 'after', 'completedOn', 'foundDestination']];
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(4, '0');
    clients.push([`${prefix}C${id}`, `${prefix}-${id}`, `Tuotu Asiakas ${prefix}${id}`, '1975', 'fi;so', 'DEBT']);
    enrolments.push([`${prefix}E${id}`, `${prefix}C${id}`, 'yhteinen-askel', '2025-01-15', 'EXITED']);
    sessions.push([`${prefix}S${id}`, `${prefix}E${id}`, 'INDIVIDUAL', '2025-02-03', '45', 'Tuotu muistiinpano']);
    exits.push([`${prefix}X${id}`, `${prefix}E${id}`, '2025-09-30', i % 3 ? 'EMPLOYED_OPEN_MARKET' : 'VOCATIONAL_EDUCATION', 'varastotyöntekijä', 'no']);
    followUps.push([`${prefix}F${id}`, `${prefix}X${id}`, 'P4W', '2025-10-28', 'EMPLOYED_OPEN_MARKET']);
  }
  return { clients, enrolments, sessions, exits, followUps };
}

async function csvFiles(name: string, tables: ImportTables): Promise<string[]> {
  const paths: string[] = [];
  for (const [sheet, rows] of Object.entries(tables)) {
    const path = join(dir, `${sheet}-${name}.csv`);
    await writeImportCsv(path, rows!, sheet === 'enrolments' ? ';' : ',');
    paths.push(path);
  }
  return paths;
}

beforeAll(async () => {
  platform = await bootPlatform();
  dir = await mkdtemp(join(tmpdir(), 'polku-import-'));
  t = {
    sotekAdmin: await platform.tokenFor('sotek', ['ORG_ADMIN'], [], 'importer@sotek'),
    sotekCoach: await platform.tokenFor('sotek', ['COACH']),
    kalliolaAdmin: await platform.tokenFor('kalliola', ['ORG_ADMIN'], [], 'importer@kalliola'),
  };
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('dry run', () => {
  it('reports every problem with its sheet, row and column, and writes nothing', async () => {
    const files = await csvFiles('dry', {
      clients: [
        ['sourceKey', 'code', 'fullName', 'birthYear', 'municipality', 'languages', 'contact', 'educationLevel', 'obstacles'],
        ['D-1', 'DRY-0001', 'Kuiva Harjoitus', '1980', 'Kotka', 'fi', '', 'BASIC_EDUCATION', 'DEBT'],
        ['D-2', 'dry 2', '', '19x0', '', '', '', '', ''],
        ['D-1', 'DRY-0004', '', '', '', '', '', '', 'NOPE'],
      ],
      enrolments: [
        ['sourceKey', 'client', 'project', 'startedOn', 'plannedEndOn', 'phase'],
        ['DE-1', 'D-1', 'yhteinen-askel', '2025-13-01', '', ''],
        ['DE-2', 'D-2', 'yhteinen-askel', '2025-03-01', '', ''],
        ['DE-3', 'D-9', 'no-such-project', '2025-03-01', '', ''],
        ['DE-4', 'D-1', 'yhteinen-askel', '2025-06-01', '2025-01-01', 'WAITING'],
        ['DE-5', 'D-1', 'tekijan-polku', '2025-03-01', '', ''],
        ['DE-6', 'D-1', 'yhteinen-askel', '2023-12-31', '', ''],
        ['DE-7', 'D-1', 'yhteinen-askel', '2025-03-01', '', ''],
      ],
      sessions: [
        ['sourceKey', 'enrolment', 'kind', 'heldOn', 'minutes'],
        ['DS-1', 'DE-1', 'INDIVIDUAL', '2025-02-10', '60'],
        ['DS-2', 'DE-7', 'SOLO', '10.2.2025', '0'],
      ],
      exits: [
        ['sourceKey', 'enrolment', 'exitDate', 'destination', 'qualificationGained'],
        ['DX-1', 'DE-6', '2026-01-10', 'EMPLOYED_OPEN_MARKET', ''],
        ['DX-2', 'DE-7', '2025-02-01', 'EMPLOYED_OPEN_MARKET', 'maybe'],
      ],
      followUps: [
        ['sourceKey', 'exit', 'after', 'completedOn', 'foundDestination'],
        ['DF-1', 'DX-2', 'P5Y', '2025-02-02', 'EMPLOYED_OPEN_MARKET'],
      ],
    });
    const before = await countsOf('sotek');
    const report = await run('sotek', t.sotekAdmin, files, true);

    expect(report.problems).toEqual([
      'clients row 3, column birthYear: 19x0 is not a whole number',
      'clients row 3, column code: code must be 3 to 32 capitals, digits or dashes, e.g. "SOT-0042".',
      `clients row 4, column obstacles: NOPE is not one of ${valuesOf('clients', 'obstacles')}`,
      'clients row 4, column sourceKey: sourceKey D-1 is also on row 2',
      'enrolments row 2, column startedOn: 2025-13-01 is not a date',
      'enrolments row 3, column client: clients row 3 (D-2) is refused',
      'enrolments row 4, column client: D-9 is neither a sourceKey of clients in this file nor imported before',
      'enrolments row 4, column project: no-such-project is not a project your organisation takes part in',
      `enrolments row 5, column phase: WAITING is not one of ${valuesOf('enrolments', 'phase')}`,
      'enrolments row 5, column plannedEndOn: plannedEndOn must be a day of the years 0001–9999, not before startedOn.',
      'enrolments row 6, column project: tekijan-polku is not a project your organisation takes part in',
      "enrolments row 7, column startedOn: startedOn must lie inside the project's period 2024-01-01–2027-12-31.",
      'sessions row 2, column enrolment: enrolments row 2 (DE-1) is refused',
      'sessions row 3, column kind: SOLO is not one of INDIVIDUAL, GROUP',
      'sessions row 3, column minutes: minutes must be a whole number from 1 to 600.',
      'sessions row 3, column heldOn: heldOn may not be before the enrolment started (2025-03-01).',
      'exits row 2, column enrolment: enrolments row 7 (DE-6) is refused',
      'exits row 3, column qualificationGained: maybe is not yes or no',
      'exits row 3, column exitDate: exitDate may not be before the enrolment started (2025-03-01).',
      'followUps row 2, column exit: exits row 3 (DX-2) is refused',
      '"P5Y" is not a duration like P4W, P3M or P90D.'.replace(/^/, 'followUps row 2, column after: '),
    ]);
    expect(summaryOf(report)).toEqual({ clients: [1, 0, 2], enrolments: [1, 0, 6], sessions: [0, 0, 2], exits: [0, 0, 2], followUps: [0, 0, 1] });
    expect(await countsOf('sotek')).toEqual(before);
  });
});

describe('load', () => {
  it('loads a CSV history through the gateway, and a re-run adds nothing and says unchanged', async () => {
    const files = await csvFiles('history', history('IMP', 120));
    const before = await countsOf('sotek');
    const first = await run('sotek', t.sotekAdmin, files);
    expect(first.problems).toEqual([]);
    expect(summaryOf(first)).toEqual({ clients: [120, 0, 0], enrolments: [120, 0, 0], sessions: [120, 0, 0], exits: [120, 0, 0], followUps: [120, 0, 0] });
    const after = await countsOf('sotek');
    expect(after).toMatchObject({
      clients: before.clients + 120,
      enrolments: before.enrolments + 120,
      sessions: before.sessions + 120,
      exits: before.exits + 120,
      completedFollowUps: before.completedFollowUps + 120,
    });

    // What the API shows: the imported clients by code, with their personal data.
    const page = await platform.graphql(`{ clients(first: 100, codePrefix: "IMP-") { nodes { code personal { fullName languages } } pageInfo { hasNextPage } } }`, { token: t.sotekCoach });
    expect(page.data.clients.nodes[0]).toEqual({ code: 'IMP-0001', personal: { fullName: 'Tuotu Asiakas IMP0001', languages: ['fi', 'so'] } });
    expect(page.data.clients.pageInfo.hasNextPage).toBe(true);

    const again = await run('sotek', t.sotekAdmin, files);
    expect(again.problems).toEqual([]);
    expect(summaryOf(again)).toEqual({ clients: [0, 120, 0], enrolments: [0, 120, 0], sessions: [0, 120, 0], exits: [0, 120, 0], followUps: [0, 120, 0] });
    expect(await countsOf('sotek')).toEqual(after);
    const pageAgain = await platform.graphql(`{ clients(first: 100, codePrefix: "IMP-") { nodes { code } } }`, { token: t.sotekCoach });
    expect(pageAgain.data.clients.nodes).toHaveLength(100);

    // The same rows sent straight to the mutation again: unchanged, with the records made the first time.
    const [client] = first.plan.rows.get('clients')!;
    const direct = await platform.graphql(`mutation ($rows: [ImportClientRow!]!) { importClients(rows: $rows) { added unchanged refused rows { sourceKey status id } } }`, {
      token: t.sotekAdmin,
      variables: { rows: [{ sourceKey: client!.sourceKey, code: 'IMP-0001' }] },
    });
    expect(direct.data.importClients).toEqual({ added: 0, unchanged: 1, refused: 0, rows: [{ sourceKey: 'IMPC0001', status: 'UNCHANGED', id: client!.id }] });
  });

  it('loads an XLSX workbook, one worksheet per sheet (the template file itself)', async () => {
    const templateDir = join(dir, 'template');
    const written = await writeTemplateFiles(templateDir);
    const report = await run('kalliola', t.kalliolaAdmin, [written.find((path) => path.endsWith('.xlsx'))!]);
    expect(report.problems).toEqual([]);
    expect(summaryOf(report)).toEqual({ clients: [1, 0, 0], enrolments: [1, 0, 0], sessions: [1, 0, 0], exits: [1, 0, 0], followUps: [1, 0, 0] });
    const exits = await platform.graphql(`{ exitOutcomes(first: 100) { nodes { exitDate destination title followUps { after status } } } }`, { token: t.kalliolaAdmin });
    expect(exits.data.exitOutcomes.nodes).toContainEqual({
      exitDate: '2025-11-28',
      destination: 'EMPLOYED_OPEN_MARKET',
      title: 'prosessinhoitaja',
      followUps: [
        { after: 'P4W', status: 'COMPLETED' },
        { after: 'P3M', status: 'OVERDUE' },
        { after: 'P6M', status: 'OVERDUE' },
      ],
    });
  });

  it('refuses a bad row and the rows depending on it, says why, and loads the rest', async () => {
    const tables = history('BAD', 3);
    // A code Sotek already uses: only the service knows, so only the load finds it.
    tables.clients![2]![1] = 'SOT-0004';
    const files = await csvFiles('bad', tables);
    const before = await countsOf('sotek');
    const report = await run('sotek', t.sotekAdmin, files);
    expect(report.problems).toEqual([
      'clients row 3, column code: code SOT-0004 is already used by another client.',
      'enrolments row 3, column client: clients row 3 (BADC0002) is refused',
      'sessions row 3, column enrolment: enrolments row 3 (BADE0002) is refused',
      'exits row 3, column enrolment: enrolments row 3 (BADE0002) is refused',
      'followUps row 3, column exit: exits row 3 (BADX0002) is refused',
    ]);
    expect(summaryOf(report)).toEqual({ clients: [2, 0, 1], enrolments: [2, 0, 1], sessions: [2, 0, 1], exits: [2, 0, 1], followUps: [2, 0, 1] });
    expect(await countsOf('sotek')).toMatchObject({ clients: before.clients + 2, enrolments: before.enrolments + 2, exits: before.exits + 2 });
    await withAdminClient(platform.adminUrl, async (db) => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM journeys.import_key WHERE source_key LIKE 'BAD%0002'`);
      expect(rows[0].n).toBe(0);
    });
  });

  it('a row only the database refuses costs only itself: the batch falls back to one savepoint per row', async () => {
    // Another transaction takes the code RACE-0002 after the import has checked the codes and before it writes:
    // only the unique index sees the clash.
    const sotek = await platform.organisationId('sotek');
    const other = new pg.Client({ connectionString: platform.adminUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT set_config('app.org_id', $1, true)`, [sotek]);
      await other.query(`INSERT INTO journeys.client (org_id, code) VALUES ($1, 'RACE-0002')`, [sotek]);
      const pending = platform.graphql(`mutation ($rows: [ImportClientRow!]!) { importClients(rows: $rows) { added refused rows { sourceKey status problems { column message } } } }`, {
        token: t.sotekAdmin,
        variables: { rows: ['1', '2', '3'].map((n) => ({ sourceKey: `RACE-${n}`, code: `RACE-000${n}`, fullName: `Kilpa ${n}` })) },
      });
      // Commit once the import's bulk insert waits on the other transaction's index entry.
      await expect.poll(async () => withAdminClient(platform.adminUrl, async (db) =>
        (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%importClients%'`)).rows[0].n), { timeout: 10_000 }).toBe(1);
      await other.query('COMMIT');
      const response = await pending;
      expect(response.errors).toBeUndefined();
      expect(response.data.importClients).toEqual({
        added: 2,
        refused: 1,
        rows: [
          { sourceKey: 'RACE-1', status: 'ADDED', problems: [] },
          { sourceKey: 'RACE-2', status: 'REFUSED', problems: [{ column: 'sourceKey', message: 'The row conflicts with a record stored meanwhile (the same key or code).' }] },
          { sourceKey: 'RACE-3', status: 'ADDED', problems: [] },
        ],
      });
    } finally {
      await other.end();
    }
    const codes = await platform.graphql(`{ clients(first: 10, codePrefix: "RACE-") { nodes { code personal { fullName } } } }`, { token: t.sotekCoach });
    expect(codes.data.clients.nodes).toEqual([
      { code: 'RACE-0001', personal: { fullName: 'Kilpa 1' } },
      { code: 'RACE-0002', personal: null },
      { code: 'RACE-0003', personal: { fullName: 'Kilpa 3' } },
    ]);
  });

  it('is in the import log: who, what and how many, per call', async () => {
    const sotek = await platform.organisationId('sotek');
    await withAdminClient(platform.adminUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT kind, actor_subject AS actor, sum(added)::int AS added, sum(unchanged)::int AS unchanged, sum(refused)::int AS refused FROM (
           SELECT * FROM journeys.import_batch UNION ALL SELECT * FROM outcomes.import_batch) b
         WHERE org_id = $1 GROUP BY kind, actor_subject ORDER BY kind`,
        [sotek],
      );
      // 120 + 2 (+ 2 of 3 in the savepoint test) added, 1 unchanged sent straight to the mutation, 1 refused of each kind (+ 1 client);
      // a re-run the command finds complete is not sent.
      expect(rows).toEqual([
        { kind: 'CLIENT', actor: 'importer@sotek', added: 124, unchanged: 1, refused: 2 },
        { kind: 'COACHING_SESSION', actor: 'importer@sotek', added: 122, unchanged: 0, refused: 0 },
        { kind: 'ENROLMENT', actor: 'importer@sotek', added: 122, unchanged: 0, refused: 0 },
        { kind: 'EXIT', actor: 'importer@sotek', added: 122, unchanged: 0, refused: 0 },
        { kind: 'FOLLOW_UP', actor: 'importer@sotek', added: 122, unchanged: 0, refused: 0 },
      ]);
      // Append-only: not even the owner changes it.
      await expect(db.query(`UPDATE journeys.import_batch SET added = 0 WHERE org_id = $1`, [sotek])).rejects.toThrow(/append-only/);
    });
  });
});

describe('client rights', () => {
  it("an imported client's export names the organisation's own keys it was imported under, in both services", async () => {
    const { client, keys } = await withAdminClient(platform.adminUrl, async (db) => {
      const client = (await db.query(`SELECT id FROM journeys.client WHERE code = 'IMP-0001'`)).rows[0].id as string;
      const keys = (await db.query(`SELECT source_key FROM journeys.import_key WHERE record_id = $1`, [client])).rows.map((r) => r.source_key as string);
      return { client, keys };
    });
    expect(keys).toHaveLength(1);
    const answer = await platform.graphql(`query ($id: ID!) { exportClientData(clientId: $id) { document } }`, { token: t.sotekAdmin, variables: { id: client } });
    const doc = answer.data.exportClientData.document;
    expect(doc.journeys.importKeys).toContainEqual({ kind: 'CLIENT', sourceKey: keys[0], recordId: client });
    const enrolmentIds = doc.journeys.enrolments.map((e: { id: string }) => e.id);
    for (const key of doc.journeys.importKeys.filter((k: { kind: string }) => k.kind === 'ENROLMENT')) expect(enrolmentIds).toContain(key.recordId);
    const exitIds = doc.outcomes.exits.map((e: { id: string }) => e.id);
    const exitKeys = doc.outcomes.importKeys.filter((k: { kind: string }) => k.kind === 'EXIT');
    expect(exitKeys.map((k: { recordId: string }) => k.recordId).sort()).toEqual([...exitIds].sort());
  });
});

describe('separation', () => {
  it("an organisation cannot import into another organisation's data, and only an ORG_ADMIN imports", async () => {
    const sotekIds = await withAdminClient(platform.adminUrl, async (db) => {
      const client = (await db.query(`SELECT id FROM journeys.client WHERE code = 'IMP-0001'`)).rows[0].id;
      const enrolment = (await db.query(`SELECT record_id AS id FROM journeys.import_key WHERE source_key = 'IMPE0002'`)).rows[0].id;
      const exit = (await db.query(`SELECT record_id AS id FROM outcomes.import_key WHERE source_key = 'IMPX0002'`)).rows[0].id;
      return { client, enrolment, exit };
    });
    const project = (await platform.graphql(`{ project(slug: "yhteinen-askel") { id } }`, { token: t.kalliolaAdmin })).data.project.id;
    const rowsOf = async (mutation: string, type: string, row: Record<string, unknown>) =>
      (await platform.graphql(`mutation ($rows: [${type}!]!) { ${mutation}(rows: $rows) { added refused rows { status problems { column message } } } }`, { token: t.kalliolaAdmin, variables: { rows: [row] } })).data[mutation];

    expect(await rowsOf('importEnrolments', 'ImportEnrolmentRow', { sourceKey: 'K-1', clientId: sotekIds.client, projectId: project, startedOn: '2025-03-01' })).toEqual({
      added: 0,
      refused: 1,
      rows: [{ status: 'REFUSED', problems: [{ column: 'clientId', message: 'No such client.' }] }],
    });
    expect(await rowsOf('importCoachingSessions', 'ImportCoachingSessionRow', { sourceKey: 'K-2', enrolmentId: sotekIds.enrolment, kind: 'INDIVIDUAL', heldOn: '2025-03-01', minutes: 30 })).toMatchObject({
      refused: 1,
      rows: [{ problems: [{ column: 'enrolmentId', message: 'No such enrolment.' }] }],
    });
    expect(await rowsOf('importExits', 'ImportExitRow', { sourceKey: 'K-3', enrolmentId: sotekIds.enrolment, exitDate: '2025-10-01', destination: 'UNEMPLOYED' })).toMatchObject({
      refused: 1,
      rows: [{ problems: [{ column: 'enrolmentId', message: 'No such enrolment.' }] }],
    });
    expect(await rowsOf('importFollowUps', 'ImportFollowUpRow', { sourceKey: 'K-4', exitOutcomeId: sotekIds.exit, after: 'P3M', completedOn: '2025-12-30', foundDestination: 'UNEMPLOYED' })).toMatchObject({
      refused: 1,
      rows: [{ problems: [{ column: 'exitOutcomeId', message: 'No such exit.' }] }],
    });
    // Sotek's source keys mean nothing to Kalliola.
    const keys = await platform.graphql(`{ importedJourneyRecords(kind: CLIENT, sourceKeys: ["IMPC0001"]) { id } }`, { token: t.kalliolaAdmin });
    expect(keys.data.importedJourneyRecords).toEqual([{ id: null }]);

    // A coach may not import; the command refuses a token of another organisation before reading the file.
    const coach = await platform.graphql(`mutation { importClients(rows: [{ sourceKey: "C-1", code: "SOT-9999" }]) { added } }`, { token: t.sotekCoach });
    expect(coach.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await expect(run('sotek', t.kalliolaAdmin, [join(dir, 'clients-history.csv')], true)).rejects.toThrow('the token is of organisation kalliola, not sotek');
    await expect(run('sotek', t.sotekCoach, [join(dir, 'clients-history.csv')], true)).rejects.toThrow(/needs an ORG_ADMIN of sotek/);

    // Row level security, as the service role: Kalliola's transaction sees none of Sotek's import keys and cannot write one for Sotek.
    const kalliola = await platform.organisationId('kalliola');
    const sotek = await platform.organisationId('sotek');
    await withAdminClient(platform.adminUrl, async (db) => {
      await db.query('BEGIN');
      try {
        await db.query('SET LOCAL ROLE journeys_app');
        await db.query(`SELECT set_config('app.org_id', $1, true), set_config('app.subject', 'importer@kalliola', true)`, [kalliola]);
        expect((await db.query(`SELECT count(*)::int AS n FROM journeys.import_key WHERE source_key LIKE 'IMP%'`)).rows[0].n).toBe(0);
        await expect(db.query(`INSERT INTO journeys.import_batch (org_id, actor_subject, kind, added, unchanged, refused, request_id) VALUES ($1, 'importer@kalliola', 'CLIENT', 0, 0, 0, 'x')`, [sotek])).rejects.toThrow(
          /row-level security/,
        );
      } finally {
        await db.query('ROLLBACK');
      }
    });
  });
});

describe('the command', () => {
  it('npm run import prints every problem and the summary, and exits 2 when rows are refused', async () => {
    const files = await csvFiles('cli', {
      clients: [
        ['sourceKey', 'code'],
        ['CLI-1', 'CLI-0001'],
        ['CLI-2', 'cli'],
      ],
    });
    const root = fileURLToPath(new URL('..', import.meta.url));
    const result = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', '@oxc-node/core/register', 'scripts/src/import.ts', '--org', 'sotek', '--dry-run', '--token', t.sotekAdmin, '--gateway', platform.gatewayUrl, ...files],
      { cwd: root },
    ).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (failed: { code: number; stdout: string }) => ({ code: failed.code, stdout: failed.stdout }),
    );
    expect(result.code).toBe(2);
    expect(result.stdout.split('\n')).toEqual([
      'clients row 3, column code: code must be 3 to 32 capitals, digits or dashes, e.g. "SOT-0042".',
      '',
      'dry run: nothing was written',
      'sheet       would add  unchanged  refused',
      'clients             1          0        1',
      'enrolments          0          0        0',
      'sessions            0          0        0',
      'exits               0          0        0',
      'followUps           0          0        0',
      '',
    ]);
  }, 60_000);
});

describe('template and cost', () => {
  it("docs/import.md's tables are the template's definition", async () => {
    const doc = await readFile(new URL('../docs/import.md', import.meta.url), 'utf8');
    expect(doc).toContain(templateMarkdown());
  });

  it('an import call costs the same number of SQL statements for 10 rows as for 100', async () => {
    const statementsFor = async (prefix: string, n: number) => {
      const rows = Array.from({ length: n }, (_, i) => ({ sourceKey: `${prefix}${i}`, code: `${prefix}-${String(i).padStart(4, '0')}`, fullName: `Laskettu ${i}`, obstacles: ['DEBT'] }));
      const before = sqlStatementCount('journeys');
      const response = await platform.graphql(`mutation ($rows: [ImportClientRow!]!) { importClients(rows: $rows) { added } }`, { token: t.sotekAdmin, variables: { rows } });
      expect(response.data.importClients.added).toBe(n);
      return sqlStatementCount('journeys') - before;
    };
    const ten = await statementsFor('CNTA', 10);
    expect(await statementsFor('CNTB', 100)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(10);
  });
});
