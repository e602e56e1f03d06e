import { In, type EntityManager } from 'typeorm';
import { ConsentEntity } from './consent.entity.js';

export const consentStore = {
  byIds: (manager: EntityManager, ids: string[]) => manager.findBy(ConsentEntity, { id: In(ids) }),
  ofClients: (manager: EntityManager, clientIds: string[]) =>
    manager.find(ConsentEntity, { where: { clientId: In(clientIds) }, order: { givenAt: 'ASC', id: 'ASC' } }),
};
