import type { PageArgs } from '@polku/kit';
import { In, type EntityManager } from 'typeorm';
import { pageByName } from '../pagination.js';
import { OrganisationEntity } from './organisation.entity.js';
import type { OrganisationKind } from './organisation-kind.js';

export interface OrganisationFilterValues {
  municipality?: string | null;
  kind?: OrganisationKind | null;
  active?: boolean | null;
}

export const organisationStore = {
  page(manager: EntityManager, filter: OrganisationFilterValues, page: PageArgs) {
    const query = manager.createQueryBuilder(OrganisationEntity, 'organisation');
    if (filter.municipality) query.andWhere('lower(organisation.municipality) = lower(:municipality)', { municipality: filter.municipality });
    if (filter.kind) query.andWhere('organisation.kind = :kind', { kind: filter.kind });
    if (filter.active !== null && filter.active !== undefined) query.andWhere('organisation.active = :active', { active: filter.active });
    return pageByName(query, page);
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(OrganisationEntity, { id: In(ids) });
  },
  bySlug(manager: EntityManager, slug: string) {
    return manager.findOneBy(OrganisationEntity, { slug });
  },
  byId(manager: EntityManager, id: string) {
    return manager.findOneBy(OrganisationEntity, { id });
  },
};
