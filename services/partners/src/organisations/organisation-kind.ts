import { registerLabelledEnum } from '@polku/kit';
import type { EnumLabels } from '@polku/kit';

/** The legal form of an organisation. */
export enum OrganisationKind {
  FOUNDATION = 'FOUNDATION',
  ASSOCIATION = 'ASSOCIATION',
  MUNICIPALITY = 'MUNICIPALITY',
  COMPANY = 'COMPANY',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
}

export const organisationKindLabels: EnumLabels<OrganisationKind> = {
  FOUNDATION: { FI: 'Säätiö', SV: 'Stiftelse', EN: 'Foundation' },
  ASSOCIATION: { FI: 'Yhdistys', SV: 'Förening', EN: 'Association' },
  MUNICIPALITY: { FI: 'Kunta', SV: 'Kommun', EN: 'Municipality' },
  COMPANY: { FI: 'Yritys', SV: 'Företag', EN: 'Company' },
  PUBLIC_AGENCY: { FI: 'Viranomainen', SV: 'Myndighet', EN: 'Public agency' },
};

registerLabelledEnum(OrganisationKind, 'OrganisationKind', 'The legal form of an organisation.', organisationKindLabels);
