import { registerLabelledEnum } from '@polku/kit';
import type { EnumLabels } from '@polku/kit';

/** Where a project is in its life. */
export enum ProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export const projectStatusLabels: EnumLabels<ProjectStatus> = {
  PLANNED: { FI: 'Suunnitteilla', SV: 'Planerat', EN: 'Planned' },
  ACTIVE: { FI: 'Käynnissä', SV: 'Pågående', EN: 'Active' },
  CLOSED: { FI: 'Päättynyt', SV: 'Avslutat', EN: 'Closed' },
};
registerLabelledEnum(ProjectStatus, 'ProjectStatus', 'Where a project is in its life.', projectStatusLabels);

/** Groups of people a project serves. */
export enum TargetGroup {
  LONG_TERM_UNEMPLOYED = 'LONG_TERM_UNEMPLOYED',
  OVER_50 = 'OVER_50',
  SUBSTANCE_REHABILITATION = 'SUBSTANCE_REHABILITATION',
  CRIMINAL_SANCTIONS_BACKGROUND = 'CRIMINAL_SANCTIONS_BACKGROUND',
  PARTIAL_WORK_ABILITY = 'PARTIAL_WORK_ABILITY',
  YOUNG_ADULTS = 'YOUNG_ADULTS',
  IMMIGRANTS = 'IMMIGRANTS',
}

export const targetGroupLabels: EnumLabels<TargetGroup> = {
  LONG_TERM_UNEMPLOYED: { FI: 'Pitkäaikaistyöttömät', SV: 'Långtidsarbetslösa', EN: 'Long-term unemployed' },
  OVER_50: { FI: 'Yli 50-vuotiaat', SV: 'Över 50-åringar', EN: 'Over 50' },
  SUBSTANCE_REHABILITATION: { FI: 'Päihdekuntoutujat', SV: 'Personer i missbruksrehabilitering', EN: 'Substance rehabilitation' },
  CRIMINAL_SANCTIONS_BACKGROUND: { FI: 'Rikostaustaiset', SV: 'Personer med påföljdsbakgrund', EN: 'Criminal sanctions background' },
  PARTIAL_WORK_ABILITY: { FI: 'Osatyökykyiset', SV: 'Partiellt arbetsföra', EN: 'Partial work ability' },
  YOUNG_ADULTS: { FI: 'Nuoret aikuiset', SV: 'Unga vuxna', EN: 'Young adults' },
  IMMIGRANTS: { FI: 'Maahanmuuttajat', SV: 'Invandrare', EN: 'Immigrants' },
};
registerLabelledEnum(TargetGroup, 'TargetGroup', 'A group of people a project serves.', targetGroupLabels);

/** What a project's target measures. */
export enum TargetMetric {
  QUALITY_PATH_SHARE = 'QUALITY_PATH_SHARE',
  EMPLOYMENT_SHARE = 'EMPLOYMENT_SHARE',
  EDUCATION_SHARE = 'EDUCATION_SHARE',
  CLIENTS_SERVED = 'CLIENTS_SERVED',
  ENTRIES = 'ENTRIES',
  UNIQUE_PARTICIPANTS = 'UNIQUE_PARTICIPANTS',
  EXITS = 'EXITS',
  QUALITY_PATHS = 'QUALITY_PATHS',
}

/** Targets that are counts (the others are percentages of exited clients). */
export const countTargets: ReadonlySet<TargetMetric> = new Set([
  TargetMetric.CLIENTS_SERVED, TargetMetric.ENTRIES, TargetMetric.UNIQUE_PARTICIPANTS, TargetMetric.EXITS, TargetMetric.QUALITY_PATHS,
]);

export const targetMetricLabels: EnumLabels<TargetMetric> = {
  QUALITY_PATH_SHARE: { FI: 'Laadullisten jatkopolkujen osuus (%)', SV: 'Andel kvalitativa fortsättningsvägar (%)', EN: 'Quality continuation path share (%)' },
  EMPLOYMENT_SHARE: { FI: 'Työllistyneiden osuus (%)', SV: 'Andel sysselsatta (%)', EN: 'Employed share (%)' },
  EDUCATION_SHARE: { FI: 'Opiskelemaan siirtyneiden osuus (%)', SV: 'Andel som börjat studera (%)', EN: 'Education share (%)' },
  CLIENTS_SERVED: { FI: 'Asiakkaita (lkm)', SV: 'Klienter (antal)', EN: 'Clients served (count)' },
  ENTRIES: { FI: 'Aloittaneita osallistujia (lkm)', SV: 'Deltagare som börjat (antal)', EN: 'Entries (count)' },
  UNIQUE_PARTICIPANTS: { FI: 'Eri henkilöitä (lkm)', SV: 'Unika deltagare (antal)', EN: 'Unique participants (count)' },
  EXITS: { FI: 'Päättäneitä (lkm)', SV: 'Avslutade (antal)', EN: 'Exits (count)' },
  QUALITY_PATHS: { FI: 'Laadullisia jatkopolkuja (lkm)', SV: 'Kvalitativa fortsättningsvägar (antal)', EN: 'Quality continuation paths (count)' },
};
registerLabelledEnum(TargetMetric, 'TargetMetric', "What a project's target measures; shares are percentages of exited clients.", targetMetricLabels);

/** An organisation's part in a joint project. */
export enum PartnerRole {
  LEAD = 'LEAD',
  IMPLEMENTER = 'IMPLEMENTER',
}

export const partnerRoleLabels: EnumLabels<PartnerRole> = {
  LEAD: { FI: 'Päätoteuttaja', SV: 'Huvudgenomförare', EN: 'Lead' },
  IMPLEMENTER: { FI: 'Osatoteuttaja', SV: 'Delgenomförare', EN: 'Implementer' },
};
registerLabelledEnum(PartnerRole, 'PartnerRole', "An organisation's part in a joint project.", partnerRoleLabels);

/** Where an organisation's participation in a project stands (the invitation handshake). */
export enum PartnershipStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  LEFT = 'LEFT',
}

export const partnershipStatusLabels: EnumLabels<PartnershipStatus> = {
  INVITED: { FI: 'Kutsuttu', SV: 'Inbjuden', EN: 'Invited' },
  ACCEPTED: { FI: 'Mukana', SV: 'Med', EN: 'Taking part' },
  DECLINED: { FI: 'Kieltäytynyt', SV: 'Avböjt', EN: 'Declined' },
  LEFT: { FI: 'Poistunut', SV: 'Lämnat', EN: 'Left' },
};
registerLabelledEnum(
  PartnershipStatus,
  'PartnershipStatus',
  "Where an organisation's participation in a project stands: invited by the lead, accepted or declined by the partner, left when it ended.",
  partnershipStatusLabels,
);
