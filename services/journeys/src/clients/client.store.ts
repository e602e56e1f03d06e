import { In, type EntityManager } from 'typeorm';
import { ClientEntity } from './client.entity.js';

export const clientStore = {
  list(manager: EntityManager) {
    return manager.find(ClientEntity, { order: { code: 'ASC' } });
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ClientEntity, { id: In(ids) });
  },
};
