import { polunAskeleet } from '@polku/outcomes';
import type { SeedContext } from './context.js';
import { enrol } from './journeys.js';
import { demoProjectDetails } from './partners-data.js';
import { seedAskeleetToihin } from './participants.js';
import { seedPlacementsAndCompetences } from './placements-competences.js';

/**
 * Quality-path rates of Sotek's Avain Askel (2015–2017) and Uusi Askel
 * (2018–2020) as reported in seed 000, reproduced exactly: each row is a
 * stretch of months with its exits and how many went to a quality path.
 * 2020 is reported twice: 66 % by the end of October (33 / 50) and 78 % by
 * the end of November (78 / 100), so November alone had 45 of 50.
 */
export const historicalCohorts = [
  { project: 'avain-askel', year: 2015, months: [1, 12], exits: 40, quality: 20 }, // 50 %
  { project: 'avain-askel', year: 2016, months: [1, 12], exits: 48, quality: 24 }, // 50 %
  { project: 'avain-askel', year: 2017, months: [1, 12], exits: 100, quality: 63 }, // 63 %
  { project: 'uusi-askel', year: 2018, months: [1, 12], exits: 50, quality: 21 }, // 42 %
  { project: 'uusi-askel', year: 2019, months: [1, 12], exits: 50, quality: 23 }, // 46 %
  { project: 'uusi-askel', year: 2020, months: [1, 10], exits: 50, quality: 33 }, // 66 % by 10/2020
  { project: 'uusi-askel', year: 2020, months: [11, 11], exits: 50, quality: 45 }, // 78 % by 11/2020
] as const;

// Destinations seed 000 names: jobs and studies, and the other paths (pay-subsidy work,
// rehabilitative work activity, Kela vocational rehabilitation).
const qualityDestinations = ['EMPLOYED_OPEN_MARKET', 'VOCATIONAL_EDUCATION', 'EMPLOYED_OPEN_MARKET', 'LANGUAGE_COURSE'];
const otherDestinations = ['PAY_SUBSIDY_OPEN_MARKET', 'REHABILITATIVE_WORK_ACTIVITY', 'PAY_SUBSIDY_THIRD_SECTOR', 'KELA_VOCATIONAL_REHABILITATION', 'UNEMPLOYED'];
const jobTitles = ['prosessinhoitaja', 'huoltoasematyöntekijä', 'taksinkuljettaja', 'satamatyöntekijä', 'kaupan myyjä', 'siivooja', 'kiinteistöhuoltaja', 'toimistotyöntekijä'];
const studyFields = ['kaupan ala', 'keittiöala', 'metalliala', 'siivousala', 'rakennusala', 'logistiikka'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const projectStarts = Object.fromEntries(historicalCohorts.map((c) => [c.project, demoProjectDetails[c.project]!.startsOn]));

/** Exit outcomes of the demo enrolments that have ended, Sotek's historical cohorts, and soft-outcome assessments. */
export async function seedOutcomes(seed: SeedContext) {
  for (const enrolment of seed.enrolments) {
    if (!enrolment.exit) continue;
    await seed.actAs(enrolment.organisationId);
    await seed.client.query(
      `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, further_destinations, qualification_gained, enrolment_started_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [enrolment.organisationId, enrolment.id, enrolment.projectId, enrolment.exit.exitDate, enrolment.exit.destination,
        enrolment.exit.furtherDestinations ?? [], enrolment.exit.qualificationGained ?? false, enrolment.startedOn],
    );
  }
  await seedHistoricalCohorts(seed);
  await seedTekijanPolkuAssessments(seed);
  await seedAskeleetToihin(seed);
  await seedPlacementsAndCompetences(seed);
}

async function seedHistoricalCohorts(seed: SeedContext) {
  const sotek = seed.organisationIds.get('sotek')!;
  for (const cohort of historicalCohorts) {
    const prefix = cohort.project === 'avain-askel' ? 'AVA' : 'UUS';
    const [first, last] = cohort.months;
    const exits: Array<{ enrolmentId: string; startedOn: string; exitDate: string; destination: string; title: string | null; sector: string | null }> = [];
    for (let i = 0; i < cohort.exits; i++) {
      const month = first + (i % (last - first + 1));
      const day = 1 + ((i * 7) % 28);
      const quality = i < cohort.quality;
      const destination = quality ? qualityDestinations[i % qualityDestinations.length]! : otherDestinations[i % otherDestinations.length]!;
      // A year before the exit, but not before the project began: enrolments lie inside the project's period.
      const startedOn = [`${cohort.year - 1}-${pad(month)}-${pad(day)}`, projectStarts[cohort.project]].sort()[1]!;
      const enrolmentId = await enrol(seed, {
        organisation: 'sotek',
        project: cohort.project,
        clientCode: `${prefix}-${cohort.year}-${pad(first)}-${pad(i + 1, 3)}`,
        startedOn,
        // These paths ended: their exits are recorded below.
        phase: 'EXITED',
      });
      const education = destination === 'VOCATIONAL_EDUCATION' || destination === 'LANGUAGE_COURSE';
      exits.push({
        enrolmentId,
        startedOn,
        exitDate: `${cohort.year}-${pad(month)}-${pad(day)}`,
        destination,
        title: destination === 'EMPLOYED_OPEN_MARKET' ? jobTitles[i % jobTitles.length]! : education ? studyFields[i % studyFields.length]! : null,
        sector: destination === 'EMPLOYED_OPEN_MARKET' ? 'PRIVATE' : destination === 'PAY_SUBSIDY_THIRD_SECTOR' ? 'THIRD_SECTOR' : null,
      });
    }
    await seed.actAs(sotek);
    // One statement per cohort: the exit_recorded trigger schedules every follow-up.
    await seed.client.query(
      `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, title, sector, qualification_gained, enrolment_started_on)
       SELECT $1, e.enrolment_id, $2, e.exit_date, e.destination, e.title, e.sector, e.destination = 'VOCATIONAL_EDUCATION', e.started_on
       FROM unnest($3::uuid[], $4::date[], $5::text[], $6::text[], $7::text[], $8::date[]) AS e(enrolment_id, exit_date, destination, title, sector, started_on)`,
      [sotek, seed.projectIds.get(cohort.project), exits.map((e) => e.enrolmentId), exits.map((e) => e.exitDate),
        exits.map((e) => e.destination), exits.map((e) => e.title), exits.map((e) => e.sector), exits.map((e) => e.startedOn)],
    );
  }
  // The historical follow-ups were done long ago: the client was found where they exited to.
  await seed.client.query(
    `UPDATE outcomes.follow_up f SET completed_on = f.due_on + 3, found_destination = e.destination, recorded_by = 'seed'
     FROM outcomes.exit_outcome e WHERE e.id = f.exit_outcome_id AND e.project_id = ANY($1)`,
    [[seed.projectIds.get('avain-askel'), seed.projectIds.get('uusi-askel')]],
  );
}

/**
 * Tekijän polku's clients improved in managing their own affairs, digital
 * skills and self-confidence (seed 003): a start and an end assessment on the
 * platform's own instrument for each of the eleven.
 */
async function seedTekijanPolkuAssessments(seed: SeedContext) {
  const kalliola = seed.organisationIds.get('kalliola')!;
  const cohort = seed.enrolments.filter((e) => e.projectId === seed.projectIds.get('tekijan-polku'));
  await seed.actAs(kalliola);
  for (const [i, enrolment] of cohort.entries()) {
    for (const [timePoint, assessedOn, base] of [['START', '2025-01-15', 1], ['END', '2025-12-10', 3]] as const) {
      const scores = polunAskeleet.items.map((item, j) => ({ itemId: item.id, score: Math.min(5, base + ((i + j) % 3)) }));
      const mean = scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
      const { rows } = await seed.client.query(
        `INSERT INTO outcomes.assessment (org_id, enrolment_id, project_id, instrument_id, assessed_on, time_point, mean_score, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'seed') RETURNING id`,
        [kalliola, enrolment.id, enrolment.projectId, polunAskeleet.id, assessedOn, timePoint, mean.toFixed(3)],
      );
      await seed.client.query(
        `INSERT INTO outcomes.assessment_score (org_id, assessment_id, item_id, score) SELECT $1, $2, s.item, s.score FROM unnest($3::uuid[], $4::int[]) AS s(item, score)`,
        [kalliola, rows[0].id, scores.map((s) => s.itemId), scores.map((s) => s.score)],
      );
    }
  }
}
