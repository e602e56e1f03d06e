import type { EnumLabels } from '@polku/kit';
import { registerEnumType } from 'type-graphql';

/** Kinds of service a partner offers and other partners may refer clients to. */
export enum ServiceType {
  INDIVIDUAL_COACHING = 'INDIVIDUAL_COACHING',
  GROUP_COACHING = 'GROUP_COACHING',
  EXPERT_LECTURE = 'EXPERT_LECTURE',
  WORK_TRIAL = 'WORK_TRIAL',
  PAY_SUBSIDY_WORK = 'PAY_SUBSIDY_WORK',
  REHABILITATIVE_WORK_ACTIVITY = 'REHABILITATIVE_WORK_ACTIVITY',
  KELA_VOCATIONAL_REHABILITATION = 'KELA_VOCATIONAL_REHABILITATION',
  TRAINING = 'TRAINING',
  DIGITAL_PEER_TRAINING = 'DIGITAL_PEER_TRAINING',
  HEALTH_AND_WORK_ABILITY_ASSESSMENT = 'HEALTH_AND_WORK_ABILITY_ASSESSMENT',
  SOCIAL_GUIDANCE = 'SOCIAL_GUIDANCE',
}

export const serviceTypeLabels: EnumLabels<ServiceType> = {
  INDIVIDUAL_COACHING: { FI: 'Yksilövalmennus', SV: 'Individuell coachning', EN: 'Individual coaching' },
  GROUP_COACHING: { FI: 'Ryhmävalmennus', SV: 'Gruppcoachning', EN: 'Group coaching' },
  EXPERT_LECTURE: { FI: 'Asiantuntijaluento', SV: 'Expertföreläsning', EN: 'Expert lecture' },
  WORK_TRIAL: { FI: 'Työkokeilu', SV: 'Arbetsprövning', EN: 'Work trial' },
  PAY_SUBSIDY_WORK: { FI: 'Palkkatukityö', SV: 'Arbete med lönesubvention', EN: 'Pay-subsidy work' },
  REHABILITATIVE_WORK_ACTIVITY: { FI: 'Kuntouttava työtoiminta', SV: 'Arbetsverksamhet i rehabiliteringssyfte', EN: 'Rehabilitative work activity' },
  KELA_VOCATIONAL_REHABILITATION: { FI: 'Kelan ammatillinen kuntoutus', SV: 'FPA:s yrkesinriktade rehabilitering', EN: 'Kela vocational rehabilitation' },
  TRAINING: { FI: 'Koulutus', SV: 'Utbildning', EN: 'Training' },
  DIGITAL_PEER_TRAINING: { FI: 'Digivertaisvalmennus', SV: 'Digital kamratutbildning', EN: 'Digital peer training' },
  HEALTH_AND_WORK_ABILITY_ASSESSMENT: { FI: 'Terveyden ja työkyvyn arviointi', SV: 'Bedömning av hälsa och arbetsförmåga', EN: 'Health and work-ability assessment' },
  SOCIAL_GUIDANCE: { FI: 'Sosiaalinen ohjaus', SV: 'Social handledning', EN: 'Social guidance' },
};

registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'A kind of service a partner offers.',
  valuesConfig: Object.fromEntries(Object.entries(serviceTypeLabels).map(([value, labels]) => [value, { description: labels.EN }])),
});
