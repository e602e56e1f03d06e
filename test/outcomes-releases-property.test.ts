import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { audit, definitionOf, stats, destinations, type Leak, type PublishedCells } from './support/disclosure-auditor.js';
import { legacyCells, microdata, offsetsOf, releasedCells } from './support/releases.js';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Hundreds of random project-years through the real SQL: exits recorded as
 * each organisation (triggers keep the summaries), follow-ups completed,
 * releases published by the database function, some revised after late data;
 * then the generic LP auditor (support/disclosure-auditor.ts) attacks every
 * release as a funder and as every partner. It must find nothing. The same
 * auditor run on the live function the platform had before releases finds
 * hidden counts in many of the same project-years.
 *
 * Participants (migration 1743): each project-year also gets 0..40 entries per
 * partner (journeys enrolments with entry records, some special categories,
 * some late), some of them the same person at two partners; the auditor
 * attacks the entry cells like the exit cells, and the unique-participant
 * cell is checked against its rules for every attacker directly.
 */
const YEAR = 2024;
const RUNS = Number(process.env.RELEASE_PROPERTY_RUNS ?? 500);
const destinationNames = Object.keys(destinations);

interface ExitRow { org: number; month: number; destination: string; qualification: boolean; further: string[] }
interface ProjectYear { orgs: number; exits: ExitRow[]; late: ExitRow[]; completed: number }

const exitRow = (org: number, hot: string[]) =>
  fc.record({
    org: fc.constant(org),
    // exits bunch in a few months and destinations, as in real projects
    month: fc.oneof(fc.constantFrom(3, 6, 9, 12), fc.integer({ min: 1, max: 12 })),
    destination: fc.oneof(fc.constantFrom(...hot), fc.constantFrom(...destinationNames)),
    qualification: fc.boolean(),
  }).chain((row) =>
    // most people have no further destination; some one to four, often a "hot" one (a work trial beside studies)
    fc.oneof(
      { weight: 3, arbitrary: fc.constant<string[]>([]) },
      { weight: 2, arbitrary: fc.uniqueArray(fc.oneof(fc.constantFrom(...hot), fc.constantFrom(...destinationNames)), { minLength: 1, maxLength: 4 }) },
    ).map((further) => ({ ...row, further: further.filter((d) => d !== row.destination) })),
  );
/** Partners of 1..5 organisations with 3..60 exits each in the year; sometimes late exits after the first release. */
const projectYear: fc.Arbitrary<ProjectYear> = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.shuffledSubarray(destinationNames, { minLength: 2, maxLength: 5 }))
  .chain(([orgs, hot]) =>
    fc.record({
      orgs: fc.constant(orgs),
      exits: fc
        .tuple(...Array.from({ length: orgs }, (_, o) => fc.integer({ min: 3, max: 60 }).chain((n) => fc.array(exitRow(o, hot), { minLength: n, maxLength: n }))))
        .map((lists) => lists.flat()),
      late: fc.oneof(
        fc.constant<ExitRow[]>([]),
        fc.constant<ExitRow[]>([]),
        fc.integer({ min: 0, max: orgs - 1 }).chain((o) => fc.array(exitRow(o, hot), { minLength: 1, maxLength: 8 })),
      ),
      completed: fc.integer({ min: 0, max: 10 }),
    }),
  );

interface EntryRow {
  org: number; month: number; gender: string; status: string; education: string; age: number;
  tcn: boolean; foreign: boolean; homeless: boolean; rural: boolean; disability: boolean | null;
}
interface Participants { entries: EntryRow[]; late: EntryRow[]; links: number }
const rare = fc.integer({ min: 0, max: 5 }).map((n) => n === 0);
const entryRow = (org: number): fc.Arbitrary<EntryRow> =>
  fc.record({
    org: fc.constant(org),
    // entries bunch at the start of terms, as in real projects
    month: fc.oneof(fc.constantFrom(1, 8, 9), fc.integer({ min: 1, max: 12 })),
    gender: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('FEMALE', 'MALE') }, { weight: 1, arbitrary: fc.constant('NON_BINARY') }),
    status: fc.constantFrom('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE', 'EMPLOYED'),
    education: fc.constantFrom('ISCED_0_2', 'ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'),
    age: fc.integer({ min: 16, max: 66 }),
    tcn: rare, foreign: rare, homeless: rare, rural: fc.boolean(),
    disability: fc.oneof(fc.constant(null), rare),
  });
const participantsOf = (orgs: number): fc.Arbitrary<Participants> =>
  fc.record({
    entries: fc
      .tuple(...Array.from({ length: orgs }, (_, o) => fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })).chain((n) => fc.array(entryRow(o), { minLength: n, maxLength: n }))))
      .map((lists) => lists.flat()),
    late: fc.oneof(fc.constant<EntryRow[]>([]), fc.integer({ min: 0, max: orgs - 1 }).chain((o) => fc.array(entryRow(o), { minLength: 1, maxLength: 6 }))),
    links: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
  });

let platform: TestPlatform;
let admin: pg.Client;
const samples = fc.sample(projectYear, { numRuns: RUNS, seed: 20261129 });
const ids = samples.map(() => ({ project: crypto.randomUUID(), orgs: Array.from({ length: 5 }, () => crypto.randomUUID()) }));
// drawn apart from the exits (own seed per project-year), so the exit samples stay as they were
const people = samples.map((sample, i) => fc.sample(participantsOf(sample.orgs), { numRuns: 1, seed: 1_000_000 + i })[0]!);
/** Enrolment ids of each project-year's entries, per organisation, in the order recorded. */
const entryIds = samples.map(() => new Map<number, string[]>());

async function insertEntries(batch: Array<{ i: number; rows: EntryRow[] }>, tag: string) {
  const rows = batch.flatMap(({ i, rows }) => rows.map((e, j) => ({ ...e, i, j, orgId: ids[i]!.orgs[e.org]! })));
  if (rows.length === 0) return;
  await admin.query('BEGIN');
  for (const orgId of new Set(rows.map((r) => r.orgId))) {
    const own = rows.filter((r) => r.orgId === orgId);
    await admin.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    // a journeys client and enrolment per entry (the person numbers come from journeys), then the entry record
    const { rows: made } = await admin.query(
      `WITH c AS (INSERT INTO journeys.client (org_id, code) SELECT $1, $2 || '-' || j FROM unnest($3::int[]) j RETURNING id, code),
            e AS (INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on, phase)
                  SELECT $1, c.id, t.p, make_date($4, t.m, 1 + t.j % 28), 'COACHING'
                  FROM unnest($3::int[], $5::uuid[], $6::int[]) AS t(j, p, m) JOIN c ON c.code = $2 || '-' || t.j RETURNING id, client_id, project_id, started_on)
       SELECT e.id, split_part(c.code, '-', 2)::int AS j, e.project_id, e.started_on FROM e JOIN c ON c.id = e.client_id`,
      [orgId, `P${tag}`, own.map((r) => r.i * 1000 + r.j), YEAR, own.map((r) => ids[r.i]!.project), own.map((r) => r.month)],
    );
    const byJ = new Map(made.map((m) => [m.j, m]));
    const list = own.map((r) => ({ r, e: byJ.get(r.i * 1000 + r.j)! }));
    await admin.query(
      `INSERT INTO outcomes.participant_entry (org_id, enrolment_id, project_id, enrolment_started_on, gender, birth_year, labour_status, education,
         third_country_national, foreign_background, homeless, rural_area, recorded_by)
       SELECT $1, t.e, t.p, t.d, t.g, $2 - t.a, t.s, t.ed, t.tcn, t.fb, t.h, t.ru, 'property'
       FROM unnest($3::uuid[], $4::uuid[], $5::date[], $6::text[], $7::int[], $8::text[], $9::text[], $10::boolean[], $11::boolean[], $12::boolean[], $13::boolean[])
         AS t(e, p, d, g, a, s, ed, tcn, fb, h, ru)`,
      [orgId, YEAR, list.map((x) => x.e.id), list.map((x) => x.e.project_id), list.map((x) => x.e.started_on), list.map((x) => x.r.gender), list.map((x) => x.r.age),
        list.map((x) => x.r.status), list.map((x) => x.r.education), list.map((x) => x.r.tcn), list.map((x) => x.r.foreign), list.map((x) => x.r.homeless), list.map((x) => x.r.rural)],
    );
    const special = list.filter((x) => x.r.disability !== null);
    await admin.query(
      `INSERT INTO outcomes.participant_special (enrolment_id, org_id, project_id, disability, minority, consent_given_on, recorded_by)
       SELECT t.e, $1, t.p, t.dis, t.dis AND t.m % 2 = 0, make_date($2, 1, 1), 'property' FROM unnest($3::uuid[], $4::uuid[], $5::boolean[], $6::int[]) AS t(e, p, dis, m)`,
      [orgId, YEAR, special.map((x) => x.e.id), special.map((x) => x.e.project_id), special.map((x) => x.r.disability), special.map((x) => x.r.month)],
    );
    for (const x of list) {
      const map = entryIds[x.r.i]!;
      if (!map.has(x.r.org)) map.set(x.r.org, []);
      map.get(x.r.org)!.push(x.e.id);
    }
  }
  await admin.query('COMMIT');
}

/** Per release: each organisation's entries and people, and the pooled people (the truth the unique rules are checked on). */
async function peopleTruth(i: number) {
  const { rows } = await admin.query(
    `SELECT e.org_id AS org, count(*)::int AS entries, count(DISTINCT pn.person)::int AS people
     FROM outcomes.participant_entry e JOIN journeys.project_person_numbers($1) pn ON pn.enrolment_id = e.enrolment_id
     WHERE e.project_id = $1 GROUP BY GROUPING SETS ((e.org_id), ())`,
    [ids[i]!.project],
  );
  return rows as Array<{ org: string | null; entries: number; people: number }>;
}
const truths: Array<Array<Awaited<ReturnType<typeof peopleTruth>>>> = samples.map(() => []);

async function insertExits(batch: Array<{ i: number; rows: ExitRow[] }>) {
  const rows = batch.flatMap(({ i, rows }) => rows.map((e, j) => ({ ...e, i, day: 1 + ((i + j) % 28), orgId: ids[i]!.orgs[e.org]! })));
  if (rows.length === 0) return;
  // as the owner, one statement per organisation (the further-destination summary's trigger runs under
  // row level security as the organisation that records); the statement-level triggers keep every summary
  await admin.query('BEGIN');
  for (const orgId of new Set(rows.map((r) => r.orgId))) {
    const own = rows.filter((r) => r.orgId === orgId);
    await admin.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    await admin.query(
      `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, qualification_gained, further_destinations)
       SELECT $2, gen_random_uuid(), p, make_date($1, m, d), dest, q, string_to_array(fd, ',')
       FROM unnest($3::uuid[], $4::int[], $5::int[], $6::text[], $7::boolean[], $8::text[]) AS t(p, m, d, dest, q, fd)`,
      [YEAR, orgId, own.map((r) => ids[r.i]!.project), own.map((r) => r.month), own.map((r) => r.day),
        own.map((r) => r.destination), own.map((r) => r.qualification), own.map((r) => r.further.join(','))],
    );
  }
  await admin.query('COMMIT');
}

async function publish(indices: number[]) {
  await admin.query('BEGIN');
  for (const i of indices) await admin.query(`SELECT outcomes.publish_statistics_release($1, $2, 'SCHEDULE', NULL)`, [ids[i]!.project, YEAR]);
  await admin.query('COMMIT');
}

const releases: Array<{ cells: PublishedCells; data: Awaited<ReturnType<typeof microdata>> }[]> = [];
const legacy: Array<{ cells: PublishedCells; data: Awaited<ReturnType<typeof microdata>> }> = [];

beforeAll(async () => {
  platform = await bootPlatform();
  admin = new pg.Client({ connectionString: platform.adminUrl });
  await admin.connect();
  const all = samples.map((_, i) => i);
  await insertExits(all.map((i) => ({ i, rows: samples[i]!.exits })));
  await insertEntries(all.map((i) => ({ i, rows: people[i]!.entries })), 'A');
  // the same person entered at partners 0 and 1: the same linkage key on both enrolments (test data, as the owner;
  // the keyed hash itself is journeys' and tested there)
  const links = all.flatMap((i) => {
    const [a, b] = [entryIds[i]!.get(0) ?? [], entryIds[i]!.get(1) ?? []];
    return Array.from({ length: Math.min(people[i]!.links, a.length, b.length) }, (_, j) => [
      { e: a[j]!, org: ids[i]!.orgs[0]!, p: ids[i]!.project, key: `${i}-${j}` },
      { e: b[j]!, org: ids[i]!.orgs[1]!, p: ids[i]!.project, key: `${i}-${j}` },
    ]).flat();
  });
  await admin.query(
    `INSERT INTO journeys.enrolment_linkage (enrolment_id, org_id, project_id, key_id, linkage_key)
     SELECT e, o, p, 'property-test', sha256(convert_to(k, 'UTF8')) FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS t(e, o, p, k)`,
    [links.map((l) => l.e), links.map((l) => l.org), links.map((l) => l.p), links.map((l) => l.key)],
  );
  // some follow-ups completed, some found employed; as each organisation (the cohort summary's trigger
  // runs under row level security as the organisation that records, migration 1739)
  await admin.query('BEGIN');
  for (let org = 0; org < 5; org++) {
    const present = all.filter((i) => org < samples[i]!.orgs);
    for (const i of present) {
      await admin.query(`SELECT set_config('app.org_id', $1, true)`, [ids[i]!.orgs[org]]);
      await admin.query(
        `UPDATE outcomes.follow_up f SET completed_on = f.due_on + 3,
           found_destination = CASE WHEN abs(hashtext(f.id::text)) % 3 = 0 THEN 'EMPLOYED_OPEN_MARKET' ELSE 'UNEMPLOYED' END
         WHERE f.project_id = $1 AND f.org_id = $2 AND abs(hashtext(f.id::text || 'c')) % 10 < $3`,
        [ids[i]!.project, ids[i]!.orgs[org], samples[i]!.completed],
      );
    }
  }
  await admin.query('COMMIT');
  for (let start = 0; start < RUNS; start += 100) await publish(all.slice(start, start + 100));
  for (const i of all) truths[i]!.push(await peopleTruth(i));
  for (const i of all) {
    const data = await microdata(admin, ids[i]!.project, YEAR);
    legacy.push({ cells: await legacyCells(admin, ids[i]!.project, YEAR, ids[i]!.orgs[0]!), data });
  }
  // late data: a revision, audited with the first release
  const revised = all.filter((i) => samples[i]!.late.length > 0);
  await insertExits(revised.map((i) => ({ i, rows: samples[i]!.late })));
  await insertEntries(revised.map((i) => ({ i, rows: people[i]!.late })), 'B');
  await publish(revised);
  for (const i of revised) truths[i]!.push(await peopleTruth(i));
  for (const i of all) {
    const published = await releasedCells(admin, ids[i]!.project, YEAR);
    const data = await microdata(admin, ids[i]!.project, YEAR);
    releases.push(published.map((cells, r) => ({ cells, data: r === published.length - 1 ? data : legacy[i]!.data })));
  }
}, 900_000);
afterAll(async () => {
  await admin?.end();
  await platform?.stop();
});

const orgsOf = (i: number) => ids[i]!.orgs.slice(0, samples[i]!.orgs);

describe(`${RUNS} random project-years through the real SQL`, () => {
  it('the generic auditor picks no hidden count apart, for a funder or any partner, across revisions', async () => {
    const found: Array<{ i: number; leak: Leak }> = [];
    let audited = 0;
    for (const [i, project] of releases.entries()) {
      const leaks = await audit({ orgs: orgsOf(i), offsets: offsetsOf(project.map((r) => r.cells)), releases: project, k: 5 });
      audited += project.length;
      for (const leak of leaks) found.push({ i, leak });
      if (leaks.length && process.env.RELEASE_PROPERTY_DEBUG) console.log(JSON.stringify({ i, orgs: orgsOf(i), leaks: leaks.slice(0, 3), cells: project.map((r) => Object.fromEntries([...r.cells].filter(([n]) => n.startsWith('fu') || n === 'exits'))), data: project.map((r) => r.data.followUps) }));
    }
    const revisions = releases.filter((r) => r.length > 1).length;
    console.log(JSON.stringify(stats));
    console.log(`releases: ${audited} audited (${revisions} project-years revised after late data); recoveries found: ${found.length}`);
    expect(revisions).toBeGreaterThan(RUNS / 10);
    expect(found.slice(0, 5)).toEqual([]);
    // 500 project-years with participant cells: about 10 min alone, 20 min on a shared 2-core machine.
  }, 2_700_000);

  it('publishes unique participants only when, for every attacker, the others\' part and the overlap are 0 or at least k (figures and change)', () => {
    let shown = 0, hidden = 0, overlapping = 0;
    const small = (x: number) => Math.abs(x) >= 1 && Math.abs(x) < 5;
    for (const [i, project] of releases.entries()) {
      project.forEach(({ cells }, r) => {
        const cell = cells.get('pt:unique')!;
        const truth = truths[i]![r]!;
        const pooled = truth.find((t) => t.org === null) ?? { entries: 0, people: 0 };
        if (pooled.entries > pooled.people) overlapping++;
        if (cell.suppressed) { hidden++; return; }
        shown++;
        expect(cell.value).toBe(pooled.people);
        const before = r > 0 ? truths[i]![r - 1]! : null;
        const of = (list: typeof truth | null, org: string | null) => list?.find((t) => t.org === org) ?? { entries: 0, people: 0 };
        for (const attacker of [null, ...orgsOf(i)]) {
          const rest = (list: typeof truth | null) => {
            const p = of(list, null), own = attacker ? of(list, attacker) : { entries: 0, people: 0 };
            return { people: p.people - own.people, overlap: p.entries - own.entries - (p.people - own.people) };
          };
          const now = rest(truth);
          expect(small(now.people) || small(now.overlap), `release ${i}/${r + 1}, attacker ${attacker}`).toBe(false);
          if (before && project[r - 1]!.cells.has('pt:unique')) {
            const then = rest(before);
            expect(small(now.people - then.people) || small(now.overlap - then.overlap), `change ${i}/${r + 1}, attacker ${attacker}`).toBe(false);
          }
        }
      });
    }
    console.log(`unique participants: shown in ${shown} releases, hidden in ${hidden}; releases with people at two partners: ${overlapping}`);
    expect(shown).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });

  it('the same auditor does find hidden counts in what the live function published', async () => {
    let leaking = 0;
    let leaks = 0;
    // shown once, on the first 100: it is a demonstration, not the guarantee under test
    for (const [i, before] of legacy.slice(0, 100).entries()) {
      const found = await audit({ orgs: orgsOf(i), offsets: [], releases: [before], k: 5, crossCells: false });
      if (found.length) leaking++;
      leaks += found.length;
    }
    const shown = Math.min(100, legacy.length);
    console.log(`live function: hidden counts recovered in ${leaking} of ${shown} project-years (${leaks} recoveries)`);
    expect(leaking).toBeGreaterThan(shown / 10);
  }, 1_800_000);

  it("participant figures suppressed the live function's way (small pooled counts only) leak; the releases' do not", async () => {
    let leaking = 0, leaks = 0, releaseLeaks = 0;
    const shown = Math.min(100, releases.length);
    for (const [i, project] of releases.slice(0, shown).entries()) {
      const { cells, data } = project[0]!;
      const names = [...cells.keys()].filter((n) => n.startsWith('pt:') && n !== 'pt:unique');
      const pooled = (n: string) => (data.participants ?? []).filter((z) => definitionOf(n)?.pt?.(z.org, z.dim, z.value)).reduce((a, z) => a + z.n, 0)
        + (data.active ?? []).filter(() => n === 'pt:active').reduce((a, z) => a + z.n, 0);
      const live: PublishedCells = new Map(names.map((n) => {
        const v = pooled(n);
        return [n, v >= 1 && v < 5 ? { value: null, suppressed: true } : { value: v, suppressed: false }];
      }));
      const found = await audit({ orgs: orgsOf(i), offsets: [], releases: [{ cells: live, data }], k: 5 });
      if (found.length) leaking++;
      leaks += found.length;
      const released: PublishedCells = new Map(names.map((n) => [n, cells.get(n)!]));
      releaseLeaks += (await audit({ orgs: orgsOf(i), offsets: [], releases: [{ cells: released, data }], k: 5 })).length;
    }
    console.log(`participant cells, live-style suppression: hidden counts recovered in ${leaking} of ${shown} project-years (${leaks} recoveries); releases: ${releaseLeaks}`);
    expect(leaking).toBeGreaterThan(shown / 10);
    expect(releaseLeaks).toBe(0);
  }, 1_800_000);

  it('hides a smaller share of cells than it must not, and reports the share', () => {
    const share = (list: PublishedCells[]) => {
      let hidden = 0, all = 0;
      for (const cells of list) for (const [name, c] of cells) if (!/^(soft|fu|further):/.test(name) && name !== 'min_cell_size') { all++; if (c.suppressed) hidden++; }
      return hidden / all;
    };
    const before = share(legacy.map((l) => l.cells));
    const after = share(releases.map((r) => r[0]!.cells));
    console.log(`cells suppressed: live function ${(100 * before).toFixed(1)} %, releases ${(100 * after).toFixed(1)} %`);
    expect(after).toBeGreaterThan(0);
  });

  it('publishes destination counts over people where the audit allows, and reports the share', () => {
    // a destination is shown over people when its primary and further cells are both published
    let overPeople = 0, primaryOnly = 0, withFurther = 0, furtherShown = 0;
    for (const project of releases) {
      for (const { cells } of project) {
        for (const d of destinationNames) {
          const primary = cells.get(`dest:${d}`)!, further = cells.get(`further:${d}`)!;
          if (primary.suppressed) continue;
          if (further.suppressed) primaryOnly++;
          else overPeople++;
          if (!further.suppressed && further.value! > 0) furtherShown++;
        }
        if ([...cells].some(([n, c]) => n.startsWith('further:') && !c.suppressed && c.value! > 0)) withFurther++;
      }
    }
    console.log(`destination cells shown: over people ${overPeople}, primary only ${primaryOnly} (${(100 * overPeople / (overPeople + primaryOnly)).toFixed(1)} % over people); releases with a non-zero further cell shown: ${withFurther}; non-zero further cells shown: ${furtherShown}`);
    // the auditor above must have had further figures to attack
    expect(furtherShown).toBeGreaterThan(RUNS / 10);
  });
});
