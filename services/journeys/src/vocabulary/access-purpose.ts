import { type EnumLabels, registerLabelledEnum } from '@polku/kit';

/** Why a client's personal data was read: recorded with every read in the audit log. */
export enum AccessPurpose {
  OWN_CLIENT_WORK = 'OWN_CLIENT_WORK',
  REFERRAL = 'REFERRAL',
  DATA_SUBJECT_REQUEST = 'DATA_SUBJECT_REQUEST',
}
export const accessPurposeLabels: EnumLabels<AccessPurpose> = {
  OWN_CLIENT_WORK: { FI: 'Oman asiakkaan asiakastyö', SV: 'Klientarbete med egen klient', EN: "Work with the organisation's own client" },
  REFERRAL: { FI: 'Ohjaus: suostumuksella luovutetut tiedot', SV: 'Hänvisning: uppgifter utlämnade med samtycke', EN: 'Referral: data shared under consent' },
  DATA_SUBJECT_REQUEST: { FI: 'Rekisteröidyn pyyntö: tietojen kopio', SV: 'Den registrerades begäran: kopia av uppgifterna', EN: "Data subject's request: a copy of the data" },
};
registerLabelledEnum(AccessPurpose, 'AccessPurpose', 'Why a client\'s personal data was read.', accessPurposeLabels);
