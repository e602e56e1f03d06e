import type { DemoOrganisationSlug, DemoProjectSlug } from './partners-data.js';

/**
 * Demo clients and their enrolments; `exit` is handed to the outcomes seed.
 * Tekijän polku's twelve exits reproduce its reported destinations (3
 * employed, 5 further paths in the organisation, 1 searching in another town,
 * 1 work trial, 2 other or out of the labour market).
 */
export interface DemoEnrolment {
  organisation: DemoOrganisationSlug;
  project: DemoProjectSlug;
  clientCode: string;
  startedOn: string;
  exit?: { exitDate: string; destination: string };
}

const tekijanPolkuExits = [
  ...Array(3).fill('EMPLOYED_OPEN_MARKET'),
  ...Array(5).fill('FURTHER_PATH_IN_ORGANISATION'),
  'SEARCH_IN_ANOTHER_TOWN',
  'WORK_TRIAL',
  'OTHER',
  'OUT_OF_LABOUR_FORCE',
] as string[];

export const demoEnrolments: DemoEnrolment[] = [
  ...tekijanPolkuExits.map((destination, i) => ({
    organisation: 'kalliola' as const,
    project: 'tekijan-polku' as const,
    clientCode: `KAL-${String(i + 101).padStart(4, '0')}`,
    startedOn: '2025-01-07',
    exit: { exitDate: '2025-12-19', destination },
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
