import { retentionJobUrl, runRetention, withAdminClient } from '@polku/scripts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Outcomes' personal-data access log (outcomes migration 1747000000000,
 * docs/authorization.md "Audit log"): a read of a participant entry, a
 * placement or a badge award leaves one row per record in
 * outcomes.personal_data_access, in the transaction of the read; the owning
 * organisation's DATA_PROTECTION_OFFICER sees it in journeys'
 * clientAccessReport and another organisation's sees nothing of it.
 */
let platform: TestPlatform;
let org: { sotek: string; kuntoutus: string };
let tokens: Record<'coach' | 'dpo' | 'kuntoutusDpo', string>;
let ids: { client: string; enrolment: string; placement: string; award: string; entry: string; unit: string; exit: string };
let requestSequence = 0;

async function request<T = any>(token: string, query: string, variables?: Record<string, unknown>) {
  const requestId = `outcomes-audit-${++requestSequence}`;
  const response: GraphQLResponse<T> = await platform.graphql<T>(query, { token, variables, headers: { 'x-request-id': requestId } });
  expect(response.errors).toBeUndefined();
  return { ...response, requestId };
}

/** The log rows of one request (by the caller's x-request-id), read as the database admin (past row level security). */
const logRowsOf = (correlationId: string) =>
  withAdminClient(platform.adminUrl, async (db) =>
    (await db.query(`SELECT * FROM outcomes.personal_data_access WHERE correlation_id = $1 ORDER BY entity_kind, id`, [correlationId])).rows,
  );
const logCount = () => withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM outcomes.personal_data_access')).rows[0].n as number);

/** Runs `work` as the outcomes service role in one transaction bound to `orgId` and `subject`. */
async function asService<T>(orgId: string, subject: string, work: (db: pg.Client) => Promise<T>, end: 'COMMIT' | 'ROLLBACK' = 'COMMIT') {
  return withAdminClient(platform.adminUrl, async (db) => {
    await db.query('BEGIN');
    try {
      await db.query('SET LOCAL ROLE outcomes_app');
      await db.query(`SELECT set_config('app.org_id', $1, true), set_config('app.subject', $2, true)`, [orgId, subject]);
      const result = await work(db as unknown as pg.Client);
      await db.query(end);
      return result;
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  });
}

const personalRead = `query CoachReadsOutcomes($id: ID!) { enrolment(id: $id) {
  participantEntry { id birthYear labourMarketStatus }
  placements { id kind employer { name } supervisor { name } }
  badgeAwards { id evidence }
  qualificationUnits { id unitName }
  exitOutcome { id destination title }
} }`;

beforeAll(async () => {
  platform = await bootPlatform();
  org = { sotek: await platform.organisationId('sotek'), kuntoutus: await platform.organisationId('kuntoutussaatio') };
  tokens = {
    coach: await platform.tokenFor('sotek', ['COACH']),
    dpo: await platform.tokenFor('sotek', ['DATA_PROTECTION_OFFICER']),
    kuntoutusDpo: await platform.tokenFor('kuntoutussaatio', ['DATA_PROTECTION_OFFICER']),
  };
  const admin = await platform.tokenFor('sotek', ['ORG_ADMIN']);
  const project = await withAdminClient(platform.adminUrl, async (db) => (await db.query(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`)).rows[0].id);
  const client = (await request(tokens.coach, `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
    input: { code: 'SOT-OA01', personal: { fullName: 'Aino Outcomes', birthYear: 1968 } },
  })).data.createClient.id;
  const enrolment = (await request(tokens.coach, `mutation ($input: EnrolClientInput!) { enrolClient(input: $input) { id } }`, {
    input: { clientId: client, projectId: project, startedOn: '2026-03-02' },
  })).data.enrolClient.id;
  const entry = (await request(tokens.coach, `mutation ($input: RecordParticipantEntryInput!) { recordParticipantEntry(input: $input) { id } }`, {
    input: { enrolmentId: enrolment, gender: 'FEMALE', birthYear: 1968, labourMarketStatus: 'LONG_TERM_UNEMPLOYED', education: 'ISCED_3_4' },
  })).data.recordParticipantEntry.id;
  const placement = (await request(tokens.coach, `mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`, {
    input: { enrolmentId: enrolment, kind: 'WORK_TRIAL', employerBusinessId: '0112038-9', employerName: 'Satama Oy', startsOn: '2026-04-06', hoursPerWeek: 25, funding: 'OTHER', supervisor: { name: 'Esa Esimies' } },
  })).data.recordPlacement.id;
  const badge = (await request(admin, `mutation { defineBadge(input: { code: "kassa", name: { fi: "Kassa", sv: "Kassa", en: "Till" }, criteria: { fi: "Osaa.", sv: "Kan.", en: "Can." }, issuerName: "Sotek" }) { id } }`)).data.defineBadge.id;
  const award = (await request(tokens.coach, `mutation ($e: ID!, $b: ID!) { awardBadge(input: { enrolmentId: $e, badgeId: $b, awardedOn: "2026-05-04", evidence: "Näyttö kaupassa" }) { id } }`, { e: enrolment, b: badge })).data.awardBadge.id;
  const unit = (await request(tokens.coach, `mutation ($e: ID!) { recordQualificationUnit(input: { enrolmentId: $e, unitCode: "106727", unitName: "Asiakaspalvelu", qualificationCode: "351407", passedOn: "2026-06-15" }) { id } }`, { e: enrolment })).data.recordQualificationUnit.id;
  const exit = (await request(tokens.coach, `mutation ($e: ID!) { recordExit(input: { enrolmentId: $e, exitDate: "2026-10-30", destination: EMPLOYED_OPEN_MARKET, title: "Myyjä" }) { id } }`, { e: enrolment })).data.recordExit.id;
  ids = { client, enrolment, placement, award, entry, unit, exit };
});
afterAll(() => platform?.stop());

describe("outcomes' personal-data access log", () => {
  it('writing the records and reading them back only by id logs nothing', async () => {
    const before = await logCount();
    const read = await request(tokens.coach, `query ($id: ID!) { enrolment(id: $id) { participantEntry { id } placements { id enrolment { id } } badgeAwards { id } qualificationUnits { id } exitOutcome { id } } }`, { id: ids.enrolment });
    expect(read.data.enrolment.placements).toEqual([{ id: ids.placement, enrolment: { id: ids.enrolment } }]);
    expect(await logRowsOf(read.requestId)).toEqual([]);
    expect(await logCount()).toBe(before);
  });

  it("a coach's read of a participant entry, a placement and a badge award: one row per record, with who, what, which fields and the request", async () => {
    const read = await request(tokens.coach, personalRead, { id: ids.enrolment });
    expect(read.data.enrolment.participantEntry.birthYear).toBe(1968);
    expect(read.data.enrolment.placements[0].employer.name).toBe('Satama Oy');
    const rows = await logRowsOf(read.requestId);
    const common = { org_id: org.sotek, actor_org_id: org.sotek, enrolment_id: ids.enrolment, actor_roles: ['COACH'], operation_name: 'CoachReadsOutcomes', correlation_id: read.requestId, request_id: expect.stringMatching(/.{8,}/) };
    expect(rows).toEqual([
      expect.objectContaining({ ...common, entity_kind: 'BADGE_AWARD', entity_id: ids.award, fields: ['BadgeAward.evidence'] }),
      expect.objectContaining({ ...common, entity_kind: 'EXIT_OUTCOME', entity_id: ids.exit, fields: ['ExitOutcome.destination', 'ExitOutcome.title'] }),
      expect.objectContaining({ ...common, entity_kind: 'PARTICIPANT_ENTRY', entity_id: ids.entry, fields: ['ParticipantEntry.birthYear', 'ParticipantEntry.labourMarketStatus'] }),
      expect.objectContaining({ ...common, entity_kind: 'PLACEMENT', entity_id: ids.placement, fields: ['Placement.employer', 'Placement.kind', 'Placement.supervisor'] }),
      expect.objectContaining({ ...common, entity_kind: 'QUALIFICATION_UNIT', entity_id: ids.unit, fields: ['QualificationUnit.unitName'] }),
    ]);
    expect(rows[0].request_id).not.toBe(read.requestId); // the service's own id, never the caller's
    expect(new Set(rows.map((row) => row.actor_subject)).size).toBe(1);

    // The page queries log their rows the same way.
    const page = await request(tokens.coach, `query CoachListsPlacements { placements(first: 100) { nodes { id hoursPerWeek } } }`);
    expect((await logRowsOf(page.requestId)).map((row) => [row.entity_kind, row.fields])).toContainEqual(['PLACEMENT', ['Placement.hoursPerWeek']]);
  });

  it("the organisation's DPO sees the reads in clientAccessReport and the export; another organisation's DPO sees nothing of them", async () => {
    await request(tokens.coach, personalRead, { id: ids.enrolment });
    const report = await request(tokens.dpo, `query ($id: ID!) { clientAccessReport(clientId: $id) { readers { actorSubject actorOrganisation { id } purpose reads fields } } }`, { id: ids.client });
    const fields = report.data.clientAccessReport.readers.flatMap((reader: any) => reader.fields);
    expect(fields).toEqual(expect.arrayContaining(['ParticipantEntry.birthYear', 'Placement.employer', 'BadgeAward.evidence', 'QualificationUnit.unitName', 'ExitOutcome.title']));
    const outcomesReader = report.data.clientAccessReport.readers.find((reader: any) => reader.fields.includes('Placement.employer'));
    expect(outcomesReader).toMatchObject({ actorOrganisation: { id: org.sotek }, purpose: 'OWN_CLIENT_WORK' });
    expect(outcomesReader.reads).toBeGreaterThanOrEqual(10);

    const exported = await request(tokens.dpo, `query ($id: ID!) { exportClientData(clientId: $id) { document } }`, { id: ids.client });
    expect(exported.data.exportClientData.document.accessReport.readers.flatMap((reader: any) => reader.fields)).toContain('BadgeAward.evidence');

    const other = await platform.graphql(`query ($id: ID!) { clientAccessReport(clientId: $id) { readers { fields } } }`, { token: tokens.kuntoutusDpo, variables: { id: ids.client } });
    expect(other.errors).toBeUndefined();
    expect(other.data!.clientAccessReport).toBeNull();
    // Asked directly with the enrolment id, outcomes shows another organisation nothing either (row level security).
    const direct = await platform.graphql(`query ($ids: [ID!]!) { outcomeRecordReaders(enrolmentIds: $ids) { fields } }`, { token: tokens.kuntoutusDpo, variables: { ids: [ids.enrolment] } });
    expect(direct.errors).toBeUndefined();
    expect(direct.data).toEqual({ outcomeRecordReaders: [] });
    // A coach is not a reader of the log.
    const coach = await platform.graphql(`query ($ids: [ID!]!) { outcomeRecordReaders(enrolmentIds: $ids) { fields } }`, { token: tokens.coach, variables: { ids: [ids.enrolment] } });
    expect(coach.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('as the service role: a row written in a rolled-back transaction is gone; rows of another organisation or actor are refused; rows are never changed', async () => {
    const before = await logCount();
    const insert = (orgId: string, actor: string) =>
      `INSERT INTO outcomes.personal_data_access (org_id, enrolment_id, entity_kind, entity_id, fields, actor_subject, actor_org_id, actor_roles, request_id)
       VALUES ('${orgId}', '${ids.enrolment}', 'PLACEMENT', '${ids.placement}', '{Placement.employer}', '${actor}', '${orgId}', '{COACH}', 'r-1')`;
    await asService(org.sotek, 'coach-x', (db) => db.query(insert(org.sotek, 'coach-x')), 'ROLLBACK');
    expect(await logCount()).toBe(before);
    await expect(asService(org.sotek, 'coach-x', (db) => db.query(insert(org.kuntoutus, 'coach-x')))).rejects.toThrow(/row-level security/);
    await expect(asService(org.sotek, 'coach-x', (db) => db.query(insert(org.sotek, 'someone-else')))).rejects.toThrow(/row-level security/);
    await asService(org.sotek, 'coach-x', (db) => db.query(insert(org.sotek, 'coach-x')));
    expect(await logCount()).toBe(before + 1);
    await expect(asService(org.sotek, 'coach-x', (db) => db.query(`UPDATE outcomes.personal_data_access SET fields = '{x}'`))).rejects.toThrow(/permission denied|append-only/);
    await expect(asService(org.sotek, 'coach-x', (db) => db.query(`DELETE FROM outcomes.personal_data_access`))).rejects.toThrow(/permission denied|append-only/);
    await expect(withAdminClient(platform.adminUrl, (db) => db.query(`DELETE FROM outcomes.personal_data_access WHERE org_id = $1`, [org.sotek]))).rejects.toThrow(/append-only/);
    // Another organisation's service transaction sees none of these rows.
    expect((await asService(org.kuntoutus, 'coach-y', (db) => db.query(`SELECT count(*)::int AS n FROM outcomes.personal_data_access WHERE enrolment_id = $1`, [ids.enrolment]))).rows[0].n).toBe(0);
  });

  it('the retention job purges rows older than 12 years and nothing younger', async () => {
    const young = await logCount();
    await withAdminClient(platform.adminUrl, (db) =>
      db.query(
        `INSERT INTO outcomes.personal_data_access (org_id, enrolment_id, entity_kind, entity_id, fields, actor_subject, actor_org_id, actor_roles, request_id, accessed_at)
         VALUES ($1, $2, 'PLACEMENT', $3, '{Placement.employer}', 'old-coach', $1, '{COACH}', 'r-old', now() - interval '13 years')`,
        [org.sotek, ids.enrolment, ids.placement],
      ),
    );
    const jobUrl = await retentionJobUrl(platform.adminUrl);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    expect((await runRetention(jobUrl, { dryRun: true, today })).outcomesAccessLogRows).toBe(1);
    await withAdminClient(jobUrl, async (db) => {
      await expect(db.query('TRUNCATE outcomes.personal_data_access')).rejects.toThrow(/permission denied/);
      await expect(db.query(`UPDATE outcomes.personal_data_access SET fields = '{x}'`)).rejects.toThrow(/permission denied/);
      // as the job purges: only the row past 12 years goes
      expect((await db.query(`DELETE FROM outcomes.personal_data_access WHERE accessed_at < now() - interval '12 years'`)).rowCount).toBe(1);
      expect((await db.query('DELETE FROM outcomes.personal_data_access')).rowCount).toBe(0);
    });
    expect(await logCount()).toBe(young);
  });

  it("erasing the client keeps the log rows: they are the record of access", async () => {
    const before = await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM outcomes.personal_data_access WHERE enrolment_id = $1', [ids.enrolment])).rows[0].n);
    expect(before).toBeGreaterThan(0);
    const admin = await platform.tokenFor('sotek', ['ORG_ADMIN']);
    await request(admin, `mutation ($id: ID!) { eraseClient(clientId: $id, reason: "Asiakkaan pyyntö") { exitsErased } }`, { id: ids.client });
    const after = await withAdminClient(platform.adminUrl, async (db) => (await db.query('SELECT count(*)::int AS n FROM outcomes.personal_data_access WHERE enrolment_id = $1', [ids.enrolment])).rows[0].n);
    expect(after).toBe(before);
  });
});
