import { type EnumLabels, registerLabelledEnum } from '@polku/kit';

export enum ConsentPurpose {
  REFERRAL = 'REFERRAL',
  SHARE_PROGRESS = 'SHARE_PROGRESS',
  /** The organisation serving the client may learn whether the client also takes part at another partner of the project (docs/linkage.md). */
  PARTICIPATION_CHECK = 'PARTICIPATION_CHECK',
}
export const consentPurposeLabels: EnumLabels<ConsentPurpose> = {
  REFERRAL: { FI: 'Ohjaus toisen organisaation palveluun', SV: 'Hänvisning till en annan organisations tjänst', EN: "Referral to another organisation's service" },
  SHARE_PROGRESS: { FI: 'Edistymisen jakaminen ohjaavalle organisaatiolle', SV: 'Delning av framsteg med den hänvisande organisationen', EN: 'Sharing progress back with the referring organisation' },
  PARTICIPATION_CHECK: {
    FI: 'Tieto osallistumisesta hankkeeseen toisella kumppanilla',
    SV: 'Uppgift om deltagande i projektet hos en annan partner',
    EN: 'Whether the client also takes part in the project at another partner',
  },
};
registerLabelledEnum(ConsentPurpose, 'ConsentPurpose', 'What a consent allows: every consent names one purpose.', consentPurposeLabels);

/** Kinds of client data a consent may cover; exactly these are copied to the receiver of a referral. */
export enum DataCategory {
  NAME = 'NAME',
  BIRTH_YEAR = 'BIRTH_YEAR',
  MUNICIPALITY = 'MUNICIPALITY',
  LANGUAGES = 'LANGUAGES',
  CONTACT = 'CONTACT',
  EDUCATION = 'EDUCATION',
  OBSTACLES = 'OBSTACLES',
}
export const dataCategoryLabels: EnumLabels<DataCategory> = {
  NAME: { FI: 'Nimi', SV: 'Namn', EN: 'Name' },
  BIRTH_YEAR: { FI: 'Syntymävuosi', SV: 'Födelseår', EN: 'Birth year' },
  MUNICIPALITY: { FI: 'Kotikunta', SV: 'Hemkommun', EN: 'Municipality' },
  LANGUAGES: { FI: 'Kielet', SV: 'Språk', EN: 'Languages' },
  CONTACT: { FI: 'Yhteystiedot', SV: 'Kontaktuppgifter', EN: 'Contact details' },
  EDUCATION: { FI: 'Koulutustausta', SV: 'Utbildningsbakgrund', EN: 'Education' },
  OBSTACLES: { FI: 'Työllistymisen esteet', SV: 'Hinder för sysselsättning', EN: 'Obstacles to employment' },
};
registerLabelledEnum(DataCategory, 'DataCategory', 'A kind of client data a consent may cover.', dataCategoryLabels);
