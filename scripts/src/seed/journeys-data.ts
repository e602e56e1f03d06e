import type { DemoOrganisationSlug, DemoProjectSlug } from './partners-data.js';

/**
 * Demo clients and their enrolments; `exit` is handed to the outcomes seed.
 * Tekijän polku's eleven people reproduce its reported destinations over
 * people (seed 003: 27 / 45 / 9 / 9 / 18 %, i.e. 3, 5, 1, 1 and 2 of 11): 3
 * employed, 5 further paths in the organisation with competence-based
 * qualifications (one of them also starting a work trial), 1 searching in
 * another town, 1 other and 1 out of the labour market.
 */
export interface DemoEnrolment {
  organisation: DemoOrganisationSlug;
  project: DemoProjectSlug;
  clientCode: string;
  startedOn: string;
  /** The exit: primary destination and any further destinations at the same time. */
  exit?: { exitDate: string; destination: string; furtherDestinations?: string[]; qualificationGained?: boolean };
  /** Phase of the path; EXITED when `exit` is given, COACHING otherwise. */
  phase?: 'INTAKE' | 'ASSESSMENT' | 'COACHING' | 'TRANSITION' | 'EXITED';
  plannedEndOn?: string;
  coachSubject?: string;
}

/**
 * Tekijän polku's twelve-month mentoring year (DOMAIN.md), as the project's
 * path template: the phase a client should be in, month by month.
 */
export const demoPathTemplates = {
  'tekijan-polku': [
    { fromMonth: 1, toMonth: 1, phase: 'INTAKE', focus: 'Perehdytys ja työvälineet (induction and tools)' },
    { fromMonth: 2, toMonth: 3, phase: 'ASSESSMENT', focus: 'Itsetuntemus, kiinnostukset, motivaatio, ensimmäinen ajatus jatkopolusta (self-knowledge, interests, motivation, a first idea of a continuation path)' },
    { fromMonth: 4, toMonth: 6, phase: 'COACHING', focus: 'Jatkopolun tarkentaminen, CV ja työhakemus (firm up the path, CV and application letter)' },
    { fromMonth: 7, toMonth: 8, phase: 'COACHING', focus: 'Toimintasuunnitelma jatkopolulle ja sen käynnistäminen (action plan for the path and its start)' },
    { fromMonth: 9, toMonth: 12, phase: 'TRANSITION', focus: 'Työsuhde päättyy, jatkopolku on selvillä ja siirtymää tuetaan (employment ends, the path is known, the transition is supported)' },
  ],
} as const;

/** Days a partner has to answer a referral, per project (14 when not set). */
export const demoReferralAnswerDays = { 'yhteinen-askel': 14 } as const;

// One person stands in two of the document's categories: a work trial while taking a qualification. Those on a
// further path took competence-based qualification units during their year ("Asiakas suorittaa näyttötutkintoja").
const tekijanPolkuExits: Array<{ destination: string; furtherDestinations?: string[]; qualificationGained?: boolean }> = [
  ...Array.from({ length: 3 }, () => ({ destination: 'EMPLOYED_OPEN_MARKET' })),
  ...Array.from({ length: 4 }, () => ({ destination: 'FURTHER_PATH_IN_ORGANISATION', qualificationGained: true })),
  { destination: 'FURTHER_PATH_IN_ORGANISATION', furtherDestinations: ['WORK_TRIAL'], qualificationGained: true },
  { destination: 'SEARCH_IN_ANOTHER_TOWN' },
  { destination: 'OTHER' },
  { destination: 'OUT_OF_LABOUR_FORCE' },
];

export const demoEnrolments: DemoEnrolment[] = [
  ...tekijanPolkuExits.map((exit, i) => ({
    organisation: 'kalliola' as const,
    project: 'tekijan-polku' as const,
    clientCode: `KAL-${String(i + 101).padStart(4, '0')}`,
    startedOn: '2025-01-07',
    exit: { exitDate: '2025-12-19', ...exit },
  })),
  ...['EMPLOYED_OPEN_MARKET', 'VOCATIONAL_EDUCATION', 'REHABILITATIVE_WORK_ACTIVITY', undefined, undefined].map((destination, i) => ({
    organisation: 'sotek' as const,
    project: 'yhteinen-askel' as const,
    clientCode: `SOT-${String(i + 1).padStart(4, '0')}`,
    startedOn: `2026-0${i + 1}-05`,
    exit: destination ? { exitDate: `2026-0${i + 5}-28`, destination } : undefined,
  })),
  ...['PAY_SUBSIDY_THIRD_SECTOR', 'KELA_VOCATIONAL_REHABILITATION', undefined].map((destination, i) => ({
    organisation: 'kuntoutussaatio' as const,
    project: 'yhteinen-askel' as const,
    clientCode: `KUN-${String(i + 1).padStart(4, '0')}`,
    startedOn: `2026-0${i + 2}-10`,
    exit: destination ? { exitDate: `2026-0${i + 7}-15`, destination } : undefined,
  })),
  ...['LANGUAGE_COURSE', undefined].map((destination, i) => ({
    organisation: 'kalliola' as const,
    project: 'yhteinen-askel' as const,
    clientCode: `KAL-${String(i + 1).padStart(4, '0')}`,
    startedOn: `2026-0${i + 3}-02`,
    exit: destination ? { exitDate: '2026-09-30', destination } : undefined,
  })),
];

/** Personal data of a few demo clients (invented), kept apart from the pseudonymous records. */
export const demoPersonalData = [
  // Aino is coached by Sotek and, after the referral, by Kuntoutussäätiö: one person in Yhteinen Askel's unique participants
  // (docs/linkage.md). Her henkilötunnus is invented (individual number 9xx: never a real person's permanent code).
  { organisation: 'sotek', clientCode: 'SOT-0004', fullName: 'Aino Virtanen', birthYear: 1971, municipality: 'Kotka', languages: ['fi'], contact: '040 000 0004', personalIdentityCode: '150671-982H' },
  { organisation: 'sotek', clientCode: 'SOT-0005', fullName: 'Hassan Ali', birthYear: 1988, municipality: 'Kouvola', languages: ['so', 'fi', 'en'], contact: '040 000 0005' },
  { organisation: 'kuntoutussaatio', clientCode: 'KUN-0001', fullName: 'Aino Virtanen', birthYear: 1971, municipality: 'Kotka', languages: ['fi'], contact: '040 000 0004', personalIdentityCode: '150671-982H', participationCheckConsent: true },
] as const satisfies readonly {
  organisation: DemoOrganisationSlug;
  clientCode: string;
  fullName: string;
  birthYear: number;
  municipality: string;
  languages: readonly string[];
  contact: string;
  personalIdentityCode?: string;
  /** The client lets its organisation see that it also takes part at another partner. */
  participationCheckConsent?: boolean;
}[];

/**
 * Demo referrals in Yhteinen Askel, each under the client's consent: one
 * sent to Kuntoutussäätiö's work-ability assessment (the receiver sees the
 * client's name and languages only), one still a draft to Kalliola.
 */
export const demoReferrals = [
  { from: 'sotek', clientCode: 'SOT-0004', to: 'kuntoutussaatio', serviceType: 'HEALTH_AND_WORK_ABILITY_ASSESSMENT', dataCategories: ['NAME', 'LANGUAGES'], sent: true },
  { from: 'sotek', clientCode: 'SOT-0005', to: 'kalliola', serviceType: 'DIGITAL_PEER_TRAINING', dataCategories: ['NAME', 'LANGUAGES', 'CONTACT'], sent: false },
] as const;
