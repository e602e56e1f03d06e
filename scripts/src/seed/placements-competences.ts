import type { SeedContext } from './context.js';

/**
 * Placements, mentoring, badges and qualification units of the demo (issue 13),
 * from the source documents:
 *
 * - Tekijän polku (seed 003): Kalliola employs its 11 people for a year under
 *   STEA's Paikka auki II programme in its own unit, a coach mentoring each
 *   4–8 hours a month (the project's norm); the five who continue on a path in
 *   the organisation pass qualification units as competence-based exams
 *   during the year (two each). 11 employments started and ended in 2025,
 *   132 placement-months, 793 mentoring hours (6.0 h a month on average).
 * - Yhteinen Askel (seed 002: since 2024 typo projects place clients outside
 *   the organisation too): a work trial at Sotek Myötätuuli, pay-subsidy work
 *   in the open market and in the third sector, rehabilitative work activity.
 * - Badges (seed 004: "Otetaan käyttöön osaamismerkit"): Yhteinen Askel's
 *   catalogue (kept by Sotek, the lead), Kalliola's own digital peer-tutor
 *   badge, and Polkuja kohti työelämää's catalogue (Valo-Valmennus, the lead).
 *
 * Codes of qualification units follow ePerusteet's form (digits); the demo's
 * are illustrative, as are the external employers' business IDs (valid check
 * digits, made up).
 */
const badges = [
  { org: 'sotek', project: 'yhteinen-askel', code: 'tyoturvallisuus', issuer: 'Yhteinen Askel / Sotek-säätiö',
    name: ['Työturvallisuus', 'Arbetssäkerhet', 'Occupational safety'],
    criteria: ['Suorittanut työturvallisuuskoulutuksen ja toiminut sen mukaan työjaksolla.', 'Har gått arbetssäkerhetsutbildningen och följt den under arbetsperioden.', 'Completed the occupational safety training and followed it during a work period.'] },
  { org: 'sotek', project: 'yhteinen-askel', code: 'asiakaspalvelu', issuer: 'Yhteinen Askel / Sotek-säätiö',
    name: ['Asiakaspalvelu', 'Kundservice', 'Customer service'],
    criteria: ['Suorittanut asiakaspalvelukoulutuksen ja palvellut asiakkaita myymälässä.', 'Har gått kundserviceutbildningen och betjänat kunder i butiken.', 'Completed the customer service training and served customers in the store.'] },
  { org: 'sotek', project: 'yhteinen-askel', code: 'arjen-digitaidot', issuer: 'Yhteinen Askel / Sotek-säätiö',
    name: ['Arjen digitaidot', 'Digitala vardagsfärdigheter', 'Everyday digital skills'],
    criteria: ['Hoitaa pankki-, Kela- ja TE-asioinnin verkossa itsenäisesti.', 'Sköter bank-, FPA- och TE-ärenden på nätet självständigt.', 'Handles banking, Kela and employment-service errands online on their own.'] },
  { org: 'kalliola', project: null, code: 'digivertaisohjaaja', issuer: 'Kalliolan Setlementti ry',
    name: ['Digivertaisohjaaja', 'Digital kamrathandledare', 'Digital peer tutor'],
    criteria: ['Ohjannut vertaisia arjen digitaidoissa vähintään viidellä kerralla.', 'Har handlett kamrater i digitala vardagsfärdigheter minst fem gånger.', 'Tutored peers in everyday digital skills at least five times.'] },
  { org: 'valo-valmennus', project: 'polkuja-kohti-tyoelamaa', code: 'arjenhallinta', issuer: 'Polkuja kohti työelämää / Valo-Valmennus ry',
    name: ['Arjenhallinta', 'Vardagshantering', 'Managing everyday life'],
    criteria: ['Laatinut ja toteuttanut oman viikkosuunnitelman kuukauden ajan.', 'Har gjort upp och följt en egen veckoplan i en månad.', 'Drew up and followed a weekly plan of their own for a month.'] },
] as const;

/** [client code, badge code, day] of Yhteinen Askel's awards. */
const awards = [
  ['SOT-0001', 'tyoturvallisuus', '2026-02-20'], ['SOT-0001', 'asiakaspalvelu', '2026-03-27'], ['SOT-0002', 'tyoturvallisuus', '2026-03-13'],
  ['SOT-0003', 'arjen-digitaidot', '2026-05-08'], ['KUN-0001', 'arjen-digitaidot', '2026-04-17'], ['KUN-0002', 'tyoturvallisuus', '2026-05-22'],
  ['KAL-0001', 'arjen-digitaidot', '2026-04-24'], ['KAL-0002', 'arjen-digitaidot', '2026-06-05'],
] as const;

/** Qualification units the five on a further path passed (illustrative codes of a property-services qualification). */
const units = [
  { unitCode: '106727', unitName: 'Toimitilahuolto', passedOn: '2025-06-12' },
  { unitCode: '106729', unitName: 'Kiinteistön ulkoalueiden hoito', passedOn: '2025-11-20' },
];

export async function seedPlacementsAndCompetences(seed: SeedContext) {
  const db = seed.client;
  const org = (slug: string) => seed.organisationIds.get(slug)!;
  const project = (slug: string) => seed.projectIds.get(slug)!;
  const enrolmentOf = (code: string) => seed.enrolments.find((e) => e.clientCode === code)!;
  const unitId = async (name: string) => (await db.query(`SELECT id FROM partners.unit WHERE name = $1`, [name])).rows[0].id as string;

  // Tekijän polku: the norm, 11 employments, 12 months of mentoring each, qualification units.
  const kalliola = org('kalliola');
  await seed.actAs(kalliola);
  await db.query(
    `INSERT INTO outcomes.project_setting (project_id, org_id, mentoring_hours_min, mentoring_hours_max) VALUES ($1, $2, 4, 8)
     ON CONFLICT (project_id) DO UPDATE SET mentoring_hours_min = 4, mentoring_hours_max = 8`,
    [project('tekijan-polku'), kalliola],
  );
  const cohort = seed.enrolments.filter((e) => e.projectId === project('tekijan-polku'));
  const workshop = await unitId('Kalliolan työpaja');
  const { rows: placements } = await db.query(
    `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, programme, employer_unit_id, starts_on, ends_on, hours_per_week, funding,
       supervisor_name, recorded_by)
     SELECT $1, e, $2, 'EMPLOYMENT_WITHIN_ORGANISATION', 'Paikka auki II', $3, '2025-01-07', '2025-12-19', 30, 'STEA', 'Riitta Työnjohtaja', 'seed'
     FROM unnest($4::uuid[]) e RETURNING id, enrolment_id`,
    [kalliola, project('tekijan-polku'), workshop, cohort.map((e) => e.id)],
  );
  // 4..8 hours, month by month: 72 hours a person over the year, 6 a month on average.
  await db.query(
    `INSERT INTO outcomes.placement_mentoring (org_id, placement_id, project_id, kind, month, hours, recorded_by)
     SELECT $1, p.id, $2, 'EMPLOYMENT_WITHIN_ORGANISATION', make_date(2025, m, 1), 4 + ((p.n + m) % 5), 'coach@kalliola'
     FROM unnest($3::uuid[]) WITH ORDINALITY AS p(id, n) CROSS JOIN generate_series(1, 12) m`,
    [kalliola, project('tekijan-polku'), placements.map((p) => p.id)],
  );
  const qualifying = cohort.filter((e) => e.exit?.destination === 'FURTHER_PATH_IN_ORGANISATION');
  for (const enrolment of qualifying) {
    for (const unit of units) {
      await db.query(
        `INSERT INTO outcomes.qualification_unit (org_id, enrolment_id, project_id, unit_code, unit_name, qualification_code, qualification_name, passed_on, recorded_by)
         VALUES ($1, $2, $3, $4, $5, '351407', 'Puhtaus- ja kiinteistöpalvelualan perustutkinto', $6, 'seed')`,
        [kalliola, enrolment.id, enrolment.projectId, unit.unitCode, unit.unitName, unit.passedOn],
      );
    }
  }

  // Yhteinen Askel: placements inside and outside the organisations.
  const yhteinen = [
    { code: 'SOT-0001', kind: 'WORK_TRIAL', unit: 'Sotek Myötätuuli', businessId: null, employer: null, startsOn: '2026-01-12', endsOn: '2026-03-31', hours: 20, funding: 'UNEMPLOYMENT_BENEFIT', instructor: 'Olli Ohjaaja' },
    { code: 'SOT-0002', kind: 'PAY_SUBSIDY_OPEN_MARKET', unit: null, businessId: '2345678-0', employer: 'Kotkan Satamapalvelu Oy (demo)', startsOn: '2026-03-02', endsOn: null, hours: 37.5, funding: 'PAY_SUBSIDY', instructor: null },
    { code: 'KUN-0001', kind: 'PAY_SUBSIDY_THIRD_SECTOR', unit: null, businessId: '1234567-1', employer: 'Kierrätysyhdistys ry (demo)', startsOn: '2026-05-04', endsOn: '2026-07-10', hours: 30, funding: 'PAY_SUBSIDY', instructor: null },
    { code: 'KUN-0003', kind: 'REHABILITATIVE_WORK_ACTIVITY', unit: 'Valmennuskeskus', businessId: null, employer: null, startsOn: '2026-06-01', endsOn: null, hours: 12, funding: 'MUNICIPALITY', instructor: null },
  ] as const;
  for (const p of yhteinen) {
    const enrolment = enrolmentOf(p.code);
    await seed.actAs(enrolment.organisationId);
    await db.query(
      `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, employer_unit_id, employer_business_id, employer_name, starts_on, ends_on,
         hours_per_week, funding, instructor_name, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'seed')`,
      [enrolment.organisationId, enrolment.id, enrolment.projectId, p.kind, p.unit ? await unitId(p.unit) : null, p.businessId, p.employer, p.startsOn, p.endsOn,
        p.hours, p.funding, p.instructor],
    );
  }

  // Badge catalogues, each written by its owner (a project's by its lead), and Yhteinen Askel's awards.
  const badgeIds = new Map<string, string>();
  for (const b of badges) {
    await seed.actAs(org(b.org));
    const { rows } = await db.query(
      `INSERT INTO outcomes.badge (org_id, project_id, code, name_fi, name_sv, name_en, criteria_fi, criteria_sv, criteria_en, issuer_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [org(b.org), b.project ? project(b.project) : null, b.code, ...b.name, ...b.criteria, b.issuer],
    );
    badgeIds.set(b.code, rows[0].id);
  }
  for (const [code, badge, day] of awards) {
    const enrolment = enrolmentOf(code);
    await seed.actAs(enrolment.organisationId);
    await db.query(
      `INSERT INTO outcomes.badge_award (org_id, enrolment_id, project_id, badge_id, awarded_on, recorded_by) VALUES ($1, $2, $3, $4, $5, 'seed')`,
      [enrolment.organisationId, enrolment.id, enrolment.projectId, badgeIds.get(badge), day],
    );
  }

  // Yhteinen Askel's anonymous feedback survey (seed 003's "palautekysely"), defined by Sotek (the lead), with
  // responses of three past months: June 7, July 3 (shown suppressed: under k = 5), August 9.
  const sotek = org('sotek');
  await seed.actAs(sotek);
  const { rows: surveys } = await db.query(
    `INSERT INTO outcomes.feedback_survey (org_id, project_id, code, title_fi, title_sv, title_en, scale_max, questions)
     VALUES ($1, $2, 'palaute', 'Asiakaspalaute', 'Kundrespons', 'Client feedback', 5, $3) RETURNING id`,
    [sotek, project('yhteinen-askel'), JSON.stringify([
      { code: 'tuki', fi: 'Sain valmennuksesta tarvitsemaani tukea', sv: 'Jag fick det stöd jag behövde av coachningen', en: 'Coaching gave me the support I needed' },
      { code: 'vahvuudet', fi: 'Tunnistan omat vahvuuteni paremmin', sv: 'Jag känner bättre igen mina styrkor', en: 'I recognise my strengths better' },
      { code: 'suosittelu', fi: 'Suosittelisin valmennusta muille', sv: 'Jag skulle rekommendera coachningen till andra', en: 'I would recommend the coaching to others' },
    ])],
  );
  await db.query(
    `INSERT INTO outcomes.feedback_response (survey_id, period, answers)
     SELECT $1, make_date(2026, m, 1), ARRAY[3 + (n + m) % 3, 2 + (n * m) % 4, 4 + n % 2]::smallint[]
     FROM (VALUES (6, 7), (7, 3), (8, 9)) AS v(m, count) CROSS JOIN LATERAL generate_series(1, v.count) n`,
    [surveys[0].id],
  );
}
