import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, destinations, type PublishedCells } from './support/disclosure-auditor.js';
import { microdata, releasedCells } from './support/releases.js';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Releases publish further destinations (migration 1741): pooled destination
 * counts are over people (primary + further) where the audit allows, and
 * hidden, never wrong, where it does not. Data recorded as each organisation
 * in SQL (the summaries' triggers run under row level security), releases
 * published and read through the gateway as the lead's coordinator.
 */
const destinationNames = Object.keys(destinations);
let platform: TestPlatform;
let admin: pg.Client;
let project: string;
let lead: string;

interface Person { org: string; destination: string; further: string[] }

async function record(year: number, people: Person[]) {
  await admin.query('BEGIN');
  for (const org of new Set(people.map((p) => p.org))) {
    const own = people.filter((p) => p.org === org);
    await admin.query(`SELECT set_config('app.org_id', $1, true)`, [org]);
    await admin.query(
      `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, qualification_gained, further_destinations)
       SELECT $1, gen_random_uuid(), $2, make_date($3, 1 + (i % 12)::int, 10), dest, i % 3 = 0, string_to_array(fd, ',')
       FROM unnest($4::text[], $5::text[]) WITH ORDINALITY AS t(dest, fd, i)`,
      [org, project, year, own.map((p) => p.destination), own.map((p) => p.further.join(','))],
    );
  }
  await admin.query('COMMIT');
}

const metricsQuery = `query ($projectId: ID!, $from: LocalDate!, $to: LocalDate!) {
  projectMetrics(projectId: $projectId, view: POOLED, from: $from, to: $to, granularity: YEAR) {
    release { year revision destinationsOverPeople }
    exits { value suppressed }
    destinations { destination count { value suppressed } primaryCount { value suppressed } share { value suppressed } }
  }
}`;

async function publishAndRead(year: number) {
  const published = await platform.graphql('mutation ($p: ID!, $y: Int!) { publishStatisticsRelease(projectId: $p, year: $y) { revision } }', {
    token: lead, variables: { p: project, y: year },
  });
  expect(published.errors).toBeUndefined();
  const { data, errors } = await platform.graphql(metricsQuery, { token: lead, variables: { projectId: project, from: `${year}-01-01`, to: `${year}-12-31` } });
  expect(errors).toBeUndefined();
  return data.projectMetrics;
}

/** People per destination, primary and further, as recorded. */
function truth(people: Person[]) {
  const primary = new Map<string, number>(), further = new Map<string, number>();
  for (const p of people) {
    primary.set(p.destination, (primary.get(p.destination) ?? 0) + 1);
    for (const d of p.further) further.set(d, (further.get(d) ?? 0) + 1);
  }
  return { primary: (d: string) => primary.get(d) ?? 0, further: (d: string) => further.get(d) ?? 0 };
}

beforeAll(async () => {
  platform = await bootPlatform();
  admin = new pg.Client({ connectionString: platform.adminUrl });
  await admin.connect();
  project = (await admin.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id;
  lead = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
  const taken = await admin.query(`SELECT DISTINCT extract(year FROM exit_date)::int AS y FROM outcomes.exit_outcome WHERE project_id = $1`, [project]);
  expect(taken.rows.map((r) => r.y)).not.toContain(2012);
  expect(taken.rows.map((r) => r.y)).not.toContain(2013);
});
afterAll(async () => {
  await admin?.end();
  await platform?.stop();
});

describe('a large multi-partner year (8 partners, 640 people, 40 % with further destinations)', () => {
  // a fixed pseudo-random sequence: the same people every run
  let seed = 20261129;
  const next = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0), (seed >>> 8) % n);
  const common = ['EMPLOYED_OPEN_MARKET', 'VOCATIONAL_EDUCATION', 'UNEMPLOYED', 'WORK_TRIAL', 'PAY_SUBSIDY_OPEN_MARKET', 'REHABILITATIVE_WORK_ACTIVITY', 'LANGUAGE_COURSE', 'OTHER'];
  const orgs = Array.from({ length: 8 }, () => crypto.randomUUID());
  const people: Person[] = orgs.flatMap((org) =>
    Array.from({ length: 80 }, () => {
      const destination = next(4) === 0 ? destinationNames[next(destinationNames.length)]! : common[next(common.length)]!;
      const further = next(5) < 2 ? [...new Set([common[next(common.length)]!, ...(next(3) === 0 ? [common[next(common.length)]!] : [])])].filter((d) => d !== destination) : [];
      return { org, destination, further };
    }),
  );

  it('publishes counts over people: primary + further, shares over the people who exited', async () => {
    await record(2013, people);
    const m = await publishAndRead(2013);
    const t = truth(people);
    expect(m.exits).toEqual({ value: 640, suppressed: false });
    expect(m.release.destinationsOverPeople).toBe(true);
    let overPeople = 0, shown = 0;
    for (const d of m.destinations) {
      if (d.primaryCount.suppressed) continue;
      shown++;
      expect(d.primaryCount.value).toBe(t.primary(d.destination));
      if (d.count.suppressed) continue;
      overPeople++;
      // never wrong: exactly the people with the destination, primary or further
      expect(d.count.value).toBe(t.primary(d.destination) + t.further(d.destination));
      expect(d.share.value).toBe(Math.round((d.count.value / 640) * 10_000) / 10_000);
    }
    const common8 = m.destinations.filter((d: any) => common.includes(d.destination));
    if (process.env.FURTHER_DEBUG) console.log(JSON.stringify(common8.map((d: any) => [d.destination, d.primaryCount.value, d.count.value, t.further(d.destination)])));
    // every common destination has further people, and all of them are shown over people
    expect(common8.every((d: any) => !d.count.suppressed && d.count.value > d.primaryCount.value)).toBe(true);
    console.log(`synthetic 8-partner year: ${overPeople} of ${shown} shown destinations over people (${m.destinations.length} destinations)`);
    expect(overPeople).toBe(shown);

    // the generic auditor, as a funder and as every partner, finds nothing in the release
    const data = await microdata(admin, project, 2013);
    const cells = (await releasedCells(admin, project, 2013)).at(-1)!;
    expect(await audit({ orgs, offsets: [], releases: [{ cells, data }], k: 5 })).toEqual([]);
  }, 120_000);
});

describe('where further destinations would give a small count away, they are hidden', () => {
  // Partner B: 3 people unemployed (primary), 26 of its other 27 also unemployed as a further destination,
  // 3 in a work trial beside their job. Partner A: 30 people, none unemployed.
  const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
  const people: Person[] = [
    ...Array.from({ length: 30 }, (_, i) => ({ org: a, destination: i < 15 ? 'EMPLOYED_OPEN_MARKET' : 'VOCATIONAL_EDUCATION', further: [] })),
    ...Array.from({ length: 3 }, () => ({ org: b, destination: 'UNEMPLOYED', further: [] })),
    ...Array.from({ length: 27 }, (_, i) => ({
      org: b,
      destination: i < 14 ? 'EMPLOYED_OPEN_MARKET' : 'VOCATIONAL_EDUCATION',
      further: [...(i < 26 ? ['UNEMPLOYED'] : []), ...(i < 3 ? ['WORK_TRIAL'] : [])],
    })),
  ];

  it('hides further UNEMPLOYED (26 people, but A would learn B has at most 4 unemployed) and the 3 in work trials', async () => {
    await record(2012, people);
    const m = await publishAndRead(2012);
    const figure = (d: string) => m.destinations.find((x: any) => x.destination === d);
    expect(m.exits).toEqual({ value: 60, suppressed: false });
    expect(figure('UNEMPLOYED').count).toEqual({ value: null, suppressed: true });
    expect(figure('WORK_TRIAL').count).toEqual({ value: null, suppressed: true });
    expect(figure('UNEMPLOYED').share).toEqual({ value: null, suppressed: true });

    const data = await microdata(admin, project, 2012);
    const cells = (await releasedCells(admin, project, 2012)).at(-1)!;
    expect(cells.get('further:UNEMPLOYED')).toEqual({ value: null, suppressed: true });
    expect(await audit({ orgs: [a, b], offsets: [], releases: [{ cells, data }], k: 5 })).toEqual([]);
    // Had it been published, A (who knows its own figures) would bound B's unemployed to 0..4: the auditor shows it.
    const unsafe: PublishedCells = new Map(cells).set('further:UNEMPLOYED', { value: 26, suppressed: false });
    const leaks = await audit({ orgs: [a, b], offsets: [], releases: [{ cells: unsafe, data }], k: 5, attackers: [a] });
    expect(leaks.map((l) => l.cell)).toContain('dest:UNEMPLOYED');
  }, 120_000);
});

describe('a release published before further destinations were released', () => {
  it('reads as primary destinations only, and says so', async () => {
    // An earlier release of the same figures, as migration 1738's function stored it: no further cells.
    // (Inserted as the owner: releases are append-only for every other role.)
    await admin.query(
      `INSERT INTO outcomes.statistics_release (project_id, year, revision, reason, min_cell_size, cell_names, cell_values, cell_suppressed,
         audited_cells, primary_suppressed, suppressed, attackers, compute_ms)
       SELECT project_id, 2011, 1, reason, min_cell_size,
         ARRAY(SELECT n FROM unnest(cell_names) n WHERE n NOT LIKE 'further:%'),
         ARRAY(SELECT x FROM unnest(cell_names, cell_values) AS t(n, x) WHERE n NOT LIKE 'further:%'),
         ARRAY(SELECT h FROM unnest(cell_names, cell_suppressed) AS t(n, h) WHERE n NOT LIKE 'further:%'),
         audited_cells, primary_suppressed, suppressed, attackers, compute_ms
       FROM outcomes.statistics_release WHERE project_id = $1 AND year = 2013`,
      [project],
    );
    const { data, errors } = await platform.graphql(metricsQuery, { token: lead, variables: { projectId: project, from: '2011-01-01', to: '2011-12-31' } });
    expect(errors).toBeUndefined();
    const m = data.projectMetrics;
    expect(m.release).toMatchObject({ year: 2011, destinationsOverPeople: false });
    expect(m.destinations.filter((d: any) => !d.primaryCount.suppressed).length).toBeGreaterThan(8);
    for (const d of m.destinations) {
      expect(d.count).toEqual(d.primaryCount);
      if (!d.primaryCount.suppressed) expect(d.share.value).toBe(Math.round((d.primaryCount.value / 640) * 10_000) / 10_000);
    }
  });
});
