/** Demo organisations and projects drawn from the source documents (../shared/DOMAIN.md). */
export const demoOrganisations = [
  { slug: 'sotek', name: 'Sotek-säätiö' },
  { slug: 'kuntoutussaatio', name: 'Kuntoutussäätiö' },
  { slug: 'kalliola', name: 'Kalliolan Setlementti ry' },
  { slug: 'valo-valmennus', name: 'Valo-Valmennus ry' },
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
  // Historical projects of seed 000, whose yearly quality-path rates the outcomes seed reproduces.
  { slug: 'avain-askel', name: 'Avain Askel', lead: 'sotek', implementers: [] },
  { slug: 'uusi-askel', name: 'Uusi Askel', lead: 'sotek', implementers: [] },
] as const satisfies readonly { slug: string; name: string; lead: DemoOrganisationSlug; implementers: readonly DemoOrganisationSlug[] }[];

export type DemoProjectSlug = (typeof demoProjects)[number]['slug'];



/** Services the partners offer in the demo projects; other partners refer clients to them. */
export const demoServiceOfferings = [
  { organisation: 'sotek', project: 'yhteinen-askel', type: 'WORK_TRIAL', name: 'Työkokeilu Sotek Myötätuulessa', capacity: 8 },
  { organisation: 'sotek', project: 'yhteinen-askel', type: 'INDIVIDUAL_COACHING', name: 'Uravalmennus', capacity: null },
  { organisation: 'kuntoutussaatio', project: 'yhteinen-askel', type: 'HEALTH_AND_WORK_ABILITY_ASSESSMENT', name: 'Työkykyarvio', capacity: 4 },
  { organisation: 'kuntoutussaatio', project: 'yhteinen-askel', type: 'KELA_VOCATIONAL_REHABILITATION', name: 'Kelan ammatillinen kuntoutus', capacity: 10 },
  { organisation: 'kalliola', project: 'yhteinen-askel', type: 'DIGITAL_PEER_TRAINING', name: 'Digivertaisvalmennus', capacity: 12 },
  { organisation: 'kalliola', project: 'yhteinen-askel', type: 'GROUP_COACHING', name: 'Ryhmävalmennus', capacity: 15 },
] as const satisfies readonly { organisation: DemoOrganisationSlug; project: DemoProjectSlug; type: string; name: string; capacity: number | null }[];
