import { In, type EntityManager } from 'typeorm';
import { ServiceOfferingEntity } from './service-offering.entity.js';

export const serviceOfferingStore = {
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ServiceOfferingEntity, { id: In(ids) });
  },
  inProjects(manager: EntityManager, projectIds: string[]) {
    return manager.find(ServiceOfferingEntity, { where: { projectId: In(projectIds) }, order: { name: 'ASC', id: 'ASC' } });
  },
};
