import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { audit, type PublishedCells } from './support/disclosure-auditor.js';
import { legacyCells, microdata, offsetsOf } from './support/releases.js';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Attacks of issue 10 on pooled figures, each run twice: against what the
 * live function the platform had before (kept in the database, run as its
 * owner) — where the generic auditor recovers hidden counts — and against the
 * statistics releases read through the gateway, where it must find nothing.
 *
 * Yhteinen Askel 2024 (recorded through the gateway): Sotek 10 in March
 * (6 employed, 4 vocational education), Kuntoutussäätiö 8 in June (3
 * employed, 5 unemployed), Kalliola 2 in September (rehabilitative work).
 */
const fixture = [
  ...Array.from({ length: 6 }, () => ({ org: 'sotek', date: '2024-03-15', destination: 'EMPLOYED_OPEN_MARKET' })),
  ...Array.from({ length: 4 }, () => ({ org: 'sotek', date: '2024-03-20', destination: 'VOCATIONAL_EDUCATION' })),
  ...Array.from({ length: 3 }, () => ({ org: 'kuntoutussaatio', date: '2024-06-10', destination: 'EMPLOYED_OPEN_MARKET' })),
  ...Array.from({ length: 5 }, () => ({ org: 'kuntoutussaatio', date: '2024-06-12', destination: 'UNEMPLOYED' })),
  ...Array.from({ length: 2 }, () => ({ org: 'kalliola', date: '2024-09-05', destination: 'REHABILITATIVE_WORK_ACTIVITY' })),
];

let platform: TestPlatform;
let admin: pg.Client;
const projects: Record<string, string> = {};
const orgIds: Record<string, string> = {};
const tokens: Record<string, string> = {};

const metricsQuery = `query ($projectId: ID!, $from: LocalDate!, $to: LocalDate!, $granularity: MetricsGranularity!, $revision: Int) {
  projectMetrics(projectId: $projectId, view: POOLED, from: $from, to: $to, granularity: $granularity, revision: $revision) {
    release { id year revision publishedAt reason minimumCellSize auditedCells primarySuppressedCells suppressedCells }
    exits { value suppressed } qualityPath { value suppressed } qualificationGained { value suppressed }
    destinations { destination count { value suppressed } primaryCount { value suppressed } }
    esfIndicators { indicator count { value suppressed } }
    partners { organisation { id } exits { value suppressed } qualityPath { value suppressed } }
    followUps { completed { value suppressed } completedAtSixMonths { value suppressed } employedAtSixMonths { value suppressed } }
    softOutcomes { instrument { id } enrolments { value suppressed } averageChange { value suppressed } }
    timeSeries { from exits { value suppressed } qualityPath { value suppressed } }
  }
}`;

/** Everything a COORDINATOR or FUNDER reads of one revision, through the gateway, as cells the auditor understands. */
async function pooledCells(token: string, projectId: string, year: number, revision?: number): Promise<{ cells: PublishedCells; release: any; year: any }> {
  const cells: PublishedCells = new Map();
  let first: any;
  for (const granularity of ['YEAR', 'QUARTER', 'MONTH']) {
    const { data, errors } = await platform.graphql(metricsQuery, { token, variables: { projectId, from: `${year}-01-01`, to: `${year}-12-31`, granularity, revision } });
    expect(errors).toBeUndefined();
    const m = data.projectMetrics;
    first ??= m;
    cells.set('exits', m.exits).set('quality', m.qualityPath).set('qualification', m.qualificationGained);
    for (const d of m.destinations) {
      // count = primary + further: both shown, or the count hidden
      cells.set(`dest:${d.destination}`, d.primaryCount);
      cells.set(`further:${d.destination}`, d.count.suppressed ? d.count : { value: d.count.value - d.primaryCount.value, suppressed: false });
    }
    for (const e of m.esfIndicators) if (e.indicator !== 'GAINED_QUALIFICATION') cells.set(`esf:${e.indicator}`, e.count);
    for (const p of m.partners) cells.set(`partner:${p.organisation.id}:exits`, p.exits).set(`partner:${p.organisation.id}:quality`, p.qualityPath);
    cells.set('fu:completed', m.followUps.completed).set('fu:completed_6m', m.followUps.completedAtSixMonths).set('fu:employed_6m', m.followUps.employedAtSixMonths);
    m.timeSeries.forEach((b: any, i: number) => {
      const key = granularity === 'MONTH' ? `month:${String(i + 1).padStart(2, '0')}` : granularity === 'QUARTER' ? `quarter:${i + 1}` : null;
      if (key) cells.set(`${key}:exits`, b.exits).set(`${key}:quality`, b.qualityPath);
    });
  }
  return { cells, release: first.release, year: first };
}

async function publish(token: string, projectId: string, year: number) {
  return platform.graphql('mutation ($p: ID!, $y: Int!) { publishStatisticsRelease(projectId: $p, year: $y) { id year revision reason publishedAt } }', {
    token,
    variables: { p: projectId, y: year },
  });
}

async function recordExits(rows: typeof fixture, prefix: string) {
  const enrolments: string[] = [];
  await withAdminClient(platform.adminUrl, async (client) => {
    await client.query('BEGIN');
    for (const [i, row] of rows.entries()) {
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds[row.org]]);
      const c = await client.query(`INSERT INTO journeys.client (org_id, code) VALUES ($1, $2) RETURNING id`, [orgIds[row.org], `${prefix}-${i}`]);
      const e = await client.query(`INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on) VALUES ($1, $2, $3, '2023-01-02') RETURNING id`, [
        orgIds[row.org], c.rows[0].id, projects['yhteinen-askel'],
      ]);
      enrolments.push(e.rows[0].id);
    }
    await client.query('COMMIT');
  });
  for (const [i, row] of rows.entries()) {
    const { errors } = await platform.graphql('mutation ($input: RecordExitInput!) { recordExit(input: $input) { id } }', {
      token: tokens[`${row.org}:COACH`],
      variables: { input: { enrolmentId: enrolments[i], exitDate: row.date, destination: row.destination } },
    });
    expect(errors).toBeUndefined();
  }
}

beforeAll(async () => {
  platform = await bootPlatform();
  admin = new pg.Client({ connectionString: platform.adminUrl });
  await admin.connect();
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola']) {
    orgIds[slug] = await platform.organisationId(slug);
    tokens[`${slug}:COACH`] = await platform.tokenFor(slug, ['COACH']);
  }
  for (const slug of ['yhteinen-askel', 'avain-askel']) projects[slug] = (await admin.query(`SELECT id FROM partners.project WHERE slug = $1`, [slug])).rows[0].id;
  tokens.lead = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel', 'avain-askel']);
  // A FUNDER is staff of a partner of each project it claims (issue 11): Kalliola is a partner of Yhteinen Askel only.
  tokens.funder = await platform.tokenFor('kalliola', ['FUNDER'], ['yhteinen-askel']);
  await recordExits(fixture, 'REL');
});
afterAll(async () => {
  await admin?.end();
  await platform?.stop();
});

const partners = () => [orgIds.sotek!, orgIds.kuntoutussaatio!, orgIds.kalliola!];

describe('attack 1: one answer, relations across tables', () => {
  it('Avain Askel 2016: the live function gave the hidden Kela count away; the release gives nothing', async () => {
    const project = projects['avain-askel']!;
    const data = await microdata(admin, project, 2016);
    const before = await legacyCells(admin, project, 2016, orgIds.sotek!);
    // (48 − 24) − (IN_EMPLOYMENT 22 − EMPLOYED 12) − 5 − 5 = 4, as the issue found
    const old = await audit({ orgs: [orgIds.sotek!], offsets: [], releases: [{ cells: before, data }], k: 5, attackers: [null] });
    expect(old.map((l) => l.cell)).toContain('dest:KELA_VOCATIONAL_REHABILITATION');
    // the schedule published 2016 at start; a funder reads it through the gateway
    const { cells, release } = await pooledCells(tokens.lead!, project, 2016);
    expect(release).toMatchObject({ year: 2016, revision: 1, reason: 'SCHEDULE', minimumCellSize: 5 });
    expect(await audit({ orgs: [orgIds.sotek!], offsets: offsetsOf([cells]), releases: [{ cells, data }], k: 5, attackers: [null] })).toEqual([]);
    // not by hiding everything: the headline figures are there
    expect(cells.get('exits')).toEqual({ value: 48, suppressed: false });
    expect(cells.get('quality')).toEqual({ value: 24, suppressed: false });
  });
});

describe('attack 2: an insider subtracts its own figures', () => {
  it('Yhteinen Askel 2024: pooled minus own gave hidden counts away before; not in the release', async () => {
    const project = projects['yhteinen-askel']!;
    const data = await microdata(admin, project, 2024);
    const before = await legacyCells(admin, project, 2024, orgIds.sotek!);
    const old = await audit({ orgs: partners(), offsets: [], releases: [{ cells: before, data }], k: 5, attackers: partners() });
    expect(old.length).toBeGreaterThan(0);
    const first = await publish(tokens.lead!, project, 2024);
    expect(first.errors).toBeUndefined();
    const { cells, release } = await pooledCells(tokens.funder!, project, 2024);
    expect(release.id).toBe(first.data.publishStatisticsRelease.id);
    expect(await audit({ orgs: partners(), offsets: offsetsOf([cells]), releases: [{ cells, data }], k: 5 })).toEqual([]);
  });
});

describe('attack 4: differencing answers over time', () => {
  it('one late exit: the live answers before and after gave it away; two revisions do not', async () => {
    const project = projects['yhteinen-askel']!;
    const data1 = await microdata(admin, project, 2024);
    const legacy1 = await legacyCells(admin, project, 2024, orgIds.sotek!);
    const revision1 = await pooledCells(tokens.funder!, project, 2024);
    await recordExits([{ org: 'kalliola', date: '2024-09-20', destination: 'REHABILITATIVE_WORK_ACTIVITY' }], 'LATE');
    const data2 = await microdata(admin, project, 2024);
    const legacy2 = await legacyCells(admin, project, 2024, orgIds.sotek!);
    const old = await audit({ orgs: partners(), offsets: [], releases: [{ cells: legacy1, data: data1 }, { cells: legacy2, data: data2 }], k: 5, attackers: [null] });
    expect(old.filter((l) => l.cell.startsWith('change of')).length).toBeGreaterThan(0);

    // releases do not move with the data: the same figures until a revision is published
    expect((await pooledCells(tokens.funder!, project, 2024)).cells).toEqual(revision1.cells);
    const second = await publish(tokens.lead!, project, 2024);
    expect(second.data.publishStatisticsRelease).toMatchObject({ year: 2024, reason: 'ON_DEMAND', revision: revision1.release.revision + 1 });
    const revision2 = await pooledCells(tokens.funder!, project, 2024);
    expect(revision2.release.revision).toBe(revision1.release.revision + 1);
    // the earlier revision stays readable, unchanged
    expect((await pooledCells(tokens.funder!, project, 2024, revision1.release.revision)).cells).toEqual(revision1.cells);
    const releases = [{ cells: revision1.cells, data: data1 }, { cells: revision2.cells, data: data2 }];
    expect(await audit({ orgs: partners(), offsets: offsetsOf(releases.map((r) => r.cells)), releases, k: 5 })).toEqual([]);
  });
});

describe('attack 5: averages', () => {
  const instrument = '6f1d3a52-7c1e-4c59-9a57-0d6a7f3e2b10';
  /** Start and end assessments (mean scores) of new enrolments of one organisation in 2023, recorded as that organisation. */
  async function assess(org: string, changes: number[]) {
    await admin.query('BEGIN');
    await admin.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds[org]]);
    for (const change of changes) {
      const enrolment = crypto.randomUUID();
      for (const [day, score] of [['2023-02-01', 2], ['2023-10-01', 2 + change]] as const) {
        await admin.query(
          `INSERT INTO outcomes.assessment (org_id, enrolment_id, project_id, instrument_id, assessed_on, time_point, mean_score) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [orgIds[org], enrolment, projects['yhteinen-askel'], instrument, day, day.endsWith('02-01') ? 'START' : 'END', score],
        );
      }
    }
    await admin.query('COMMIT');
  }
  const soft = (cells: PublishedCells) => ({ n: cells.get(`soft:${instrument}:enrolments`), average: cells.get(`soft:${instrument}:average_change`) });
  async function softOf(revision?: number) {
    const { data } = await platform.graphql(metricsQuery, {
      token: tokens.funder!,
      variables: { projectId: projects['yhteinen-askel'], from: '2023-01-01', to: '2023-12-31', granularity: 'YEAR', revision },
    });
    return data.projectMetrics.softOutcomes.find((s: any) => s.instrument.id === instrument);
  }

  it('n 5 → 6: the live function published an average an insider could pick apart; the release does not', async () => {
    await assess('sotek', [1, 1, 1, 1, 1]);
    await assess('kalliola', [2]);
    const legacy = await legacyCells(admin, projects['yhteinen-askel']!, 2023, orgIds.sotek!);
    // Sotek knows its five changes of 1.0: 6 × average − 5 = Kalliola's one client's change
    const { n, average } = soft(legacy);
    expect(n?.value).toBe(6);
    expect(Math.round((6 * average!.value! - 5) * 100) / 100).toBe(2);
    await publish(tokens.lead!, projects['yhteinen-askel']!, 2023);
    const released = await softOf();
    expect(released.averageChange).toEqual({ value: null, suppressed: true });
  });

  it('publishes an average once every partner’s removal leaves k, and never lets it move by fewer than k contributors', async () => {
    await assess('kuntoutussaatio', [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    await assess('sotek', [1]);
    await publish(tokens.lead!, projects['yhteinen-askel']!, 2023);
    const published = await softOf();
    // the count was small in the first revision, and a hidden count stays hidden in later ones
    expect(published.enrolments).toEqual({ value: null, suppressed: true });
    // (6 × 1.0 + 6 × 0.5 + 2.0) / 13
    expect(published.averageChange).toEqual({ value: Math.round((11 / 13) * 1000) / 1000, suppressed: false });
    // one more contributor: the live function's two answers give its change away; the release keeps it hidden
    await assess('kalliola', [3]);
    const legacy = soft(await legacyCells(admin, projects['yhteinen-askel']!, 2023, orgIds.sotek!));
    expect(Math.round((14 * legacy.average!.value! - 11) * 100) / 100).toBe(3);
    await publish(tokens.lead!, projects['yhteinen-askel']!, 2023);
    const moved = await softOf();
    expect(moved.averageChange).toEqual({ value: null, suppressed: true });
  });
});

describe('releases are published by the lead, immutable, and say what they are', () => {
  it("only a coordinator of the lead organisation publishes, and only for a closed year", async () => {
    const project = projects['yhteinen-askel']!;
    const other = await platform.tokenFor('kuntoutussaatio', ['COORDINATOR'], ['yhteinen-askel']);
    expect((await publish(other, project, 2024)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await publish(tokens.funder!, project, 2024)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await publish(tokens['sotek:COACH']!, project, 2024)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const year of [new Date().getUTCFullYear(), 0, 10000]) {
      expect((await publish(tokens.lead!, project, year)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('no role but the owner changes or deletes a release; the service role cannot run the live function any more', async () => {
    const client = new pg.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
    await client.connect();
    try {
      for (const statement of [
        `UPDATE outcomes.statistics_release SET cell_values = cell_values`,
        `DELETE FROM outcomes.statistics_release`,
        `INSERT INTO outcomes.statistics_release (project_id, year, revision, reason, min_cell_size, cell_names, cell_values, cell_suppressed, audited_cells, primary_suppressed, suppressed, attackers, compute_ms)
         VALUES (gen_random_uuid(), 2020, 1, 'SCHEDULE', 5, '{}', '{}', '{}', 0, 0, 0, 0, 0)`,
        `SELECT * FROM outcomes.statistics_release_basis`,
        `SELECT * FROM outcomes.pooled_project_metrics('${projects['yhteinen-askel']}', 2024)`,
      ]) {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.sotek]);
        await expect(client.query(statement)).rejects.toThrow(/permission denied/);
        await client.query('ROLLBACK');
      }
    } finally {
      await client.end();
    }
  });

  it('pooled figures and the CSV name the release they come from; a year without one is NOT_FOUND', async () => {
    const project = projects['yhteinen-askel']!;
    const { release } = await pooledCells(tokens.funder!, project, 2024);
    expect(new Date(release.publishedAt).getTime()).toBeLessThanOrEqual(Date.now());
    const { data } = await platform.graphql(
      `query ($p: ID!) { projectIndicatorsCsv(projectId: $p, view: POOLED, from: "2024-01-01", to: "2024-12-31", granularity: YEAR) }`,
      { token: tokens.funder, variables: { p: project } },
    );
    const lines = data.projectIndicatorsCsv.trim().split('\r\n');
    expect(lines[0]).toBe('project_id,view,period_from,period_to,indicator,category,code,value,suppressed,release_revision,release_published_at');
    expect(lines[1]).toContain(`,${release.revision},${new Date(release.publishedAt).toISOString()}`);
    const none = await platform.graphql(metricsQuery, { token: tokens.funder, variables: { projectId: project, from: '2019-01-01', to: '2019-12-31', granularity: 'YEAR' } });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const yearZero = await platform.graphql(metricsQuery, { token: tokens.funder, variables: { projectId: project, from: '0000-01-01', to: '0000-12-31', granularity: 'YEAR' } });
    expect(yearZero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const list = await platform.graphql('query ($p: ID!) { statisticsReleases(projectId: $p) { year revision } }', { token: tokens.funder, variables: { p: project } });
    const revisions = list.data.statisticsReleases.filter((r: any) => r.year === 2024).map((r: any) => r.revision);
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    expect(revisions).toEqual([...revisions].sort((a: number, b: number) => b - a));
  });
});
