import type { PageArgs } from '@polku/kit';
import { In, type EntityManager } from 'typeorm';
import { pageByName } from '../pagination.js';
import type { TargetGroup } from '../projects/project-enums.js';
import { ServiceOfferingEntity } from './service-offering.entity.js';
import type { ServiceType } from './service-type.js';

export interface ServiceOfferingFilterValues {
  type?: ServiceType | null;
  municipality?: string | null;
  targetGroup?: TargetGroup | null;
  funderId?: string | null;
  projectId?: string | null;
  organisationId?: string | null;
  acceptsReferrals?: boolean | null;
}

export const serviceOfferingStore = {
  page(manager: EntityManager, filter: ServiceOfferingFilterValues, page: PageArgs) {
    const query = manager.createQueryBuilder(ServiceOfferingEntity, 'offering');
    if (filter.type) query.andWhere('offering.type = :type', { type: filter.type });
    if (filter.projectId) query.andWhere('offering.project_id = :projectId', { projectId: filter.projectId });
    if (filter.organisationId) query.andWhere('offering.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.acceptsReferrals !== null && filter.acceptsReferrals !== undefined) {
      query.andWhere('offering.accepts_referrals = :acceptsReferrals', { acceptsReferrals: filter.acceptsReferrals });
    }
    if (filter.municipality) {
      // where the service happens: its unit's municipality, else its organisation's
      query.andWhere(
        `lower(COALESCE((SELECT u.municipality FROM partners.unit u WHERE u.id = offering.unit_id),
                        (SELECT o.municipality FROM partners.organisation o WHERE o.id = offering.organisation_id))) = lower(:municipality)`,
        { municipality: filter.municipality },
      );
    }
    if (filter.targetGroup) {
      query.andWhere('EXISTS (SELECT 1 FROM partners.project p WHERE p.id = offering.project_id AND :targetGroup = ANY(p.target_groups))', {
        targetGroup: filter.targetGroup,
      });
    }
    if (filter.funderId) {
      query.andWhere('EXISTS (SELECT 1 FROM partners.project p WHERE p.id = offering.project_id AND p.funder_id = :funderId)', { funderId: filter.funderId });
    }
    return pageByName(query, page);
  },
  byId(manager: EntityManager, id: string) {
    return manager.findOneBy(ServiceOfferingEntity, { id });
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ServiceOfferingEntity, { id: In(ids) });
  },
  inProjects(manager: EntityManager, projectIds: string[]) {
    return manager.find(ServiceOfferingEntity, { where: { projectId: In(projectIds) }, order: { name: 'ASC', id: 'ASC' } });
  },
  ofOrganisations(manager: EntityManager, organisationIds: string[]) {
    return manager.find(ServiceOfferingEntity, { where: { organisationId: In(organisationIds) }, order: { name: 'ASC', id: 'ASC' } });
  },
};
