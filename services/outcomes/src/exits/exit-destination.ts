import type { EnumLabels } from '@polku/kit';
import { registerEnumType } from 'type-graphql';

/**
 * Where a client went when their path in the project ended. This file is the
 * one place that decides which destinations count as a quality continuation
 * path (laadullinen jatkopolku: employment or education) and how each maps to
 * the EU ESF+ common result indicators. The database functions get the same
 * sets from here (see the migrations), never a copy typed by hand.
 */
export enum ExitDestination {
  EMPLOYED_OPEN_MARKET = 'EMPLOYED_OPEN_MARKET',
  PAY_SUBSIDY_OPEN_MARKET = 'PAY_SUBSIDY_OPEN_MARKET',
  PAY_SUBSIDY_THIRD_SECTOR = 'PAY_SUBSIDY_THIRD_SECTOR',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  VOCATIONAL_EDUCATION = 'VOCATIONAL_EDUCATION',
  HIGHER_EDUCATION = 'HIGHER_EDUCATION',
  LANGUAGE_COURSE = 'LANGUAGE_COURSE',
  FURTHER_PATH_IN_ORGANISATION = 'FURTHER_PATH_IN_ORGANISATION',
  WORK_TRIAL = 'WORK_TRIAL',
  REHABILITATIVE_WORK_ACTIVITY = 'REHABILITATIVE_WORK_ACTIVITY',
  KELA_VOCATIONAL_REHABILITATION = 'KELA_VOCATIONAL_REHABILITATION',
  SEARCH_IN_ANOTHER_TOWN = 'SEARCH_IN_ANOTHER_TOWN',
  UNEMPLOYED = 'UNEMPLOYED',
  OUT_OF_LABOUR_FORCE = 'OUT_OF_LABOUR_FORCE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

/** EU ESF+ common result indicators on a participant's situation upon leaving (Regulation (EU) 2021/1057, Annex I). */
export enum EsfIndicator {
  JOB_SEARCHING = 'JOB_SEARCHING',
  IN_EDUCATION_OR_TRAINING = 'IN_EDUCATION_OR_TRAINING',
  IN_EMPLOYMENT = 'IN_EMPLOYMENT',
  GAINED_QUALIFICATION = 'GAINED_QUALIFICATION',
}

/** Who employs the client after exit (for employment destinations). */
export enum EmployerSector {
  PRIVATE = 'PRIVATE',
  PUBLIC = 'PUBLIC',
  THIRD_SECTOR = 'THIRD_SECTOR',
}

type StatusIndicator = Exclude<EsfIndicator, EsfIndicator.GAINED_QUALIFICATION>;

interface DestinationRule {
  description: string;
  /** Employment or education: counts towards the quality-path rate. */
  qualityPath: boolean;
  /** The ESF+ situation-upon-leaving indicator the destination counts towards, if any. */
  esf: StatusIndicator | null;
  /** Employment counted as "employed at 6 months" when found at a follow-up. */
  employment: boolean;
}

const destinations: Record<ExitDestination, DestinationRule> = {
  EMPLOYED_OPEN_MARKET: { description: 'Employed in the open labour market (avoimet työmarkkinat).', qualityPath: true, esf: EsfIndicator.IN_EMPLOYMENT, employment: true },
  // Seed 000 (Uusi Askel) lists pay-subsidy work among the paths that do NOT lead to work or studies:
  // not a quality path, though ESF+ counts it as employment.
  PAY_SUBSIDY_OPEN_MARKET: { description: 'Pay-subsidy work (palkkatukityö) with an open-market employer.', qualityPath: false, esf: EsfIndicator.IN_EMPLOYMENT, employment: true },
  PAY_SUBSIDY_THIRD_SECTOR: { description: 'Pay-subsidy work in the third sector.', qualityPath: false, esf: EsfIndicator.IN_EMPLOYMENT, employment: true },
  SELF_EMPLOYED: { description: 'Self-employed or started a business.', qualityPath: true, esf: EsfIndicator.IN_EMPLOYMENT, employment: true },
  VOCATIONAL_EDUCATION: { description: 'Vocational education (ammatillinen koulutus).', qualityPath: true, esf: EsfIndicator.IN_EDUCATION_OR_TRAINING, employment: false },
  HIGHER_EDUCATION: { description: 'Higher education.', qualityPath: true, esf: EsfIndicator.IN_EDUCATION_OR_TRAINING, employment: false },
  LANGUAGE_COURSE: { description: 'A language course.', qualityPath: true, esf: EsfIndicator.IN_EDUCATION_OR_TRAINING, employment: false },
  // Tekijän polku (seed 003): "jatkopolkuja muilla rahoituksilla järjestössä ja tekevät opintoja näyttötutkintoina":
  // a further path in the organisation, funded otherwise, studying for competence-based qualifications. The studies
  // make it education (a quality path, ESF+ EECR02); a qualification or unit completed by the exit is the exit's
  // qualificationGained flag (EECR03). A further path without studies is not this destination (e.g. pay-subsidy work).
  FURTHER_PATH_IN_ORGANISATION: {
    description: 'A further path in the organisation, funded otherwise, studying for a competence-based qualification (näyttötutkinto).',
    qualityPath: true,
    esf: EsfIndicator.IN_EDUCATION_OR_TRAINING,
    employment: false,
  },
  // A work trial keeps the client a registered jobseeker.
  WORK_TRIAL: { description: 'A work trial (työkokeilu), possibly leading to employment.', qualityPath: false, esf: EsfIndicator.JOB_SEARCHING, employment: false },
  REHABILITATIVE_WORK_ACTIVITY: { description: 'Rehabilitative work activity (kuntouttava työtoiminta).', qualityPath: false, esf: null, employment: false },
  KELA_VOCATIONAL_REHABILITATION: { description: 'Kela vocational rehabilitation.', qualityPath: false, esf: null, employment: false },
  // Seed 003: "opiskelu- ja työpaikan haku toisella paikkakunnalla": searching for a place of study and a job, neither
  // found yet, so not a quality path (seed 000: employment or going to study); the job search makes it ESF+ EECR01.
  SEARCH_IN_ANOTHER_TOWN: { description: 'Searching for a place of study and a job in another town.', qualityPath: false, esf: EsfIndicator.JOB_SEARCHING, employment: false },
  UNEMPLOYED: { description: 'Unemployed jobseeker.', qualityPath: false, esf: EsfIndicator.JOB_SEARCHING, employment: false },
  OUT_OF_LABOUR_FORCE: { description: 'Out of the labour force.', qualityPath: false, esf: null, employment: false },
  OTHER: { description: 'Another destination.', qualityPath: false, esf: null, employment: false },
  UNKNOWN: { description: 'Not known.', qualityPath: false, esf: null, employment: false },
};

export const allDestinations = Object.values(ExitDestination);

export function isQualityPath(destination: ExitDestination): boolean {
  return destinations[destination].qualityPath;
}

export function esfIndicatorOf(destination: ExitDestination): StatusIndicator | null {
  return destinations[destination].esf;
}

export function isEmployment(destination: ExitDestination): boolean {
  return destinations[destination].employment;
}

/** Destinations counting towards each indicator (GAINED_QUALIFICATION is a flag on the exit, not a destination). */
export function destinationsOf(indicator: StatusIndicator): ExitDestination[] {
  return allDestinations.filter((d) => destinations[d].esf === indicator);
}

/** SQL list literal of destinations, e.g. `'A', 'B'`, for the migrations' CHECK constraints and functions. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

export const destinationLabels: EnumLabels<ExitDestination> = {
  EMPLOYED_OPEN_MARKET: { FI: 'Työllistynyt avoimille työmarkkinoille', SV: 'Anställd på den öppna arbetsmarknaden', EN: 'Employed in the open labour market' },
  PAY_SUBSIDY_OPEN_MARKET: { FI: 'Palkkatukityö avoimilla työmarkkinoilla', SV: 'Lönesubventionerat arbete på den öppna arbetsmarknaden', EN: 'Pay-subsidy work, open market' },
  PAY_SUBSIDY_THIRD_SECTOR: { FI: 'Palkkatukityö kolmannella sektorilla', SV: 'Lönesubventionerat arbete inom tredje sektorn', EN: 'Pay-subsidy work, third sector' },
  SELF_EMPLOYED: { FI: 'Yrittäjä', SV: 'Företagare', EN: 'Self-employed' },
  VOCATIONAL_EDUCATION: { FI: 'Ammatillinen koulutus', SV: 'Yrkesutbildning', EN: 'Vocational education' },
  HIGHER_EDUCATION: { FI: 'Korkeakouluopinnot', SV: 'Högskolestudier', EN: 'Higher education' },
  LANGUAGE_COURSE: { FI: 'Kielikurssi', SV: 'Språkkurs', EN: 'Language course' },
  FURTHER_PATH_IN_ORGANISATION: {
    FI: 'Jatkopolku järjestössä muulla rahoituksella, opinnot näyttötutkintoina',
    SV: 'Fortsatt stig inom organisationen med annan finansiering, studier för fristående examen',
    EN: 'Further path in the organisation, funded otherwise, studying for competence-based qualifications',
  },
  WORK_TRIAL: { FI: 'Työkokeilu', SV: 'Arbetsprövning', EN: 'Work trial' },
  REHABILITATIVE_WORK_ACTIVITY: { FI: 'Kuntouttava työtoiminta', SV: 'Arbetsverksamhet i rehabiliteringssyfte', EN: 'Rehabilitative work activity' },
  KELA_VOCATIONAL_REHABILITATION: { FI: 'Kelan ammatillinen kuntoutus', SV: 'FPA:s yrkesinriktade rehabilitering', EN: 'Kela vocational rehabilitation' },
  SEARCH_IN_ANOTHER_TOWN: { FI: 'Opiskelu- ja työpaikan haku toisella paikkakunnalla', SV: 'Söker studie- och arbetsplats på annan ort', EN: 'Seeking a place of study and a job in another town' },
  UNEMPLOYED: { FI: 'Työtön työnhakija', SV: 'Arbetslös arbetssökande', EN: 'Unemployed jobseeker' },
  OUT_OF_LABOUR_FORCE: { FI: 'Poissa työmarkkinoilta', SV: 'Utanför arbetskraften', EN: 'Out of the labour force' },
  OTHER: { FI: 'Muu', SV: 'Annat', EN: 'Other' },
  UNKNOWN: { FI: 'Ei tiedossa', SV: 'Okänt', EN: 'Unknown' },
};

export const esfIndicatorLabels: EnumLabels<EsfIndicator> = {
  JOB_SEARCHING: { FI: 'Työnhakijana hankkeesta lähtiessä', SV: 'Arbetssökande vid avslut', EN: 'Engaged in job searching upon leaving' },
  IN_EDUCATION_OR_TRAINING: { FI: 'Koulutuksessa hankkeesta lähtiessä', SV: 'I utbildning vid avslut', EN: 'In education or training upon leaving' },
  IN_EMPLOYMENT: { FI: 'Työssä (myös yrittäjänä) hankkeesta lähtiessä', SV: 'I arbete (även som företagare) vid avslut', EN: 'In employment, including self-employment, upon leaving' },
  GAINED_QUALIFICATION: { FI: 'Sai tutkinnon tai tutkinnon osan', SV: 'Fick en kvalifikation', EN: 'Gained a qualification upon leaving' },
};

registerEnumType(ExitDestination, {
  name: 'ExitDestination',
  description: 'Where a client went when their path in the project ended.',
  valuesConfig: Object.fromEntries(Object.entries(destinations).map(([name, { description }]) => [name, { description }])),
});

registerEnumType(EsfIndicator, {
  name: 'EsfIndicator',
  description: "EU ESF+ common result indicators on a participant's situation upon leaving the operation.",
  valuesConfig: {
    JOB_SEARCHING: { description: 'Engaged in job searching upon leaving (e.g. unemployed jobseeker, work trial).' },
    IN_EDUCATION_OR_TRAINING: { description: 'In education or training upon leaving.' },
    IN_EMPLOYMENT: { description: 'In employment, including self-employment, upon leaving.' },
    GAINED_QUALIFICATION: { description: 'Gained a qualification (or a qualification unit) upon leaving; recorded on the exit.' },
  },
});

registerEnumType(EmployerSector, {
  name: 'EmployerSector',
  description: 'Who employs or educates the client after exit.',
  valuesConfig: {
    PRIVATE: { description: 'A company (yksityinen sektori).' },
    PUBLIC: { description: 'The state, a municipality or a wellbeing services county (julkinen sektori).' },
    THIRD_SECTOR: { description: 'An association, foundation or cooperative (kolmas sektori).' },
  },
});
