/**
 * Demo data drawn from the source documents (../shared/DOMAIN.md): four
 * organisations, two joint projects, and clients whose exits reproduce
 * Tekijän polku's reported destinations (3 employed, 5 further paths in the
 * organisation, 1 searching in another town, 1 work trial, 2 other or out of
 * the labour market).
 */
export const demoOrganisations = [
  { slug: 'sotek', name: 'Sotek-säätiö' },
  { slug: 'kuntoutussaatio', name: 'Kuntoutussäätiö' },
  { slug: 'kalliola', name: 'Kalliolan Setlementti ry' },
  { slug: 'valo-valmennus', name: 'Valo-Valmennus ry' },
] as const;

export type DemoOrganisationSlug = (typeof demoOrganisations)[number]['slug'];

export const demoProjects = [
  {
    slug: 'uusi-askel',
    name: 'Uusi Askel',
    lead: 'sotek',
    implementers: ['kuntoutussaatio', 'kalliola'],
  },
  {
    slug: 'tekijan-polku',
    name: 'Tekijän polku',
    lead: 'valo-valmennus',
    implementers: ['kalliola'],
  },
] as const satisfies readonly { slug: string; name: string; lead: DemoOrganisationSlug; implementers: readonly DemoOrganisationSlug[] }[];

export interface DemoEnrolment {
  organisation: DemoOrganisationSlug;
  project: (typeof demoProjects)[number]['slug'];
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
    organisation: 'valo-valmennus' as const,
    project: 'tekijan-polku' as const,
    clientCode: `VAL-${String(i + 1).padStart(4, '0')}`,
    startedOn: '2025-01-07',
    exit: { exitDate: '2025-12-19', destination },
  })),
  ...['EMPLOYED_OPEN_MARKET', 'VOCATIONAL_EDUCATION', 'REHABILITATIVE_WORK_ACTIVITY', undefined, undefined].map((destination, i) => ({
    organisation: 'sotek' as const,
    project: 'uusi-askel' as const,
    clientCode: `SOT-${String(i + 1).padStart(4, '0')}`,
    startedOn: `2026-0${i + 1}-05`,
    exit: destination ? { exitDate: `2026-0${i + 5}-28`, destination } : undefined,
  })),
  ...['PAY_SUBSIDY_THIRD_SECTOR', 'KELA_VOCATIONAL_REHABILITATION', undefined].map((destination, i) => ({
    organisation: 'kuntoutussaatio' as const,
    project: 'uusi-askel' as const,
    clientCode: `KUN-${String(i + 1).padStart(4, '0')}`,
    startedOn: `2026-0${i + 2}-10`,
    exit: destination ? { exitDate: `2026-0${i + 7}-15`, destination } : undefined,
  })),
  ...['LANGUAGE_COURSE', undefined].map((destination, i) => ({
    organisation: 'kalliola' as const,
    project: 'uusi-askel' as const,
    clientCode: `KAL-${String(i + 1).padStart(4, '0')}`,
    startedOn: `2026-0${i + 3}-02`,
    exit: destination ? { exitDate: '2026-09-30', destination } : undefined,
  })),
  { organisation: 'kalliola', project: 'tekijan-polku', clientCode: 'KAL-0101', startedOn: '2026-02-02' },
];
