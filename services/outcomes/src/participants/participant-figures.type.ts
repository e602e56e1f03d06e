import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Count, Measure } from '../metrics/count.type.js';
import { Organisation } from '../references/directory.reference.js';
import { Gender } from './participant.type.js';

/** ESF+ common output indicators for participants (Regulation (EU) 2021/1057, Annex I, point 1). */
export enum EsfOutputIndicator {
  PARTICIPANTS = 'PARTICIPANTS',
  UNEMPLOYED_INCLUDING_LONG_TERM = 'UNEMPLOYED_INCLUDING_LONG_TERM',
  LONG_TERM_UNEMPLOYED = 'LONG_TERM_UNEMPLOYED',
  INACTIVE = 'INACTIVE',
  EMPLOYED_INCLUDING_SELF_EMPLOYED = 'EMPLOYED_INCLUDING_SELF_EMPLOYED',
  BELOW_18 = 'BELOW_18',
  AGED_18_TO_29 = 'AGED_18_TO_29',
  AGED_55_AND_ABOVE = 'AGED_55_AND_ABOVE',
  ISCED_0_2 = 'ISCED_0_2',
  ISCED_3_4 = 'ISCED_3_4',
  ISCED_5_8 = 'ISCED_5_8',
  WITH_DISABILITIES = 'WITH_DISABILITIES',
  THIRD_COUNTRY_NATIONALS = 'THIRD_COUNTRY_NATIONALS',
  FOREIGN_BACKGROUND = 'FOREIGN_BACKGROUND',
  MINORITIES = 'MINORITIES',
  HOMELESS_OR_HOUSING_EXCLUSION = 'HOMELESS_OR_HOUSING_EXCLUSION',
  RURAL_AREAS = 'RURAL_AREAS',
}

/** indicator → [EU code, release cell, labels fi/sv/en] */
export const outputIndicators: Record<EsfOutputIndicator, [string, string, { FI: string; SV: string; EN: string }]> = {
  PARTICIPANTS: ['EECO01', 'pt:entries', { FI: 'Osallistujat yhteensä', SV: 'Deltagare totalt', EN: 'Total number of participants' }],
  UNEMPLOYED_INCLUDING_LONG_TERM: ['EECO02', 'pt:status:UNEMPLOYED_ALL', { FI: 'Työttömät, myös pitkäaikaistyöttömät', SV: 'Arbetslösa, även långtidsarbetslösa', EN: 'Unemployed, including long-term unemployed' }],
  LONG_TERM_UNEMPLOYED: ['EECO03', 'pt:status:LONG_TERM_UNEMPLOYED', { FI: 'Pitkäaikaistyöttömät', SV: 'Långtidsarbetslösa', EN: 'Long-term unemployed' }],
  INACTIVE: ['EECO04', 'pt:status:INACTIVE', { FI: 'Työvoiman ulkopuolella olevat', SV: 'Personer utanför arbetskraften', EN: 'Inactive' }],
  EMPLOYED_INCLUDING_SELF_EMPLOYED: ['EECO05', 'pt:status:EMPLOYED', { FI: 'Työlliset, myös itsenäiset ammatinharjoittajat', SV: 'Sysselsatta, även egenföretagare', EN: 'Employed, including self-employed' }],
  BELOW_18: ['EECO06', 'pt:age:UNDER_18', { FI: 'Alle 18-vuotiaat', SV: 'Under 18 år', EN: 'Children below 18 years of age' }],
  AGED_18_TO_29: ['EECO07', 'pt:age:18_29', { FI: '18–29-vuotiaat', SV: '18–29 år', EN: 'Young people between 18 and 29 years of age' }],
  AGED_55_AND_ABOVE: ['EECO08', 'pt:age:55_PLUS', { FI: '55 vuotta täyttäneet', SV: '55 år och äldre', EN: 'Participants 55 years of age and above' }],
  ISCED_0_2: ['EECO09', 'pt:education:ISCED_0_2', { FI: 'Enintään perusasteen koulutus (ISCED 0–2)', SV: 'Högst grundläggande utbildning (ISCED 0–2)', EN: 'Participants with ISCED 0 to 2' }],
  ISCED_3_4: ['EECO10', 'pt:education:ISCED_3_4', { FI: 'Toisen asteen koulutus (ISCED 3–4)', SV: 'Andra stadiets utbildning (ISCED 3–4)', EN: 'Participants with ISCED 3 to 4' }],
  ISCED_5_8: ['EECO11', 'pt:education:ISCED_5_8', { FI: 'Korkea-asteen koulutus (ISCED 5–8)', SV: 'Högre utbildning (ISCED 5–8)', EN: 'Participants with ISCED 5 to 8' }],
  WITH_DISABILITIES: ['EECO12', 'pt:cat:DISABILITY', { FI: 'Vammaiset osallistujat', SV: 'Deltagare med funktionsnedsättning', EN: 'Participants with disabilities' }],
  THIRD_COUNTRY_NATIONALS: ['EECO13', 'pt:cat:THIRD_COUNTRY_NATIONAL', { FI: 'Kolmansien maiden kansalaiset', SV: 'Tredjelandsmedborgare', EN: 'Third-country nationals' }],
  FOREIGN_BACKGROUND: ['EECO14', 'pt:cat:FOREIGN_BACKGROUND', { FI: 'Ulkomaalaistaustaiset', SV: 'Deltagare med utländsk bakgrund', EN: 'Participants with a foreign background' }],
  MINORITIES: ['EECO15', 'pt:cat:MINORITY', { FI: 'Vähemmistöt (myös romanit)', SV: 'Minoriteter (även romer)', EN: 'Minorities (including marginalised communities such as Roma)' }],
  HOMELESS_OR_HOUSING_EXCLUSION: ['EECO16', 'pt:cat:HOMELESS', { FI: 'Asunnottomat tai asuntomarkkinoilta syrjäytyneet', SV: 'Hemlösa eller utestängda från bostadsmarknaden', EN: 'Homeless or affected by housing exclusion' }],
  RURAL_AREAS: ['EECO17', 'pt:cat:RURAL_AREA', { FI: 'Maaseutualueilta tulevat', SV: 'Deltagare från landsbygden', EN: 'Participants from rural areas' }],
};

registerEnumType(EsfOutputIndicator, {
  name: 'EsfOutputIndicator',
  description: 'An ESF+ common output indicator for participants (EECO01..EECO17).',
  // described by their code and English label (outputIndicators below)
  valuesConfig: Object.fromEntries(Object.values(EsfOutputIndicator).map((v) => [v, { description: `${outputIndicators[v][0]}: ${outputIndicators[v][2].EN}.` }])),
});

@ObjectType({ description: 'One ESF+ common output indicator: participants entering in the period with the characteristic.' })
export class OutputIndicatorFigure {
  @Field(() => EsfOutputIndicator, { description: 'The indicator.' })
  indicator: EsfOutputIndicator;

  @Field({ description: 'The indicator code in EU reporting (EECO01..EECO17).' })
  code: string;

  @Field({ description: "The indicator in the caller's language." })
  label: string;

  @Field(() => Count, { description: 'Participants entering in the period with the characteristic.' })
  count: Count;

  @Field(() => Measure, { description: 'Share of the entries (0..1).' })
  share: Measure;
}

@ObjectType({ description: 'Entries of one gender (ESF+ data are broken down by gender).' })
export class GenderFigure {
  @Field(() => Gender, { description: 'The gender.' })
  gender: Gender;

  @Field(() => Count, { description: 'Entries.' })
  entries: Count;
}

@ObjectType({ description: "One partner organisation's entries." })
export class PartnerEntries {
  @Field(() => Organisation, { description: 'The partner organisation.' })
  organisation: Organisation;

  @Field(() => Count, { description: 'Enrolments of its clients starting in the period, with an entry record.' })
  entries: Count;
}

@ObjectType({ description: 'Who took part: entries, people active at the end of the period, unique participants and the ESF+ output indicators.' })
export class ParticipantFigures {
  @Field(() => Count, { description: 'Entries: enrolments starting in the period that have an entry record (one per enrolment).' })
  entries: Count;

  @Field(() => Count, { description: 'Enrolments with an entry record that started by the end of the period and had not exited by then.' })
  activeAtPeriodEnd: Count;

  @Field(() => Count, {
    nullable: true,
    description:
      'POOLED: distinct people among the entries, across partners (a person entering at two partners counts once), from person numbers the platform derives without sharing identities; hidden when the people counted at several partners, or at partners other than any one, are 1..k-1. Null for own figures.',
  })
  uniqueParticipants: Count | null;

  @Field(() => [OutputIndicatorFigure], { description: 'ESF+ common output indicators EECO01..EECO17.' })
  outputIndicators: OutputIndicatorFigure[];

  @Field(() => [GenderFigure], { description: 'Entries by gender.' })
  genders: GenderFigure[];

  @Field(() => [PartnerEntries], { description: "Entries per partner organisation (own view: the caller's organisation only)." })
  partners: PartnerEntries[];
}
