import { In, type EntityManager } from 'typeorm';
import type { Phase } from '../vocabulary/phase.js';
import { EnrolmentEntity } from './enrolment.entity.js';

export const enrolmentStore = {
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(EnrolmentEntity, { id: In(ids) });
  },
  inProjects(manager: EntityManager, projectIds: string[]) {
    return manager.find(EnrolmentEntity, { where: { projectId: In(projectIds) }, order: { startedOn: 'ASC', id: 'ASC' } });
  },
  ofClients(manager: EntityManager, clientIds: string[]) {
    return manager.find(EnrolmentEntity, { where: { clientId: In(clientIds) }, order: { startedOn: 'ASC', id: 'ASC' } });
  },
  byReferralIds(manager: EntityManager, referralIds: string[]) {
    return manager.findBy(EnrolmentEntity, { referralId: In(referralIds) });
  },
  /** One page of the caller's enrolments, by start day then id. */
  page(manager: EntityManager, filter: { projectId?: string | null; phase?: Phase | null }, limit: number, after?: (string | number)[]) {
    const query = manager.createQueryBuilder(EnrolmentEntity, 'e').orderBy('e.startedOn', 'ASC').addOrderBy('e.id', 'ASC').limit(limit);
    if (filter.projectId) query.andWhere('e.projectId = :projectId', { projectId: filter.projectId });
    if (filter.phase) query.andWhere('e.phase = :phase', { phase: filter.phase });
    if (after) query.andWhere('(e.startedOn, e.id) > (:startedOn, :id)', { startedOn: after[0], id: after[1] });
    return query.getMany();
  },
};
