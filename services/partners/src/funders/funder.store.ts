import type { PageArgs } from '@polku/kit';
import { In, type EntityManager } from 'typeorm';
import { pageByName } from '../pagination.js';
import { FunderEntity, FundingProgrammeEntity } from './funder.entity.js';
import type { FunderKind } from './funder-kind.js';

export const funderStore = {
  page(manager: EntityManager, kind: FunderKind | null | undefined, page: PageArgs) {
    const query = manager.createQueryBuilder(FunderEntity, 'funder');
    if (kind) query.andWhere('funder.kind = :kind', { kind });
    return pageByName(query, page);
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(FunderEntity, { id: In(ids) });
  },
  programmesByIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(FundingProgrammeEntity, { id: In(ids) });
  },
  programmesOf(manager: EntityManager, funderIds: string[]) {
    return manager.find(FundingProgrammeEntity, { where: { funderId: In(funderIds) }, order: { name: 'ASC', id: 'ASC' } });
  },
};
