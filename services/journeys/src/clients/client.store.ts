import { In, type EntityManager } from 'typeorm';
import { ClientEntity, ClientPersonalEntity } from './client.entity.js';

export const clientStore = {
  list(manager: EntityManager) {
    return manager.find(ClientEntity, { order: { code: 'ASC' } });
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ClientEntity, { id: In(ids) });
  },
  personalByClientIds(manager: EntityManager, clientIds: string[]) {
    return manager.findBy(ClientPersonalEntity, { clientId: In(clientIds) });
  },
  async create(manager: EntityManager, orgId: string, client: Pick<ClientEntity, 'code' | 'educationLevel' | 'obstacles'>, personal?: Omit<ClientPersonalEntity, 'clientId' | 'orgId'> | null) {
    const saved = await manager.save(manager.create(ClientEntity, { orgId, ...client }));
    if (personal) await manager.insert(ClientPersonalEntity, { clientId: saved.id, orgId, ...personal });
    return saved;
  },
};
