import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

/**
 * Participants (issue 13) through the gateway with real tokens: the serving
 * organisation records entries; its own figures are live; another
 * organisation sees none of them; a coordinator sees pooled, audited figures
 * from a release, where one person entered at two partners counts once in
 * unique participants, and targets stand against the actual figures.
 */
let platform: TestPlatform;
let admin: pg.Client;
let project: string;
const org: Record<string, string> = {};
const tokens: Record<string, string> = {};
/** enrolment ids per organisation, in the order created */
const enrolments: Record<string, string[]> = {};

async function enrol(slug: string, year: number, n: number, tag: string): Promise<string[]> {
  await admin.query('BEGIN');
  await admin.query(`SELECT set_config('app.org_id', $1, true)`, [org[slug]]);
  await admin.query(`INSERT INTO journeys.client (org_id, code) SELECT $1, $2 || n FROM generate_series(1, $3::int) n`, [org[slug], tag, n]);
  const { rows } = await admin.query(
    `INSERT INTO journeys.enrolment (org_id, client_id, project_id, started_on, phase)
     SELECT $1, c.id, $2, make_date($3, 1 + (row_number() OVER (ORDER BY c.code))::int % 12, 15), 'COACHING'
     FROM journeys.client c WHERE c.org_id = $1 AND c.code LIKE $4 || '%' RETURNING id`,
    [org[slug], project, year, tag],
  );
  await admin.query('COMMIT');
  return rows.map((r) => r.id);
}

/** A valid henkilötunnus of someone born on day `d` of January 1970 (check character mod 31). */
function hetu(d: number, individual: number) {
  const digits = `${String(d).padStart(2, '0')}0170${String(individual).padStart(3, '0')}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(digits) % 31]}`;
}

/** A client with the same identity at two organisations, enrolled through the API (journeys computes the keyed hash). */
async function samePerson(i: number, slugs: [string, string], year: number): Promise<string[]> {
  const ids: string[] = [];
  for (const slug of slugs) {
    const create = await platform.graphql(`mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
      token: tokens[slug], variables: { input: { code: `SAME-${year}-${i}`, personal: { fullName: `Sama Henkilö ${i}`, personalIdentityCode: hetu(i + 1, 100 + year % 100) } } },
    });
    expect(create.errors).toBeUndefined();
    const enrolled = await platform.graphql(`mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
      token: tokens[slug], variables: { input: { clientId: create.data.createClient.id, projectId: project, startedOn: `${year}-0${1 + (i % 9)}-10` } },
    });
    expect(enrolled.errors).toBeUndefined();
    ids.push(enrolled.data.enrolClient.id);
  }
  return ids;
}

const recordEntry = `mutation ($input: RecordParticipantEntryInput!) {
  recordParticipantEntry(input: $input) { id enteredOn gender birthYear labourMarketStatus education homeless specialCategories { disability minority consentGivenOn } }
}`;

/** Records entries through the API as the organisation's coach; `i` varies the answers. */
async function recordAll(slug: string, ids: string[], year: number, special: (i: number) => boolean = () => false) {
  for (const [i, enrolmentId] of ids.entries()) {
    const { errors } = await platform.graphql(recordEntry, {
      token: tokens[slug],
      variables: {
        input: {
          enrolmentId,
          gender: i % 2 ? 'FEMALE' : 'MALE',
          birthYear: year - (i % 3 === 0 ? 58 : 40),
          labourMarketStatus: i % 4 === 0 ? 'INACTIVE' : 'LONG_TERM_UNEMPLOYED',
          education: 'ISCED_3_4',
          homeless: i % 5 === 0,
          ...(special(i) ? { specialCategories: { explicitConsent: true, disability: true, minority: false } } : {}),
        },
      },
    });
    expect(errors).toBeUndefined();
  }
}

const metricsQuery = `query ($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!) {
  projectMetrics(projectId: $projectId, view: $view, from: $from, to: $to, granularity: YEAR) {
    release { year revision participantFigures }
    exits { value suppressed }
    participants {
      entries { value suppressed } activeAtPeriodEnd { value suppressed } uniqueParticipants { value suppressed }
      outputIndicators { indicator code count { value suppressed } }
      genders { gender entries { value suppressed } }
      partners { organisation { id } entries { value suppressed } }
    }
    targets { metric minimum actual { value suppressed } actualToDate { value suppressed } reached }
    activities { placementsStarted { value suppressed } placementsEnded { value suppressed } placementsByKind { kind started { value suppressed } } badgesAwarded { value suppressed } }
  }
}`;

async function metrics(token: string, view: 'POOLED' | 'OWN_ORGANISATION', year: number) {
  const { data, errors } = await platform.graphql(metricsQuery, { token, variables: { projectId: project, view, from: `${year}-01-01`, to: `${year}-12-31` } });
  expect(errors).toBeUndefined();
  return data.projectMetrics;
}

async function publish(year: number) {
  const { errors } = await platform.graphql('mutation ($p: ID!, $y: Int!) { publishStatisticsRelease(projectId: $p, year: $y) { revision } }', {
    token: tokens.coordinator, variables: { p: project, y: year },
  });
  expect(errors).toBeUndefined();
}

const indicator = (m: any, name: string) => m.participants.outputIndicators.find((o: any) => o.indicator === name).count;

beforeAll(async () => {
  platform = await bootPlatform();
  admin = new pg.Client({ connectionString: platform.adminUrl });
  await admin.connect();
  project = (await admin.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id;
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola']) {
    org[slug] = await platform.organisationId(slug);
    tokens[slug] = await platform.tokenFor(slug, ['COACH']);
  }
  tokens.coordinator = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
  await admin.query(`UPDATE partners.project SET starts_on = '2010-01-01' WHERE id = $1`, [project]);
  const taken = await admin.query(`SELECT count(*)::int AS n FROM journeys.enrolment WHERE project_id = $1 AND started_on < '2013-01-01'`, [project]);
  expect(taken.rows[0].n).toBe(0);
  // 2011: 12 + 10 + 8 entries; 6 people are clients of both Sotek and Kuntoutussäätiö, each recorded with the
  // same henkilötunnus at both (the linkage finds the same person)
  const same = [];
  for (let i = 0; i < 6; i++) same.push(await samePerson(i, ['sotek', 'kuntoutussaatio'], 2011));
  enrolments.sotek = [...same.map(([s]) => s!), ...(await enrol('sotek', 2011, 6, 'S11-'))];
  enrolments.kuntoutussaatio = [...same.map(([, k]) => k!), ...(await enrol('kuntoutussaatio', 2011, 4, 'K11-'))];
  enrolments.kalliola = await enrol('kalliola', 2011, 8, 'L11-');
  await recordAll('sotek', enrolments.sotek, 2011, (i) => i < 6 || i === 7);
  await recordAll('kuntoutussaatio', enrolments.kuntoutussaatio, 2011);
  await recordAll('kalliola', enrolments.kalliola, 2011);
  // placements in 2011 (the placements module's table; its triggers keep the yearly summary): Sotek 6 work trials,
  // Kuntoutussäätiö 5 pay-subsidy jobs, Kalliola 1 work trial
  for (const [slug, kind, n] of [['sotek', 'WORK_TRIAL', 6], ['kuntoutussaatio', 'PAY_SUBSIDY_OPEN_MARKET', 5], ['kalliola', 'WORK_TRIAL', 1]] as const) {
    await admin.query('BEGIN');
    await admin.query(`SELECT set_config('app.org_id', $1, true)`, [org[slug]]);
    await admin.query(
      `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, employer_business_id, employer_name, starts_on, ends_on, hours_per_week, funding)
       SELECT $1, e, $2, $3, '0201256-6', 'Työnantaja Oy', '2011-03-01', '2011-06-30', 20, 'OTHER' FROM unnest($4::uuid[]) e`,
      [org[slug], project, kind, enrolments[slug]!.slice(0, n)],
    );
    await admin.query('COMMIT');
  }
  // targets of the project (partners owns them)
  await admin.query(`UPDATE partners.project SET targets = $2 WHERE id = $1`, [
    project, JSON.stringify([{ metric: 'ENTRIES', minimum: 25 }, { metric: 'UNIQUE_PARTICIPANTS', minimum: 20 }, { metric: 'EXITS', minimum: 10 }]),
  ]);
});
afterAll(async () => {
  await admin?.end();
  await platform?.stop();
});

describe('recording entries', () => {
  it('returns what was recorded, special categories only with consent; once per enrolment', async () => {
    const { data, errors } = await platform.graphql(
      `query ($a: ID!, $b: ID!) { a: enrolment(id: $a) { participantEntry { gender birthYear specialCategories { disability } } } b: enrolment(id: $b) { participantEntry { specialCategories { disability } } } }`,
      { token: tokens.sotek, variables: { a: enrolments.sotek[0], b: enrolments.sotek[8] } },
    );
    expect(errors).toBeUndefined();
    expect(data.a.participantEntry).toEqual({ gender: 'MALE', birthYear: 1953, specialCategories: { disability: true } });
    expect(data.b.participantEntry.specialCategories).toBeNull();
    const again = await platform.graphql(recordEntry, {
      token: tokens.sotek,
      variables: { input: { enrolmentId: enrolments.sotek[0], gender: 'MALE', birthYear: 1970, labourMarketStatus: 'EMPLOYED', education: 'ISCED_0_2' } },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses special categories without explicit consent, and a birth year after the entry', async () => {
    const [id] = await enrol('sotek', 2012, 1, 'X12-');
    const base = { enrolmentId: id, gender: 'FEMALE', birthYear: 1980, labourMarketStatus: 'UNEMPLOYED', education: 'ISCED_0_2' };
    const noConsent = await platform.graphql(recordEntry, { token: tokens.sotek, variables: { input: { ...base, specialCategories: { explicitConsent: false, disability: true, minority: true } } } });
    expect(noConsent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'specialCategories' });
    const future = await platform.graphql(recordEntry, { token: tokens.sotek, variables: { input: { ...base, birthYear: 2013 } } });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'birthYear' });
    const stored = await admin.query(`SELECT count(*)::int AS n FROM outcomes.participant_entry WHERE enrolment_id = $1`, [id]);
    expect(stored.rows[0].n).toBe(0);
  });

  it("another organisation cannot record, read or withdraw for an enrolment that is not its own", async () => {
    const other = await platform.graphql(recordEntry, {
      token: tokens.kalliola,
      variables: { input: { enrolmentId: enrolments.sotek[11], gender: 'MALE', birthYear: 1970, labourMarketStatus: 'EMPLOYED', education: 'ISCED_0_2' } },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const read = await platform.graphql(`query ($a: ID!) { enrolment(id: $a) { id participantEntry { gender } } }`, {
      token: tokens.kalliola, variables: { a: enrolments.sotek[0] },
    });
    expect(read.errors).toBeUndefined();
    expect(read.data.enrolment).toBeNull();
    const withdraw = await platform.graphql('mutation ($e: ID!) { withdrawSpecialCategoryConsent(enrolmentId: $e) }', { token: tokens.kalliola, variables: { e: enrolments.sotek[0] } });
    expect(withdraw.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // row level security: as Kalliola, not even the service role sees Sotek's rows
    await admin.query('BEGIN');
    await admin.query(`SET LOCAL ROLE outcomes_app`);
    await admin.query(`SELECT set_config('app.org_id', $1, true)`, [org.kalliola]);
    const seen = await admin.query(`SELECT (SELECT count(*) FROM outcomes.participant_entry WHERE org_id <> $1)::int AS e, (SELECT count(*) FROM outcomes.participant_special)::int AS s`, [org.kalliola]);
    await admin.query('ROLLBACK');
    expect(seen.rows[0]).toEqual({ e: 0, s: 0 });
  });
});

describe("the client's rights", () => {
  it('the export carries the entry record with its special categories; erasure deletes those, the entry stays counted', async () => {
    const admin_ = await platform.tokenFor('sotek', ['ORG_ADMIN']);
    const clientId = (await admin.query(`SELECT client_id FROM journeys.enrolment WHERE id = $1`, [enrolments.sotek[7]])).rows[0].client_id;
    const exported = await platform.graphql(`query ($id: ID!) { exportClientData(clientId: $id) { document } }`, { token: admin_, variables: { id: clientId } });
    expect(exported.errors).toBeUndefined();
    const entries = exported.data.exportClientData.document.outcomes.participantEntries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ enrolmentId: enrolments.sotek[7], gender: 'FEMALE', birthYear: 1971, specialCategories: { disability: true, minority: false } });
    const erased = await platform.graphql(`mutation ($id: ID!) { eraseClient(clientId: $id, reason: "Asiakkaan pyyntö") { exitsErased } }`, { token: admin_, variables: { id: clientId } });
    expect(erased.errors).toBeUndefined();
    const left = await admin.query(
      `SELECT (SELECT count(*) FROM outcomes.participant_special WHERE enrolment_id = $1)::int AS special, (SELECT count(*) FROM outcomes.participant_entry WHERE enrolment_id = $1)::int AS entry`,
      [enrolments.sotek[7]],
    );
    expect(left.rows[0]).toEqual({ special: 0, entry: 1 });
  });
});

describe('figures', () => {
  it("the owner sees its own figures live, unsuppressed; another organisation sees only its own", async () => {
    const own = await metrics(tokens.sotek, 'OWN_ORGANISATION', 2011);
    expect(own.participants.entries).toEqual({ value: 12, suppressed: false });
    expect(own.participants.activeAtPeriodEnd).toEqual({ value: 12, suppressed: false });
    expect(own.participants.uniqueParticipants).toBeNull();
    expect(own.activities).toBeNull();
    expect(indicator(own, 'WITH_DISABILITIES')).toEqual({ value: 6, suppressed: false });
    expect(indicator(own, 'AGED_55_AND_ABOVE')).toEqual({ value: 4, suppressed: false });
    expect(own.participants.partners).toEqual([{ organisation: { id: org.sotek }, entries: { value: 12, suppressed: false } }]);
    const other = await metrics(tokens.kalliola, 'OWN_ORGANISATION', 2011);
    expect(other.participants.entries.value).toBe(8);
    expect(indicator(other, 'WITH_DISABILITIES').value).toBe(0);
    expect(other.participants.partners.map((p: any) => p.organisation.id)).toEqual([org.kalliola]);
  });

  it('a coach cannot read pooled figures; a coordinator reads them from the release', async () => {
    const coach = await platform.graphql(metricsQuery, { token: tokens.kalliola, variables: { projectId: project, view: 'POOLED', from: '2011-01-01', to: '2011-12-31' } });
    expect(coach.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await publish(2011);
    const pooled = await metrics(tokens.coordinator, 'POOLED', 2011);
    expect(pooled.release).toMatchObject({ year: 2011, participantFigures: true });
    expect(pooled.participants.entries).toEqual({ value: 30, suppressed: false });
    // the same person at Sotek and Kuntoutussäätiö counts once: 30 entries, 24 people
    expect(pooled.participants.uniqueParticipants).toEqual({ value: 24, suppressed: false });
    expect(pooled.participants.partners.map((p: any) => p.entries.value).sort()).toEqual([10, 12, 8]);
    // Sotek's 6 disabilities are all of them: "everyone but Sotek" would be 0 — published, 0 is no small count;
    // homeless: 3 + 2 + 2 = 7, but everyone but Sotek is 4: hidden for Sotek's sake
    expect(indicator(pooled, 'WITH_DISABILITIES')).toEqual({ value: 6, suppressed: false });
    expect(indicator(pooled, 'HOMELESS_OR_HOUSING_EXCLUSION')).toEqual({ value: null, suppressed: true });
    expect(indicator(pooled, 'PARTICIPANTS')).toEqual(pooled.participants.entries);
    // placements: 12 started and ended; Kalliola's single work trial is "everyone but Sotek" among work trials: both kinds hidden
    expect(pooled.activities.placementsStarted).toEqual({ value: 12, suppressed: false });
    expect(pooled.activities.placementsEnded).toEqual({ value: 12, suppressed: false });
    const kind = (k: string) => pooled.activities.placementsByKind.find((x: any) => x.kind === k).started;
    expect(kind('WORK_TRIAL')).toEqual({ value: null, suppressed: true });
    expect(kind('PAY_SUBSIDY_OPEN_MARKET')).toEqual({ value: null, suppressed: true });
    expect(kind('REHABILITATIVE_WORK_ACTIVITY')).toEqual({ value: 0, suppressed: false });
    expect(pooled.activities.badgesAwarded).toEqual({ value: 0, suppressed: false });
  });

  it('hides unique participants when the people counted at two partners are 1..k-1', async () => {
    const [s0, k0] = await samePerson(0, ['sotek', 'kuntoutussaatio'], 2010);
    const s = [s0!, ...(await enrol('sotek', 2010, 9, 'S10-'))];
    const k = [k0!, ...(await enrol('kuntoutussaatio', 2010, 9, 'K10-'))];
    await recordAll('sotek', s, 2010);
    await recordAll('kuntoutussaatio', k, 2010);
    await publish(2010);
    const pooled = await metrics(tokens.coordinator, 'POOLED', 2010);
    expect(pooled.participants.entries.value).toBe(20);
    // 19 people: one overlap would tell either partner that one of its clients is also the other's
    expect(pooled.participants.uniqueParticipants).toEqual({ value: null, suppressed: true });
  });

  it('stands the targets against the release: the year and from the project start', async () => {
    const pooled = await metrics(tokens.coordinator, 'POOLED', 2011);
    const target = (metric: string) => pooled.targets.find((t: any) => t.metric === metric);
    expect(target('ENTRIES')).toEqual({ metric: 'ENTRIES', minimum: 25, actual: { value: 30, suppressed: false }, actualToDate: { value: 50, suppressed: false }, reached: true });
    expect(target('UNIQUE_PARTICIPANTS').actual).toEqual({ value: 24, suppressed: false });
    // 2010's unique count is hidden, and people are not summed over years anyway
    expect(target('UNIQUE_PARTICIPANTS').actualToDate).toEqual({ value: null, suppressed: false });
    expect(target('EXITS').actual).toEqual({ value: 0, suppressed: false });
    const own = await metrics(tokens.sotek, 'OWN_ORGANISATION', 2011);
    expect(own.targets.find((t: any) => t.metric === 'ENTRIES').actual).toEqual({ value: 12, suppressed: false });
  });

  it('the CSV carries the output indicators and the targets, suppressed as in the answer', async () => {
    const { data, errors } = await platform.graphql(
      `query ($p: ID!) { projectIndicatorsCsv(projectId: $p, view: POOLED, from: "2011-01-01", to: "2011-12-31", granularity: YEAR) }`,
      { token: tokens.coordinator, variables: { p: project } },
    );
    expect(errors).toBeUndefined();
    const lines: string[] = data.projectIndicatorsCsv.split('\r\n');
    expect(lines.find((l) => l.includes(',entries,,,'))).toMatch(/,entries,,,30,false,/);
    expect(lines.find((l) => l.includes(',unique_participants,'))).toMatch(/,unique_participants,,,24,false,/);
    expect(lines.find((l) => l.includes('EECO16'))).toMatch(/,esf_output_indicator,HOMELESS_OR_HOUSING_EXCLUSION,EECO16,,true,/);
    expect(lines.find((l) => l.includes(',target_actual_to_date,ENTRIES,'))).toMatch(/,50,false,/);
  });

  it('withdrawing the consent deletes the special-category data; the next revision no longer counts it', async () => {
    const { data } = await platform.graphql('mutation ($e: ID!) { withdrawSpecialCategoryConsent(enrolmentId: $e) }', { token: tokens.sotek, variables: { e: enrolments.sotek[0] } });
    expect(data.withdrawSpecialCategoryConsent).toBe(true);
    const own = await metrics(tokens.sotek, 'OWN_ORGANISATION', 2011);
    expect(indicator(own, 'WITH_DISABILITIES').value).toBe(5);
  });
});

describe('the demo data', () => {
  it('Askeleet töihin: about 200 jobseekers over three years, most over 50, against its target of 200 entries', async () => {
    const token = await platform.tokenFor('kuntoutussaatio', ['COORDINATOR'], ['askeleet-toihin']);
    const askeleet = (await admin.query(`SELECT id FROM partners.project WHERE slug = 'askeleet-toihin'`)).rows[0].id;
    const { data, errors } = await platform.graphql(metricsQuery, { token, variables: { projectId: askeleet, view: 'POOLED', from: '2023-01-01', to: '2023-12-31' } });
    expect(errors).toBeUndefined();
    const m = data.projectMetrics;
    expect(m.release.participantFigures).toBe(true);
    expect(m.participants.entries.value).toBe(66);
    expect(m.targets.find((t: any) => t.metric === 'ENTRIES')).toMatchObject({ minimum: 200, actualToDate: { value: 200, suppressed: false }, reached: true });
    const over55 = indicator(m, 'AGED_55_AND_ABOVE').value;
    expect(over55).toBeGreaterThan(0);
    // everyone had exited by the project's end
    expect(m.participants.activeAtPeriodEnd).toEqual({ value: 0, suppressed: false });
  });
});

describe('without the person numbers', () => {
  it('a release with entries fails loudly instead of counting people wrong', async () => {
    await admin.query('ALTER FUNCTION journeys.project_person_numbers(uuid) RENAME TO project_person_numbers_away');
    try {
      const { errors } = await platform.graphql('mutation ($p: ID!, $y: Int!) { publishStatisticsRelease(projectId: $p, year: $y) { revision } }', {
        token: tokens.coordinator, variables: { p: project, y: 2011 },
      });
      expect(errors?.[0]).toBeDefined();
      const revisions = await admin.query(`SELECT count(*)::int AS n FROM outcomes.statistics_release WHERE project_id = $1 AND year = 2011`, [project]);
      expect(revisions.rows[0].n).toBe(1);
    } finally {
      await admin.query('ALTER FUNCTION journeys.project_person_numbers_away(uuid) RENAME TO project_person_numbers');
    }
  });
});
