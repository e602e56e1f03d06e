import { registerLabelledEnum } from '@polku/kit';
import type { EnumLabels } from '@polku/kit';

/** What kind of workplace a unit is. */
export enum UnitKind {
  SECOND_HAND_STORE = 'SECOND_HAND_STORE',
  WORKSHOP = 'WORKSHOP',
  KITCHEN = 'KITCHEN',
  PROPERTY_SERVICES = 'PROPERTY_SERVICES',
  OFFICE = 'OFFICE',
  COACHING_CENTRE = 'COACHING_CENTRE',
  OTHER = 'OTHER',
}

export const unitKindLabels: EnumLabels<UnitKind> = {
  SECOND_HAND_STORE: { FI: 'Kierrätysmyymälä', SV: 'Second hand-butik', EN: 'Second-hand store' },
  WORKSHOP: { FI: 'Työpaja', SV: 'Verkstad', EN: 'Workshop' },
  KITCHEN: { FI: 'Keittiö', SV: 'Kök', EN: 'Kitchen' },
  PROPERTY_SERVICES: { FI: 'Kiinteistöpalvelut', SV: 'Fastighetstjänster', EN: 'Property services' },
  OFFICE: { FI: 'Toimisto', SV: 'Kontor', EN: 'Office' },
  COACHING_CENTRE: { FI: 'Valmennuskeskus', SV: 'Coachningscenter', EN: 'Coaching centre' },
  OTHER: { FI: 'Muu', SV: 'Annat', EN: 'Other' },
};

registerLabelledEnum(UnitKind, 'UnitKind', 'What kind of workplace a unit is.', unitKindLabels);
