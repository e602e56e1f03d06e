import { In, type EntityManager } from 'typeorm';
import { StaffMemberEntity, StaffRoleEntity } from './staff.entity.js';

/** Staff rows are personal data: row level security limits every query here to the caller's organisation. */
export const staffStore = {
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(StaffMemberEntity, { id: In(ids) });
  },
  ofOrganisations(manager: EntityManager, organisationIds: string[]) {
    return manager.find(StaffMemberEntity, { where: { orgId: In(organisationIds) }, order: { name: 'ASC', id: 'ASC' } });
  },
  bySubject(manager: EntityManager, organisationId: string, subject: string) {
    return manager.findOneBy(StaffMemberEntity, { orgId: organisationId, subject });
  },
  rolesOf(manager: EntityManager, staffMemberIds: string[]) {
    return manager.find(StaffRoleEntity, { where: { staffMemberId: In(staffMemberIds) }, order: { role: 'ASC', createdAt: 'ASC' } });
  },
};
