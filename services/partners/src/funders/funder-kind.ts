import { registerLabelledEnum } from '@polku/kit';
import type { EnumLabels } from '@polku/kit';

/** Who funds projects. */
export enum FunderKind {
  ELY_CENTRE = 'ELY_CENTRE',
  STEA = 'STEA',
  ESF_PLUS = 'ESF_PLUS',
  THL = 'THL',
  MUNICIPALITY = 'MUNICIPALITY',
}

export const funderKindLabels: EnumLabels<FunderKind> = {
  ELY_CENTRE: { FI: 'ELY-keskus', SV: 'NTM-central', EN: 'ELY centre' },
  STEA: { FI: 'STEA', SV: 'STEA', EN: 'STEA (Funding Centre for Social Welfare and Health Organisations)' },
  ESF_PLUS: { FI: 'ESR+ (Euroopan sosiaalirahasto plus)', SV: 'ESF+ (Europeiska socialfonden plus)', EN: 'ESF+ (European Social Fund Plus)' },
  THL: { FI: 'THL (Terveyden ja hyvinvoinnin laitos)', SV: 'THL (Institutet för hälsa och välfärd)', EN: 'THL (Finnish Institute for Health and Welfare)' },
  MUNICIPALITY: { FI: 'Kunta', SV: 'Kommun', EN: 'Municipality' },
};

registerLabelledEnum(FunderKind, 'FunderKind', 'Who funds projects.', funderKindLabels);
