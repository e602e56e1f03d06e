import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';

export const organisationStore = {
  list(manager: EntityManager) {
    return manager.find(OrganisationEntity, { order: { name: 'ASC' } });
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(OrganisationEntity, { id: In(ids) });
  },
};
