import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
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
    // The lead first, then implementers by name: the order a project's own documents use.
    return manager
      .createQueryBuilder(ProjectPartnerEntity, 'partner')
      .innerJoin(OrganisationEntity, 'organisation', 'organisation.id = partner.organisationId')
      .where('partner.projectId IN (:...projectIds)', { projectIds })
      .orderBy('partner.role', 'DESC')
      .addOrderBy('organisation.name', 'ASC')
      .getMany();
  },
};
