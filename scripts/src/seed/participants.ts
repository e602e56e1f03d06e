import type { SeedContext } from './context.js';
import { enrol } from './journeys.js';

/**
 * Askeleet töihin (Kuntoutussäätiö, 2021–2023, seed 002): about 200
 * jobseekers over three years, most of them over 50, two coaches. Each gets
 * an entry record (ESF+ output indicators) and, since the project has ended,
 * an exit: about a third to work or studies.
 */
export async function seedAskeleetToihin(seed: SeedContext) {
  const kuntoutus = seed.organisationIds.get('kuntoutussaatio')!;
  const projectId = seed.projectIds.get('askeleet-toihin')!;
  const people: Array<{ enrolmentId: string; startedOn: string; exitDate: string; i: number }> = [];
  for (let i = 0; i < 200; i++) {
    const year = 2021 + Math.floor(i / 67);
    const month = 1 + ((i * 5) % 12);
    const startedOn = `${year}-${String(month).padStart(2, '0')}-${String(1 + ((i * 3) % 27)).padStart(2, '0')}`;
    // paths of 4 to 11 months, all ended by the project's last day
    const end = new Date(`${startedOn}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + 4 + (i % 8));
    const exitDate = [end.toISOString().slice(0, 10), '2023-12-31'].sort()[0]!;
    const enrolmentId = await enrol(seed, {
      organisation: 'kuntoutussaatio',
      project: 'askeleet-toihin',
      clientCode: `AT-${year}-${String(i + 1).padStart(3, '0')}`,
      startedOn,
      phase: 'EXITED',
      coachSubject: i % 2 ? 'coach@kuntoutussaatio' : 'coach2@kuntoutussaatio',
    });
    people.push({ enrolmentId, startedOn, exitDate, i });
  }
  await seed.actAs(kuntoutus);
  // Most over 50 (three in four aged 50–63 at entry), mostly long-term unemployed, mostly vocational education.
  await seed.client.query(
    `INSERT INTO outcomes.participant_entry (org_id, enrolment_id, project_id, enrolment_started_on, gender, birth_year, labour_status, education,
       third_country_national, foreign_background, homeless, rural_area, recorded_by)
     SELECT $1, e, $2, d, CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
            extract(year FROM d)::int - CASE WHEN i % 4 = 3 THEN 30 + i % 20 ELSE 50 + i % 14 END,
            CASE WHEN i % 3 = 0 THEN 'UNEMPLOYED' WHEN i % 11 = 0 THEN 'INACTIVE' ELSE 'LONG_TERM_UNEMPLOYED' END,
            CASE WHEN i % 5 = 0 THEN 'ISCED_0_2' WHEN i % 7 = 0 THEN 'ISCED_5_8' ELSE 'ISCED_3_4' END,
            i % 25 = 0, i % 12 = 0, i % 40 = 0, i % 4 = 0, 'seed'
     FROM unnest($3::uuid[], $4::date[], $5::int[]) AS t(e, d, i)`,
    [kuntoutus, projectId, people.map((p) => p.enrolmentId), people.map((p) => p.startedOn), people.map((p) => p.i)],
  );
  // Partial work ability is common among them: one in six declared a disability, with explicit consent.
  await seed.client.query(
    `INSERT INTO outcomes.participant_special (enrolment_id, org_id, project_id, disability, minority, consent_given_on, recorded_by)
     SELECT e, $1, $2, true, false, d, 'seed' FROM unnest($3::uuid[], $4::date[], $5::int[]) AS t(e, d, i) WHERE i % 6 = 0`,
    [kuntoutus, projectId, people.map((p) => p.enrolmentId), people.map((p) => p.startedOn), people.map((p) => p.i)],
  );
  const destinations = ['EMPLOYED_OPEN_MARKET', 'PAY_SUBSIDY_OPEN_MARKET', 'VOCATIONAL_EDUCATION', 'UNEMPLOYED', 'REHABILITATIVE_WORK_ACTIVITY', 'WORK_TRIAL', 'KELA_VOCATIONAL_REHABILITATION', 'OUT_OF_LABOUR_FORCE'];
  await seed.client.query(
    `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, qualification_gained, enrolment_started_on)
     SELECT $1, e, $2, x, ($6::text[])[1 + i % cardinality($6::text[])], i % 9 = 0, d FROM unnest($3::uuid[], $4::date[], $5::date[], $7::int[]) AS t(e, d, x, i)`,
    [kuntoutus, projectId, people.map((p) => p.enrolmentId), people.map((p) => p.startedOn), people.map((p) => p.exitDate), destinations, people.map((p) => p.i)],
  );
}
