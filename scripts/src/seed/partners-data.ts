/**
 * Demo organisations and projects drawn from the source documents
 * (../shared/DOMAIN.md). Business IDs are made-up demo values with valid
 * check digits.
 */
export const demoOrganisations = [
  { slug: 'sotek', name: 'Sotek-säätiö', kind: 'FOUNDATION', businessId: '0201256-6', municipality: 'Kotka', email: 'info@sotek.example' },
  { slug: 'kuntoutussaatio', name: 'Kuntoutussäätiö', kind: 'FOUNDATION', businessId: '0116840-3', municipality: 'Helsinki', email: 'info@kuntoutussaatio.example' },
  { slug: 'kalliola', name: 'Kalliolan Setlementti ry', kind: 'ASSOCIATION', businessId: '0245437-2', municipality: 'Helsinki', email: 'info@kalliola.example' },
  { slug: 'valo-valmennus', name: 'Valo-Valmennus ry', kind: 'ASSOCIATION', businessId: '1812345-5', municipality: 'Helsinki', email: 'info@valo-valmennus.example' },
] as const;

export type DemoOrganisationSlug = (typeof demoOrganisations)[number]['slug'];

export const demoProjects = [
  // A joint employment-policy project of the post-2024 kind: one lead, two implementers.
  {
    slug: 'yhteinen-askel',
    name: 'Yhteinen Askel',
    lead: 'sotek',
    implementers: ['kuntoutussaatio', 'kalliola'],
  },
  {
    slug: 'tekijan-polku',
    name: 'Tekijän polku',
    lead: 'kalliola',
    implementers: [],
  },
  { slug: 'avain-askel', name: 'Avain Askel', lead: 'sotek', implementers: [] },
  { slug: 'uusi-askel', name: 'Uusi Askel', lead: 'sotek', implementers: [] },
  { slug: 'kunnon-askel', name: 'Kunnon Askel', lead: 'sotek', implementers: [] },
  { slug: 'uralle', name: 'Uralle', lead: 'sotek', implementers: [] },
  { slug: 'oma-suunta', name: 'Oma Suunta', lead: 'sotek', implementers: [] },
  { slug: 'askeleet-toihin', name: 'Askeleet töihin', lead: 'kuntoutussaatio', implementers: [] },
  { slug: 'polkuja-kohti-tyoelamaa', name: 'Polkuja kohti työelämää', lead: 'valo-valmennus', implementers: ['kuntoutussaatio'] },
] as const satisfies readonly { slug: string; name: string; lead: DemoOrganisationSlug; implementers: readonly DemoOrganisationSlug[] }[];

export type DemoProjectSlug = (typeof demoProjects)[number]['slug'];

/** Funders and their programmes; `employmentPolicy` marks typo funding (joint projects required from 2024). */
export const demoFunders = [
  { key: 'ely-kaakkois-suomi', kind: 'ELY_CENTRE', name: 'Kaakkois-Suomen ELY-keskus', region: 'Kaakkois-Suomi', programmes: [{ name: 'Työllisyyspoliittinen avustus (typo)', employmentPolicy: true }] },
  { key: 'ely-uusimaa', kind: 'ELY_CENTRE', name: 'Uudenmaan ELY-keskus', region: 'Uusimaa', programmes: [{ name: 'Työllisyyspoliittinen avustus (typo)', employmentPolicy: true }] },
  { key: 'stea', kind: 'STEA', name: 'STEA', region: null, programmes: [{ name: 'Paikka auki II', employmentPolicy: false }] },
  { key: 'esr', kind: 'ESF_PLUS', name: 'Euroopan sosiaalirahasto plus (ESR+)', region: null, programmes: [{ name: 'ESR+ 2021–2027', employmentPolicy: false }] },
  { key: 'thl', kind: 'THL', name: 'Terveyden ja hyvinvoinnin laitos (THL)', region: null, programmes: [] },
] as const;

type DemoFunderKey = (typeof demoFunders)[number]['key'];

/** What the documents tell of each project: funding, period, status, target groups, targets. */
export const demoProjectDetails: Record<
  string,
  {
    description: string;
    funder?: DemoFunderKey;
    programme?: string;
    startsOn: string;
    endsOn: string;
    status: 'PLANNED' | 'ACTIVE' | 'CLOSED';
    targetGroups: string[];
    targets?: { metric: string; minimum: number }[];
  }
> = {
  'yhteinen-askel': {
    description: 'Sotekin, Kuntoutussäätiön ja Kalliolan yhteistoimintahanke: yksi sisäänotto, sitten ohjaus sovittuun palveluun.',
    funder: 'ely-kaakkois-suomi',
    programme: 'Työllisyyspoliittinen avustus (typo)',
    startsOn: '2024-01-01',
    endsOn: '2027-12-31',
    status: 'ACTIVE',
    targetGroups: ['LONG_TERM_UNEMPLOYED', 'OVER_50', 'PARTIAL_WORK_ABILITY'],
    targets: [{ metric: 'QUALITY_PATH_SHARE', minimum: 50 }],
  },
  'tekijan-polku': {
    description: 'Osatyökykyisten päihde- ja rikoskuntoutujien vuoden mittainen palkkatyö ja mentorointi Kalliolassa.',
    funder: 'stea',
    programme: 'Paikka auki II',
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
    status: 'ACTIVE',
    targetGroups: ['SUBSTANCE_REHABILITATION', 'CRIMINAL_SANCTIONS_BACKGROUND', 'PARTIAL_WORK_ABILITY'],
  },
  'kunnon-askel': {
    description: 'Sotekin ensimmäinen typo-hanke: terveydenedistämistä, terveysselvityksiä ja työkyvyn arviointia pitkään työttöminä olleille.',
    funder: 'ely-kaakkois-suomi',
    programme: 'Työllisyyspoliittinen avustus (typo)',
    startsOn: '2012-01-01',
    endsOn: '2014-12-31',
    status: 'CLOSED',
    targetGroups: ['LONG_TERM_UNEMPLOYED'],
  },
  'avain-askel': {
    description: 'Yksilöllinen polku kohti työmarkkinoita tai koulutusta pitkäaikaistyöttömille.',
    funder: 'ely-kaakkois-suomi',
    programme: 'Työllisyyspoliittinen avustus (typo)',
    startsOn: '2015-01-01',
    endsOn: '2017-12-31',
    status: 'CLOSED',
    targetGroups: ['LONG_TERM_UNEMPLOYED'],
    targets: [{ metric: 'QUALITY_PATH_SHARE', minimum: 50 }],
  },
  'uusi-askel': {
    description: 'Yksilö- ja ryhmävalmennusta sekä asiantuntijaluentoja yli 17-vuotiaille pitkäaikaistyöttömille.',
    funder: 'ely-kaakkois-suomi',
    programme: 'Työllisyyspoliittinen avustus (typo)',
    startsOn: '2018-01-01',
    endsOn: '2020-12-31',
    status: 'CLOSED',
    targetGroups: ['LONG_TERM_UNEMPLOYED', 'YOUNG_ADULTS'],
    targets: [{ metric: 'QUALITY_PATH_SHARE', minimum: 50 }],
  },
  uralle: {
    description: 'Sotekin viimeinen typo-hanke.',
    funder: 'ely-kaakkois-suomi',
    programme: 'Työllisyyspoliittinen avustus (typo)',
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    status: 'CLOSED',
    targetGroups: ['LONG_TERM_UNEMPLOYED'],
  },
  'oma-suunta': {
    description: 'Yksilövalmennusta vaikeasti työllistyville.',
    funder: 'ely-kaakkois-suomi',
    programme: 'Työllisyyspoliittinen avustus (typo)',
    startsOn: '2019-01-01',
    endsOn: '2022-12-31',
    status: 'CLOSED',
    targetGroups: ['LONG_TERM_UNEMPLOYED'],
  },
  'askeleet-toihin': {
    description: 'Työvalmennusta TE-palveluiden ja kuntakokeilun asiakkaille, joiden työttömyys uhkaa pitkittyä tai jotka ovat yli 50-vuotiaita; noin 200 työnhakijaa, kaksi valmentajaa.',
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    status: 'CLOSED',
    targetGroups: ['LONG_TERM_UNEMPLOYED', 'OVER_50'],
    // about 200 jobseekers over the three years (seed 002)
    targets: [{ metric: 'ENTRIES', minimum: 200 }, { metric: 'QUALITY_PATH_SHARE', minimum: 30 }],
  },
  'polkuja-kohti-tyoelamaa': {
    description: 'Vaikeasti työllistyvien, erityisesti rikos- ja päihdetaustaisten tukeminen: rinnalla kulkeva ohjaus, ryhmätoiminta, digivertaisvalmennus, osaamismerkit.',
    funder: 'esr',
    programme: 'ESR+ 2021–2027',
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
    status: 'ACTIVE',
    targetGroups: ['CRIMINAL_SANCTIONS_BACKGROUND', 'SUBSTANCE_REHABILITATION', 'LONG_TERM_UNEMPLOYED'],
  },
};

/** Workplaces where work trials and services happen. */
export const demoUnits = [
  { key: 'myotatuuli', organisation: 'sotek', name: 'Sotek Myötätuuli', kind: 'SECOND_HAND_STORE', municipality: 'Kotka' },
  { key: 'kuntoutussaatio-valmennus', organisation: 'kuntoutussaatio', name: 'Valmennuskeskus', kind: 'COACHING_CENTRE', municipality: 'Helsinki' },
  { key: 'kalliola-paja', organisation: 'kalliola', name: 'Kalliolan työpaja', kind: 'WORKSHOP', municipality: 'Helsinki' },
] as const satisfies readonly { key: string; organisation: DemoOrganisationSlug; name: string; kind: string; municipality: string }[];

/** Services the partners offer in the demo projects; other partners refer clients to them. */
export const demoServiceOfferings = [
  { organisation: 'sotek', project: 'yhteinen-askel', type: 'WORK_TRIAL', name: 'Työkokeilu Sotek Myötätuulessa', capacity: 8, unit: 'myotatuuli' },
  { organisation: 'sotek', project: 'yhteinen-askel', type: 'INDIVIDUAL_COACHING', name: 'Uravalmennus', capacity: null },
  { organisation: 'kuntoutussaatio', project: 'yhteinen-askel', type: 'HEALTH_AND_WORK_ABILITY_ASSESSMENT', name: 'Työkykyarvio', capacity: 4, unit: 'kuntoutussaatio-valmennus' },
  { organisation: 'kuntoutussaatio', project: 'yhteinen-askel', type: 'KELA_VOCATIONAL_REHABILITATION', name: 'Kelan ammatillinen kuntoutus', capacity: 10 },
  { organisation: 'kalliola', project: 'yhteinen-askel', type: 'DIGITAL_PEER_TRAINING', name: 'Digivertaisvalmennus', capacity: 12 },
  { organisation: 'kalliola', project: 'yhteinen-askel', type: 'GROUP_COACHING', name: 'Ryhmävalmennus', capacity: 15 },
  { organisation: 'kalliola', project: 'tekijan-polku', type: 'INDIVIDUAL_COACHING', name: 'Yksilötyöhönvalmennus', capacity: null, unit: 'kalliola-paja' },
  { organisation: 'kalliola', project: 'tekijan-polku', type: 'GROUP_COACHING', name: 'Ryhmätyöhönvalmennus', capacity: 10 },
  { organisation: 'valo-valmennus', project: 'polkuja-kohti-tyoelamaa', type: 'DIGITAL_PEER_TRAINING', name: 'Digivertaisvalmennus', capacity: 10 },
  { organisation: 'kuntoutussaatio', project: 'polkuja-kohti-tyoelamaa', type: 'SOCIAL_GUIDANCE', name: 'Rinnalla kulkeva asiakasohjaus', capacity: 20 },
] as const satisfies readonly {
  organisation: DemoOrganisationSlug;
  project: DemoProjectSlug;
  type: string;
  name: string;
  capacity: number | null;
  unit?: string;
}[];

/**
 * Staff of the demo organisations (made-up people). Subjects match the demo
 * tokens (`<role>@<organisation>`), so `me` finds their records.
 */
export const demoStaff = [
  { organisation: 'sotek', subject: 'coach@sotek', name: 'Aino Valmentaja', title: 'COACH', roles: [{ role: 'COACH' }] },
  { organisation: 'sotek', subject: 'coordinator@sotek', name: 'Eero Koordinaattori', title: 'COORDINATOR', roles: [{ role: 'COORDINATOR', project: 'yhteinen-askel' }] },
  { organisation: 'sotek', subject: 'org_admin@sotek', name: 'Helmi Pääkäyttäjä', title: 'ADMINISTRATOR', roles: [{ role: 'ORG_ADMIN' }] },
  { organisation: 'sotek', subject: 'supervisor@sotek', name: 'Olli Ohjaaja', title: 'SUPERVISOR', roles: [] },
  { organisation: 'kuntoutussaatio', subject: 'coach@kuntoutussaatio', name: 'Marja Työvalmentaja', title: 'COACH', roles: [{ role: 'COACH' }] },
  { organisation: 'kuntoutussaatio', subject: 'admin@kuntoutussaatio', name: 'Sari Hallinto', title: 'ADMINISTRATOR', roles: [{ role: 'ORG_ADMIN' }] },
  { organisation: 'kalliola', subject: 'coach@kalliola', name: 'Ville Mentori', title: 'COACH', roles: [{ role: 'COACH' }, { role: 'COORDINATOR', project: 'tekijan-polku' }] },
  { organisation: 'kalliola', subject: 'org_admin@kalliola', name: 'Kaisa Ylläpito', title: 'ADMINISTRATOR', roles: [{ role: 'ORG_ADMIN' }] },
  { organisation: 'valo-valmennus', subject: 'org_admin@valo-valmennus', name: 'Timo Valo', title: 'ADMINISTRATOR', roles: [{ role: 'ORG_ADMIN' }] },
] as const satisfies readonly {
  organisation: DemoOrganisationSlug;
  subject: string;
  name: string;
  title: string;
  roles: readonly { role: string; project?: DemoProjectSlug }[];
}[];
