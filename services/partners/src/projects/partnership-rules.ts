import { PartnershipStatus, ProjectStatus } from './project-enums.js';

/** From 2024 the ELY centres fund employment-policy projects only as joint projects (DOMAIN.md, seed 002). */
export const JOINT_PROJECTS_REQUIRED_FROM = '2024-01-01';
export const MINIMUM_IMPLEMENTING_ORGANISATIONS = 2;

const allowedStatusChanges: Record<ProjectStatus, ProjectStatus[]> = {
  PLANNED: [ProjectStatus.ACTIVE, ProjectStatus.CLOSED],
  ACTIVE: [ProjectStatus.CLOSED],
  CLOSED: [],
};

/** Why a project cannot move from one status to another, or null when it can. */
export function statusChangeProblem(from: ProjectStatus, to: ProjectStatus): string | null {
  if (from === to || allowedStatusChanges[from].includes(to)) return null;
  return `A ${from.toLowerCase()} project cannot become ${to.toLowerCase()}.`;
}

/**
 * Why a project cannot become active with its current partners, or null.
 * The implementing organisations are the partners taking part now, the lead
 * included: the lead (päätoteuttaja) implements the project too. A project
 * without a start date counts as starting now.
 */
export function activationProblem(
  project: { employmentPolicy: boolean; startsOn: string | null },
  currentPartners: number,
): string | null {
  const underJointRule = project.employmentPolicy && (project.startsOn === null || project.startsOn >= JOINT_PROJECTS_REQUIRED_FROM);
  if (!underJointRule || currentPartners >= MINIMUM_IMPLEMENTING_ORGANISATIONS) return null;
  return (
    `An employment-policy project starting in 2024 or later must be a joint project: it cannot become active with fewer than ` +
    `${MINIMUM_IMPLEMENTING_ORGANISATIONS} implementing organisations (it has ${currentPartners}). Invite a partner and wait for it to accept.`
  );
}

/** Why a partner's answer to an invitation is not possible, or null. */
export function answerProblem(status: PartnershipStatus): string | null {
  return status === PartnershipStatus.INVITED ? null : `Only a pending invitation can be answered; this one is ${status.toLowerCase()}.`;
}

/** Today in Finland, as YYYY-MM-DD: joining and leaving days are Finnish calendar days. */
export function todayInFinland(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
}
