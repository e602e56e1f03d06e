import { registerLabelledEnum, type EnumLabels } from '@polku/kit';

/** What kind of placement: the services seed 002 and 003 describe. Kept in step with migration 1742000000000's CHECK. */
export enum PlacementKind {
  WORK_TRIAL = 'WORK_TRIAL',
  PAY_SUBSIDY_OPEN_MARKET = 'PAY_SUBSIDY_OPEN_MARKET',
  PAY_SUBSIDY_THIRD_SECTOR = 'PAY_SUBSIDY_THIRD_SECTOR',
  EMPLOYMENT_WITHIN_ORGANISATION = 'EMPLOYMENT_WITHIN_ORGANISATION',
  REHABILITATIVE_WORK_ACTIVITY = 'REHABILITATIVE_WORK_ACTIVITY',
}

export const placementKindLabels: EnumLabels<PlacementKind> = {
  WORK_TRIAL: { FI: 'Työkokeilu', SV: 'Arbetsprövning', EN: 'Work trial' },
  PAY_SUBSIDY_OPEN_MARKET: { FI: 'Palkkatukityö avoimilla työmarkkinoilla', SV: 'Lönesubventionerat arbete på den öppna arbetsmarknaden', EN: 'Pay-subsidy work in the open labour market' },
  PAY_SUBSIDY_THIRD_SECTOR: { FI: 'Palkkatukityö kolmannella sektorilla', SV: 'Lönesubventionerat arbete inom tredje sektorn', EN: 'Pay-subsidy work in the third sector' },
  EMPLOYMENT_WITHIN_ORGANISATION: { FI: 'Työsuhde järjestössä (esim. Paikka auki)', SV: 'Anställning i organisationen (t.ex. Paikka auki)', EN: 'Employment within the organisation (e.g. Paikka auki)' },
  REHABILITATIVE_WORK_ACTIVITY: { FI: 'Kuntouttava työtoiminta', SV: 'Arbetsverksamhet i rehabiliteringssyfte', EN: 'Rehabilitative work activity' },
};
registerLabelledEnum(PlacementKind, 'PlacementKind', 'What kind of placement a client is in.', placementKindLabels);

/** Who pays for the placement. Kept in step with migration 1742000000000's CHECK. */
export enum PlacementFunding {
  PAY_SUBSIDY = 'PAY_SUBSIDY',
  STEA = 'STEA',
  ESF_PLUS = 'ESF_PLUS',
  MUNICIPALITY = 'MUNICIPALITY',
  UNEMPLOYMENT_BENEFIT = 'UNEMPLOYMENT_BENEFIT',
  ORGANISATION = 'ORGANISATION',
  OTHER = 'OTHER',
}

export const placementFundingLabels: EnumLabels<PlacementFunding> = {
  PAY_SUBSIDY: { FI: 'Palkkatuki', SV: 'Lönesubvention', EN: 'Pay subsidy' },
  STEA: { FI: 'STEA-avustus (esim. Paikka auki)', SV: 'STEA-understöd (t.ex. Paikka auki)', EN: 'STEA grant (e.g. Paikka auki)' },
  ESF_PLUS: { FI: 'ESR+', SV: 'ESF+', EN: 'ESF+' },
  MUNICIPALITY: { FI: 'Kunta', SV: 'Kommunen', EN: 'Municipality' },
  UNEMPLOYMENT_BENEFIT: { FI: 'Työttömyysetuus (työkokeilu)', SV: 'Arbetslöshetsförmån (arbetsprövning)', EN: 'Unemployment benefit (work trial)' },
  ORGANISATION: { FI: 'Organisaation omat varat', SV: 'Organisationens egna medel', EN: "The organisation's own funds" },
  OTHER: { FI: 'Muu', SV: 'Annan', EN: 'Other' },
};
registerLabelledEnum(PlacementFunding, 'PlacementFunding', 'Who pays for a placement.', placementFundingLabels);
