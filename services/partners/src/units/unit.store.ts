import { In, type EntityManager } from 'typeorm';
import { UnitEntity } from './unit.entity.js';

export const unitStore = {
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(UnitEntity, { id: In(ids) });
  },
  ofOrganisations(manager: EntityManager, organisationIds: string[]) {
    return manager.find(UnitEntity, { where: { organisationId: In(organisationIds) }, order: { name: 'ASC', id: 'ASC' } });
  },
};
