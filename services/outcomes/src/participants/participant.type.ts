import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Enrolment } from '../references/enrolment.reference.js';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NON_BINARY = 'NON_BINARY',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender as the ESF+ indicators are broken down (female, male, non-binary).',
  valuesConfig: { FEMALE: { description: 'Female.' }, MALE: { description: 'Male.' }, NON_BINARY: { description: 'Non-binary.' } },
});

export enum LabourMarketStatus {
  UNEMPLOYED = 'UNEMPLOYED',
  LONG_TERM_UNEMPLOYED = 'LONG_TERM_UNEMPLOYED',
  INACTIVE = 'INACTIVE',
  EMPLOYED = 'EMPLOYED',
}
registerEnumType(LabourMarketStatus, {
  name: 'LabourMarketStatus',
  description: 'Labour-market status at entry (ESF+ common output indicators).',
  valuesConfig: {
    UNEMPLOYED: { description: 'Registered unemployed jobseeker, unemployed less than 12 months (25 and over) or 6 months (under 25).' },
    LONG_TERM_UNEMPLOYED: { description: 'Unemployed 12 months or more (6 months or more under 25).' },
    INACTIVE: { description: 'Not in the labour force: neither employed nor seeking work (e.g. on rehabilitation, caring, studying).' },
    EMPLOYED: { description: 'Employed, including self-employed (e.g. in pay-subsidy work when entering).' },
  },
});

export enum IscedLevel {
  ISCED_0_2 = 'ISCED_0_2',
  ISCED_3_4 = 'ISCED_3_4',
  ISCED_5_8 = 'ISCED_5_8',
}
registerEnumType(IscedLevel, {
  name: 'IscedLevel',
  description: 'Highest education completed at entry (ISCED 2011).',
  valuesConfig: {
    ISCED_0_2: { description: 'At most lower secondary (peruskoulu).' },
    ISCED_3_4: { description: 'Upper secondary or post-secondary non-tertiary (lukio, ammatillinen tutkinto).' },
    ISCED_5_8: { description: 'Tertiary (korkeakoulu).' },
  },
});

@ObjectType({
  description:
    'Special-category data (GDPR art. 9) of a participant, held only while the client\'s explicit consent stands; withdrawing the consent deletes it.',
})
export class SpecialCategoryData {
  @Field({ description: 'The participant has a disability (ESF+ EECO12), as the client declared.' })
  disability: boolean;

  @Field({ description: 'The participant belongs to a minority, including marginalised communities such as Roma (ESF+ EECO15), as the client declared.' })
  minority: boolean;

  @Field(() => LocalDateResolver, { description: 'The day the client gave explicit consent to record these.' })
  consentGivenOn: string;
}

@ObjectType({ description: "What a participant's situation was when the enrolment started: recorded once per enrolment for the ESF+ output indicators." })
export class ParticipantEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Enrolment, { description: 'The enrolment the entry belongs to.' })
  enrolment: Enrolment;

  @Field(() => LocalDateResolver, { description: 'The day the enrolment started (from journeys): the entry counts in this period.' })
  enteredOn: string;

  @Field(() => Gender, { description: 'Gender.' })
  gender: Gender;

  @Field(() => Int, { description: 'Year of birth (age bands are read from it; no full birth date is kept).' })
  birthYear: number;

  @Field(() => LabourMarketStatus, { description: 'Labour-market status at entry.' })
  labourMarketStatus: LabourMarketStatus;

  @Field(() => IscedLevel, { description: 'Highest education completed at entry.' })
  education: IscedLevel;

  @Field({ description: 'Not a citizen of an EU member state (ESF+ EECO13).' })
  thirdCountryNational: boolean;

  @Field({ description: 'Of foreign background: born abroad, or both parents born abroad (ESF+ EECO14).' })
  foreignBackground: boolean;

  @Field({ description: 'Homeless or affected by housing exclusion (ESF+ EECO16).' })
  homeless: boolean;

  @Field({ description: 'Lives in a rural area (ESF+ EECO17; Statistics Finland urban-rural classification).' })
  ruralArea: boolean;

  @Field(() => SpecialCategoryData, { nullable: true, description: 'Special-category data; null unless the client gave explicit consent to record it.' })
  specialCategories: SpecialCategoryData | null;
}

@InputType({ description: 'Special-category data to record with the client\'s explicit consent.' })
export class SpecialCategoryInput {
  @Field({ description: 'Must be true: the client gave explicit consent (GDPR art. 9(2)(a)) to record these for the project\'s reporting.' })
  explicitConsent: boolean;

  @Field({ description: 'The client declares a disability.' })
  disability: boolean;

  @Field({ description: 'The client declares belonging to a minority (including Roma).' })
  minority: boolean;
}

@InputType({ description: "A participant's situation at entry, for an enrolment of the caller's organisation." })
export class RecordParticipantEntryInput {
  @Field(() => ID, { description: 'The enrolment (owned by journeys); its project, organisation and start day come from there.' })
  enrolmentId: string;

  @Field(() => Gender, { description: 'Gender.' })
  gender: Gender;

  @Field(() => Int, { description: 'Year of birth: 1900 to the year the enrolment started.' })
  birthYear: number;

  @Field(() => LabourMarketStatus, { description: 'Labour-market status at entry.' })
  labourMarketStatus: LabourMarketStatus;

  @Field(() => IscedLevel, { description: 'Highest education completed at entry.' })
  education: IscedLevel;

  @Field({ nullable: true, defaultValue: false, description: 'Not a citizen of an EU member state.' })
  thirdCountryNational: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Born abroad, or both parents born abroad.' })
  foreignBackground: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Homeless or affected by housing exclusion.' })
  homeless: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Lives in a rural area.' })
  ruralArea: boolean;

  @Field(() => SpecialCategoryInput, { nullable: true, description: 'Disability and minority, only with explicit consent; omit otherwise.' })
  specialCategories?: SpecialCategoryInput | null;
}
