import { In, type EntityManager } from 'typeorm';
import type { EducationLevel, Obstacle } from '../vocabulary/client-background.js';
import { ClientEntity, ClientPersonalEntity } from './client.entity.js';

export interface ClientPersonalDataRow {
  clientId: string;
  orgId: string;
  educationLevel: EducationLevel | null;
  obstacles: Obstacle[];
  personal: Omit<ClientPersonalEntity, 'clientId' | 'orgId'> | null;
}

export const clientStore = {
  /** A page of the organisation's clients by code (keyset on the unique (org_id, code) index). */
  page(manager: EntityManager, filter: { codePrefix?: string | null }, limit: number, afterCode?: string) {
    const query = manager.createQueryBuilder(ClientEntity, 'c').orderBy('c.code', 'ASC').limit(limit);
    if (filter.codePrefix) query.andWhere('c.code LIKE :prefix', { prefix: `${filter.codePrefix.replace(/[\\%_]/g, '\\$&')}%` });
    if (afterCode !== undefined) query.andWhere('c.code > :afterCode', { afterCode });
    return query.getMany();
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ClientEntity, { id: In(ids) });
  },
  /** Personal data and background of clients: read only through the audited loader (audit/personal-data-loader.ts). */
  personalData(manager: EntityManager, clientIds: string[]): Promise<ClientPersonalDataRow[]> {
    return manager.query(
      `SELECT c.id AS "clientId", c.org_id AS "orgId", c.education_level AS "educationLevel", c.obstacles,
              CASE WHEN p.client_id IS NULL THEN NULL ELSE json_build_object('fullName', p.full_name, 'birthYear', p.birth_year,
                'municipality', p.municipality, 'languages', p.languages, 'contact', p.contact,
                'personalIdentityCode', p.personal_identity_code, 'birthDate', p.birth_date) END AS personal
       FROM journeys.client c LEFT JOIN journeys.client_personal p ON p.client_id = c.id
       WHERE c.id = ANY($1::uuid[])`,
      [clientIds],
    );
  },
  /** Sets or clears the identity linkage keys are made of; false when the client has no personal data to attach it to. */
  async setIdentity(manager: EntityManager, clientId: string, identity: Pick<ClientPersonalEntity, 'personalIdentityCode' | 'birthDate'>) {
    const [, updated] = await manager.query(
      `UPDATE journeys.client_personal SET personal_identity_code = $2, birth_date = $3 WHERE client_id = $1 RETURNING client_id`,
      [clientId, identity.personalIdentityCode, identity.birthDate],
    );
    return updated > 0;
  },
  async create(manager: EntityManager, orgId: string, client: Pick<ClientEntity, 'code' | 'educationLevel' | 'obstacles'>, personal?: Omit<ClientPersonalEntity, 'clientId' | 'orgId'> | null) {
    const saved = await manager.save(manager.create(ClientEntity, { orgId, ...client }));
    if (personal) await manager.insert(ClientPersonalEntity, { clientId: saved.id, orgId, ...personal });
    return saved;
  },
};
