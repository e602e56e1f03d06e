import { type EnumLabels, registerLabelledEnum } from '@polku/kit';

/** Why a client's personal data was read: recorded with every read in the audit log. */
export enum AccessPurpose {
  OWN_CLIENT_WORK = 'OWN_CLIENT_WORK',
  REFERRAL = 'REFERRAL',
}
export const accessPurposeLabels: EnumLabels<AccessPurpose> = {
  OWN_CLIENT_WORK: { FI: 'Oman asiakkaan asiakastyö', SV: 'Klientarbete med egen klient', EN: "Work with the organisation's own client" },
  REFERRAL: { FI: 'Ohjaus: suostumuksella luovutetut tiedot', SV: 'Hänvisning: uppgifter utlämnade med samtycke', EN: 'Referral: data shared under consent' },
};
registerLabelledEnum(AccessPurpose, 'AccessPurpose', 'Why a client\'s personal data was read.', accessPurposeLabels);
