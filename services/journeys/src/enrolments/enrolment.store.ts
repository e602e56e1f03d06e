import { In, type EntityManager } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity.js';

export const enrolmentStore = {
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(EnrolmentEntity, { id: In(ids) });
  },
  inProjects(manager: EntityManager, projectIds: string[]) {
    return manager.find(EnrolmentEntity, { where: { projectId: In(projectIds) }, order: { startedOn: 'ASC', id: 'ASC' } });
  },
};
