import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Yhteinen Askel's 2024 exits, recorded through the gateway by each partner:
 * Sotek 10 in March (6 employed, 4 vocational education), Kuntoutussäätiö 8 in
 * June (3 employed, 5 unemployed), Kalliola 2 in September (rehabilitative
 * work activity). Kalliola's 2 and the education 4 are small counts.
 */
const fixture = [
  ...Array.from({ length: 6 }, () => ({ org: 'sotek', date: '2024-03-15', destination: 'EMPLOYED_OPEN_MARKET' })),
  ...Array.from({ length: 4 }, () => ({ org: 'sotek', date: '2024-03-20', destination: 'VOCATIONAL_EDUCATION' })),
  ...Array.from({ length: 3 }, () => ({ org: 'kuntoutussaatio', date: '2024-06-10', destination: 'EMPLOYED_OPEN_MARKET' })),
  ...Array.from({ length: 5 }, () => ({ org: 'kuntoutussaatio', date: '2024-06-12', destination: 'UNEMPLOYED' })),
  ...Array.from({ length: 2 }, () => ({ org: 'kalliola', date: '2024-09-05', destination: 'REHABILITATIVE_WORK_ACTIVITY' })),
];
const quality = new Set(['EMPLOYED_OPEN_MARKET', 'VOCATIONAL_EDUCATION']);

let platform: TestPlatform;
let projectId: string;
const orgIds: Record<string, string> = {};
let exitIds: Array<{ org: string; id: string }> = [];

const pooledQuery = `query ($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!, $granularity: MetricsGranularity!) {
  projectMetrics(projectId: $projectId, view: $view, from: $from, to: $to, granularity: $granularity) {
    minimumCellSize
    exits { value suppressed } qualityPath { value suppressed } qualityPathRate { value suppressed } qualificationGained { value suppressed }
    destinations { destination count { value suppressed } share { value suppressed } }
    esfIndicators { indicator count { value suppressed } }
    partners { organisation { id } exits { value suppressed } qualityPath { value suppressed } qualityPathRate { value suppressed } }
    timeSeries { from to exits { value suppressed } qualityPath { value suppressed } qualityPathRate { value suppressed } }
  }
}`;

beforeAll(async () => {
  platform = await bootPlatform();
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola']) orgIds[slug] = await platform.organisationId(slug);
  // Enrolments belong to journeys, which has no enrolment mutation yet: created as each organisation, as the seed does.
  const enrolments: Array<{ org: string; id: string }> = [];
  await withAdminClient(platform.adminUrl, async (client) => {
    projectId = (await client.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id;
    await client.query('BEGIN');
    for (const [i, row] of fixture.entries()) {
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds[row.org]]);
      const c = await client.query(`INSERT INTO journeys.client (org_id, code) VALUES ($1, $2) RETURNING id`, [orgIds[row.org], `SUP-${i + 100}`]);
      const e = await client.query(`INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on) VALUES ($1, $2, $3, '2024-01-02') RETURNING id`, [
        orgIds[row.org], c.rows[0].id, projectId,
      ]);
      enrolments.push({ org: row.org, id: e.rows[0].id });
    }
    await client.query('COMMIT');
  });
  const tokens: Record<string, string> = {};
  for (const slug of Object.keys(orgIds)) tokens[slug] = await platform.tokenFor(slug, ['COACH']);
  for (const [i, row] of fixture.entries()) {
    const { data, errors } = await platform.graphql(
      'mutation ($input: RecordExitInput!) { recordExit(input: $input) { id followUps { after dueOn } } }',
      { token: tokens[row.org], variables: { input: { enrolmentId: enrolments[i]!.id, exitDate: row.date, destination: row.destination } } },
    );
    expect(errors).toBeUndefined();
    expect(data.recordExit.followUps.map((f: any) => f.after)).toEqual(['P4W', 'P3M', 'P6M']);
    exitIds.push({ org: row.org, id: data.recordExit.id });
  }
});
afterAll(() => platform?.stop());

async function pooled(granularity: string, token?: string) {
  token ??= await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
  const response = await platform.graphql(pooledQuery, { token, variables: { projectId, view: 'POOLED', from: '2024-01-01', to: '2024-12-31', granularity } });
  expect(response.errors).toBeUndefined();
  return response.data.projectMetrics;
}

/**
 * Everything an attacker holding all three granularities' answers can write
 * down as linear equations: totals = sums of breakdowns. Unknowns are the
 * suppressed cells and the figures never published (non-quality parts).
 */
function equations(year: any, months: any, quarters: any) {
  const known = new Map<string, number>();
  const unknown = new Set<string>();
  const cell = (name: string, figure: { value: number | null; suppressed: boolean } | undefined) => {
    if (figure && !figure.suppressed) known.set(name, figure.value!);
    else unknown.add(name);
    return name;
  };
  const eqs: Array<Array<[string, number]>> = [];
  const sum = (total: string, parts: string[]) => eqs.push([[total, -1], ...parts.map((p): [string, number] => [p, 1])]);
  const m = year;
  cell('exits', m.exits);
  cell('quality', m.qualityPath);
  cell('non_quality', undefined);
  sum('exits', ['quality', 'non_quality']);
  const dests = m.destinations.map((d: any) => cell(`dest:${d.destination}`, d.count));
  sum('exits', dests);
  sum('quality', dests.filter((d: string) => quality.has(d.slice(5))));
  sum('non_quality', dests.filter((d: string) => !quality.has(d.slice(5))));
  const partners = m.partners.map((p: any) => {
    const id = p.organisation.id;
    cell(`p:${id}`, p.exits);
    cell(`pq:${id}`, p.qualityPath);
    cell(`pnq:${id}`, undefined);
    sum(`p:${id}`, [`pq:${id}`, `pnq:${id}`]);
    return id;
  });
  sum('exits', partners.map((id: string) => `p:${id}`));
  sum('quality', partners.map((id: string) => `pq:${id}`));
  sum('non_quality', partners.map((id: string) => `pnq:${id}`));
  for (const [prefix, series] of [['m', months], ['q', quarters]] as const) {
    const names = series.timeSeries.map((b: any, i: number) => {
      cell(`${prefix}${i}`, b.exits);
      cell(`${prefix}q${i}`, b.qualityPath);
      cell(`${prefix}nq${i}`, undefined);
      sum(`${prefix}${i}`, [`${prefix}q${i}`, `${prefix}nq${i}`]);
      return i;
    });
    sum('exits', names.map((i: number) => `${prefix}${i}`));
    sum('quality', names.map((i: number) => `${prefix}q${i}`));
  }
  for (let q = 0; q < 4; q++) {
    const ms = [0, 1, 2].map((j) => 3 * q + j);
    sum(`q${q}`, ms.map((i) => `m${i}`));
    sum(`qq${q}`, ms.map((i) => `mq${i}`));
  }
  return { known, unknown: [...unknown], eqs };
}

/** Whether an unknown is pinned down by the equations (Gaussian elimination). */
function determined(system: ReturnType<typeof equations>, target: string): boolean {
  const vars = system.unknown;
  const rows = system.eqs.map((eq) => {
    const row = new Array(vars.length + 1).fill(0);
    for (const [name, coefficient] of eq) {
      const i = vars.indexOf(name);
      if (i >= 0) row[i] += coefficient;
      else row[vars.length] -= coefficient * system.known.get(name)!;
    }
    return row;
  });
  const rank = (matrix: number[][]) => {
    const m = matrix.map((r) => r.slice(0, vars.length));
    let r = 0;
    for (let c = 0; c < vars.length && r < m.length; c++) {
      const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
      if (pivot < 0) continue;
      [m[r], m[pivot]] = [m[pivot]!, m[r]!];
      for (let i = 0; i < m.length; i++) {
        if (i === r) continue;
        const f = m[i]![c]! / m[r]![c]!;
        for (let j = c; j < vars.length; j++) m[i]![j]! -= f * m[r]![j]!;
      }
      r++;
    }
    return r;
  };
  const unit = new Array(vars.length + 1).fill(0);
  unit[vars.indexOf(target)] = 1;
  return rank([...rows, unit]) === rank(rows);
}

describe('pooled figures of a joint project (k = 5)', () => {
  it('publishes totals but never a count from 1 to 4, nor a rate built on one', async () => {
    const m = await pooled('YEAR');
    expect(m.minimumCellSize).toBe(5);
    expect(m.exits).toEqual({ value: 20, suppressed: false });
    expect(m.qualityPath).toEqual({ value: 13, suppressed: false });
    expect(m.qualityPathRate).toEqual({ value: 0.65, suppressed: false });
    const figures = [m.exits, m.qualityPath, ...m.destinations.map((d: any) => d.count), ...m.partners.flatMap((p: any) => [p.exits, p.qualityPath]),
      ...m.esfIndicators.map((e: any) => e.count), ...m.timeSeries.flatMap((b: any) => [b.exits, b.qualityPath])];
    for (const f of figures) expect(f.value === null ? f.suppressed : f.value === 0 || f.value >= 5).toBe(true);
    const destination = (d: string) => m.destinations.find((x: any) => x.destination === d);
    expect(destination('VOCATIONAL_EDUCATION').count).toEqual({ value: null, suppressed: true });
    expect(destination('VOCATIONAL_EDUCATION').share).toEqual({ value: null, suppressed: true });
    const kalliola = m.partners.find((p: any) => p.organisation.id === orgIds.kalliola);
    expect(kalliola.exits).toEqual({ value: null, suppressed: true });
    expect(kalliola.qualityPathRate.suppressed).toBe(true);
  });

  it('suppresses a complement so that the total minus the other partners does not give the small one', async () => {
    const m = await pooled('YEAR');
    const hidden = m.partners.filter((p: any) => p.exits.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const published = m.partners.filter((p: any) => !p.exits.suppressed).reduce((sum: number, p: any) => sum + p.exits.value, 0);
    // What differencing yields is the hidden partners' sum, not any one of them, and it is at least k.
    expect(m.exits.value - published).toBeGreaterThanOrEqual(5);
    const hiddenDestinations = m.destinations.filter((d: any) => d.count.suppressed);
    expect(hiddenDestinations.length).toBeGreaterThanOrEqual(2);
  });

  it('publishes the same cells whatever the granularity, and no suppressed cell follows from all answers together', async () => {
    const [year, months, quarters] = [await pooled('YEAR'), await pooled('MONTH'), await pooled('QUARTER')];
    expect(months.exits).toEqual(year.exits);
    expect(quarters.partners).toEqual(year.partners);
    const system = equations(year, months, quarters);
    // Small true values that an attacker must not recover: every suppressed cell and the unpublished non-quality parts.
    const leaked = system.unknown.filter((name) => determined(system, name) && !/^(non_quality|pnq:|mnq|qnq)/.test(name));
    expect(leaked).toEqual([]);
    // Kalliola's two non-quality exits are not determined either.
    expect(determined(system, `pnq:${orgIds.kalliola}`)).toBe(false);
    // The check is not vacuous: had September's 2 exits been published alone (as a naive per-cell rule
    // would), the same algebra would recover Kalliola's suppressed partner count from them.
    expect(months.timeSeries[8].exits.suppressed).toBe(true);
    const naive = { ...system, known: new Map(system.known), unknown: system.unknown.filter((n) => n !== 'm8') };
    naive.known.set('m8', 2);
    expect(determined(naive, `p:${orgIds.kalliola}`)).toBe(false);
    // Had only Kalliola's 2 been hidden (the other partners published), the algebra would recover it.
    const others = [`p:${orgIds.sotek}`, `p:${orgIds.kuntoutussaatio}`];
    const noComplement = { ...system, known: new Map(system.known), unknown: system.unknown.filter((n) => !others.includes(n)) };
    noComplement.known.set(others[0]!, 10).set(others[1]!, 8);
    expect(determined(noComplement, `p:${orgIds.kalliola}`)).toBe(true);
  });

  it('refuses pooled periods other than one calendar year, so two periods cannot be differenced', async () => {
    const token = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
    for (const [from, to] of [['2024-01-01', '2024-08-31'], ['2024-01-01', '2025-12-31'], ['2024-02-01', '2024-12-31']]) {
      const { errors } = await platform.graphql(pooledQuery, { token, variables: { projectId, view: 'POOLED', from, to, granularity: 'MONTH' } });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('lets an organisation see its own figures unsuppressed', async () => {
    const token = await platform.tokenFor('kalliola', ['COACH']);
    const { data } = await platform.graphql(pooledQuery, { token, variables: { projectId, view: 'OWN_ORGANISATION', from: '2024-01-01', to: '2024-12-31', granularity: 'YEAR' } });
    expect(data.projectMetrics.exits).toEqual({ value: 2, suppressed: false });
    expect(data.projectMetrics.partners.map((p: any) => p.organisation.id)).toEqual([orgIds.kalliola]);
  });

  it('exports the same suppressed figures as CSV', async () => {
    const token = await platform.tokenFor('sotek', ['FUNDER'], ['yhteinen-askel']);
    const { data, errors } = await platform.graphql(
      `query ($p: ID!) { projectIndicatorsCsv(projectId: $p, view: POOLED, from: "2024-01-01", to: "2024-12-31", granularity: QUARTER) }`,
      { token, variables: { p: projectId } },
    );
    expect(errors).toBeUndefined();
    const lines = data.projectIndicatorsCsv.trim().split('\r\n');
    expect(lines[0]).toBe('project_id,view,period_from,period_to,indicator,category,code,value,suppressed');
    expect(lines).toContain(`${projectId},POOLED,2024-01-01,2024-12-31,exits,,,20,false`);
    expect(lines).toContain(`${projectId},POOLED,2024-01-01,2024-12-31,partner_exits,${orgIds.kalliola},,,true`);
    for (const line of lines.slice(1)) {
      const value = line.split(',')[7];
      if (value) expect(Number(value) === 0 || Number(value) >= 5 || line.includes('rate') || line.includes('average')).toBe(true);
    }
  });
});

describe('a coordinator or funder gets no row-level data of any organisation', () => {
  it('is refused every row-level entry point', async () => {
    for (const role of ['COORDINATOR', 'FUNDER'] as const) {
      const token = await platform.tokenFor('sotek', [role], ['yhteinen-askel']);
      for (const query of ['{ exitOutcomes { nodes { id } } }', '{ overdueFollowUps { nodes { id } } }']) {
        const { errors } = await platform.graphql(query, { token });
        expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const own = await platform.graphql(pooledQuery, { token, variables: { projectId, view: 'OWN_ORGANISATION', from: '2024-01-01', to: '2024-12-31', granularity: 'YEAR' } });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("is refused every organisation's exits by id, its own organisation's included", async () => {
    const token = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
    const { data, errors } = await platform.graphql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ExitOutcome { id destination } } }',
      { token, url: platform.subgraphUrls.outcomes, variables: { r: exitIds.map(({ id }) => ({ __typename: 'ExitOutcome', id })) } },
    );
    expect(data._entities).toEqual(exitIds.map(() => null));
    expect(new Set(errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const staff = await platform.tokenFor('sotek', ['COACH']);
    const own = await platform.graphql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ExitOutcome { id } } }',
      { token: staff, url: platform.subgraphUrls.outcomes, variables: { r: exitIds.map(({ id }) => ({ __typename: 'ExitOutcome', id })) } },
    );
    // Not vacuous: Sotek's coach does resolve Sotek's ten.
    expect(own.data._entities.filter(Boolean)).toHaveLength(10);
  });

  it('cannot get pooled figures of a project it is not appointed to', async () => {
    const token = await platform.tokenFor('sotek', ['COORDINATOR'], ['uusi-askel']);
    const { errors } = await platform.graphql(pooledQuery, { token, variables: { projectId, view: 'POOLED', from: '2024-01-01', to: '2024-12-31', granularity: 'YEAR' } });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the service role reads only its own organisation\'s summaries and cannot become the pooled role', async () => {
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: platform.serviceDatabaseUrls.outcomes });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgIds.kalliola]);
      const { rows } = await client.query('SELECT DISTINCT org_id FROM outcomes.exit_summary');
      expect(rows.map((r) => r.org_id)).toEqual([orgIds.kalliola]);
      await expect(client.query('SET ROLE outcomes_pooled')).rejects.toThrow(/permission denied/);
    } finally {
      await client.query('ROLLBACK').catch(() => {});
      await client.end();
    }
  });
});
