import { In, type EntityManager } from 'typeorm';
import { ProjectEntity, ProjectPartnerEntity } from './project.entity.js';

export const projectStore = {
  list(manager: EntityManager) {
    return manager.find(ProjectEntity, { order: { name: 'ASC' } });
  },
  bySlug(manager: EntityManager, slug: string) {
    return manager.findOneBy(ProjectEntity, { slug });
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ProjectEntity, { id: In(ids) });
  },
  partnersOf(manager: EntityManager, projectIds: string[]) {
    // Lead first, then by organisation: a stable order for clients.
    return manager.find(ProjectPartnerEntity, { where: { projectId: In(projectIds) }, order: { role: 'DESC', organisationId: 'ASC' } });
  },
};
