import { type EnumLabels, registerLabelledEnum } from '@polku/kit';

export enum GoalStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  DROPPED = 'DROPPED',
}
export const goalStatusLabels: EnumLabels<GoalStatus> = {
  OPEN: { FI: 'Avoin', SV: 'Öppet', EN: 'Open' },
  IN_PROGRESS: { FI: 'Työn alla', SV: 'Pågår', EN: 'In progress' },
  ACHIEVED: { FI: 'Saavutettu', SV: 'Uppnått', EN: 'Achieved' },
  DROPPED: { FI: 'Luovuttu', SV: 'Avstått', EN: 'Dropped' },
};
registerLabelledEnum(GoalStatus, 'GoalStatus', 'Where a goal of "My goals" stands.', goalStatusLabels);

export enum SessionKind {
  INDIVIDUAL = 'INDIVIDUAL',
  GROUP = 'GROUP',
}
export const sessionKindLabels: EnumLabels<SessionKind> = {
  INDIVIDUAL: { FI: 'Yksilövalmennus', SV: 'Individuell coachning', EN: 'Individual coaching' },
  GROUP: { FI: 'Ryhmävalmennus', SV: 'Gruppcoachning', EN: 'Group coaching' },
};
registerLabelledEnum(SessionKind, 'SessionKind', 'Whether a coaching session was one to one or in a group.', sessionKindLabels);

export enum GroupActivityKind {
  GROUP_COACHING = 'GROUP_COACHING',
  EXPERT_LECTURE = 'EXPERT_LECTURE',
}
export const groupActivityKindLabels: EnumLabels<GroupActivityKind> = {
  GROUP_COACHING: { FI: 'Ryhmävalmennus', SV: 'Gruppcoachning', EN: 'Group coaching' },
  EXPERT_LECTURE: { FI: 'Asiantuntijaluento', SV: 'Expertföreläsning', EN: 'Expert lecture' },
};
registerLabelledEnum(GroupActivityKind, 'GroupActivityKind', 'A kind of group activity.', groupActivityKindLabels);

export enum ActivityKind {
  WORK_TRIAL = 'WORK_TRIAL',
  TRAINING_COMPLETED = 'TRAINING_COMPLETED',
  QUALIFICATION_UNIT_PASSED = 'QUALIFICATION_UNIT_PASSED',
  COMPETENCE_BADGE_EARNED = 'COMPETENCE_BADGE_EARNED',
}
export const activityKindLabels: EnumLabels<ActivityKind> = {
  WORK_TRIAL: { FI: 'Työkokeilu', SV: 'Arbetsprövning', EN: 'Work trial' },
  TRAINING_COMPLETED: { FI: 'Suoritettu koulutus', SV: 'Genomförd utbildning', EN: 'Training completed' },
  QUALIFICATION_UNIT_PASSED: { FI: 'Suoritettu tutkinnon osa', SV: 'Avlagd examensdel', EN: 'Qualification unit passed' },
  COMPETENCE_BADGE_EARNED: { FI: 'Ansaittu osaamismerkki', SV: 'Förtjänat kompetensmärke', EN: 'Competence badge earned' },
};
registerLabelledEnum(ActivityKind, 'ActivityKind', 'A kind of activity on a path.', activityKindLabels);

export enum ReportKind {
  START = 'START',
  MID = 'MID',
  END = 'END',
}
export const reportKindLabels: EnumLabels<ReportKind> = {
  START: { FI: 'Alkuraportti', SV: 'Startrapport', EN: 'Start report' },
  MID: { FI: 'Väliraportti', SV: 'Mellanrapport', EN: 'Mid report' },
  END: { FI: 'Loppuraportti', SV: 'Slutrapport', EN: 'End report' },
};
registerLabelledEnum(ReportKind, 'ReportKind', 'One of the three reports of a path.', reportKindLabels);
