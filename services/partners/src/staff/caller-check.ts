import { Role, unlistedCaller, type Caller, type CallerCheck } from '@polku/kit';
import type { StaffRoleEntity } from './staff.entity.js';
import { In } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProjectPartnerEntity } from '../projects/project.entity.js';
import { PartnershipStatus } from '../projects/project-enums.js';
import { staffStore } from './staff.store.js';

/** Roles held for a project rather than in the whole organisation. */
const projectRoles: ReadonlySet<string> = new Set([Role.COORDINATOR, Role.FUNDER]);

/**
 * Whether the staff records back every claim of the token: an active staff
 * member of the token's organisation with the token's subject; each
 * organisation-wide role granted without a project; each project in the
 * token covered by a claimed COORDINATOR or FUNDER role granted for that
 * project. A project role claimed without projects must be held somewhere;
 * such a token is appointed to no project and sees no project's figures.
 */
export function claimsAreListed(caller: Caller, active: boolean, granted: Pick<StaffRoleEntity, 'role' | 'projectId'>[]): boolean {
  if (!active) return false;
  const holds = (role: string, projectId: string | null) => granted.some((g) => g.role === role && g.projectId === projectId);
  for (const role of caller.roles) {
    if (projectRoles.has(role)) {
      const heldAnywhere = granted.some((g) => g.role === role);
      if (caller.projectIds.length ? !caller.projectIds.some((projectId) => holds(role, projectId)) : !heldAnywhere) return false;
    } else if (!holds(role, null)) {
      return false;
    }
  }
  return caller.projectIds.every((projectId) => caller.roles.some((role) => projectRoles.has(role) && holds(role, projectId)));
}

/**
 * Partners owns the staff records, so it checks callers against its own
 * tables (row level security: the caller's organisation). A deactivated
 * organisation's staff are no longer callers. A project role (COORDINATOR or
 * FUNDER) holds for a partner of the project: every project the token names
 * must still count the caller's organisation as a current partner, so the
 * role ends when the partnership does, whichever project role it is.
 */
export const checkCallerAgainstStaff: CallerCheck = async (caller, { db }) => {
  const listed = await db.run(async (manager) => {
    const organisation = await manager.findOneBy(OrganisationEntity, { id: caller.organisationId });
    if (!organisation?.active) return false;
    const staff = await staffStore.bySubject(manager, caller.organisationId, caller.subject);
    if (!staff) return false;
    if (!claimsAreListed(caller, staff.active, await staffStore.rolesOf(manager, [staff.id]))) return false;
    if (caller.projectIds.length === 0) return true;
    const current = await manager.countBy(ProjectPartnerEntity, {
      organisationId: caller.organisationId,
      projectId: In([...caller.projectIds]),
      status: PartnershipStatus.ACCEPTED,
    });
    return current === new Set(caller.projectIds).size;
  });
  if (!listed) throw unlistedCaller();
};
