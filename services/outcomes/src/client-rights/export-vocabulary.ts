import type { EnumLabels } from '@polku/kit';
import { AssessmentTimePoint } from '../soft-outcomes/soft-outcome.type.js';
import { destinationLabels, EmployerSector } from '../exits/exit-destination.js';
import { ExitCorrectionKind } from '../exits/exit-correction.type.js';
import { Gender, IscedLevel, LabourMarketStatus } from '../participants/participant.type.js';
import { placementFundingLabels, placementKindLabels } from '../placements/placement-kind.js';

const sectorLabels: EnumLabels<EmployerSector> = {
  PRIVATE: { FI: 'Yksityinen sektori', SV: 'Privat sektor', EN: 'Private sector' },
  PUBLIC: { FI: 'Julkinen sektori', SV: 'Offentlig sektor', EN: 'Public sector' },
  THIRD_SECTOR: { FI: 'Kolmas sektori', SV: 'Tredje sektorn', EN: 'Third sector' },
};

const correctionKindLabels: EnumLabels<ExitCorrectionKind> = {
  CORRECTED: { FI: 'Korjattu', SV: 'Korrigerad', EN: 'Corrected' },
  WITHDRAWN: { FI: 'Peruttu', SV: 'Återkallad', EN: 'Withdrawn' },
  ERASED: { FI: 'Henkilötiedot poistettu', SV: 'Personuppgifter raderade', EN: 'Personal data erased' },
};

const timePointLabels: EnumLabels<AssessmentTimePoint> = {
  START: { FI: 'Alussa', SV: 'I början', EN: 'At the start' },
  MID: { FI: 'Välissä', SV: 'Halvvägs', EN: 'Midway' },
  END: { FI: 'Lopussa', SV: 'I slutet', EN: 'At the end' },
  OTHER: { FI: 'Muu', SV: 'Annan', EN: 'Other' },
};

const genderLabels: EnumLabels<Gender> = {
  FEMALE: { FI: 'Nainen', SV: 'Kvinna', EN: 'Female' },
  MALE: { FI: 'Mies', SV: 'Man', EN: 'Male' },
  NON_BINARY: { FI: 'Muunsukupuolinen', SV: 'Icke-binär', EN: 'Non-binary' },
};

const labourMarketStatusLabels: EnumLabels<LabourMarketStatus> = {
  UNEMPLOYED: { FI: 'Työtön', SV: 'Arbetslös', EN: 'Unemployed' },
  LONG_TERM_UNEMPLOYED: { FI: 'Pitkäaikaistyötön', SV: 'Långtidsarbetslös', EN: 'Long-term unemployed' },
  INACTIVE: { FI: 'Työvoiman ulkopuolella', SV: 'Utanför arbetskraften', EN: 'Inactive' },
  EMPLOYED: { FI: 'Työssä', SV: 'I arbete', EN: 'Employed' },
};

const iscedLevelLabels: EnumLabels<IscedLevel> = {
  ISCED_0_2: { FI: 'Enintään perusaste (ISCED 0–2)', SV: 'Högst grundnivå (ISCED 0–2)', EN: 'At most lower secondary (ISCED 0–2)' },
  ISCED_3_4: { FI: 'Toinen aste (ISCED 3–4)', SV: 'Andra stadiet (ISCED 3–4)', EN: 'Upper or post-secondary (ISCED 3–4)' },
  ISCED_5_8: { FI: 'Korkea-aste (ISCED 5–8)', SV: 'Högre nivå (ISCED 5–8)', EN: 'Tertiary (ISCED 5–8)' },
};

/**
 * The labels of the codes in outcomes' part of a client data export, by field
 * name (or `list.field`), in fi/sv/en: the printable export (journeys) shows
 * them instead of codes, and a client taking the JSON elsewhere can read them.
 */
export const exportVocabulary: Record<string, EnumLabels<string>> = {
  destination: destinationLabels,
  furtherDestinations: destinationLabels,
  foundDestination: destinationLabels,
  sector: sectorLabels,
  'corrections.kind': correctionKindLabels,
  timePoint: timePointLabels,
  'placements.kind': placementKindLabels,
  funding: placementFundingLabels,
  gender: genderLabels,
  labourMarketStatus: labourMarketStatusLabels,
  education: iscedLevelLabels,
};
