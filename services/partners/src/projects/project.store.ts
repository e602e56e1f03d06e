import type { PageArgs } from '@polku/kit';
import { In, type EntityManager } from 'typeorm';
import type { ServiceType } from '../offerings/service-type.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { pageByName } from '../pagination.js';
import { ProjectEntity, ProjectPartnerEntity } from './project.entity.js';
import { PartnershipStatus, type ProjectStatus, type TargetGroup } from './project-enums.js';

export interface ProjectFilterValues {
  status?: ProjectStatus | null;
  targetGroup?: TargetGroup | null;
  funderId?: string | null;
  municipality?: string | null;
  serviceType?: ServiceType | null;
  organisationId?: string | null;
}

export const projectStore = {
  page(manager: EntityManager, filter: ProjectFilterValues, page: PageArgs) {
    const query = manager.createQueryBuilder(ProjectEntity, 'project');
    if (filter.status) query.andWhere('project.status = :status', { status: filter.status });
    if (filter.targetGroup) query.andWhere(':targetGroup = ANY(project.target_groups)', { targetGroup: filter.targetGroup });
    if (filter.funderId) query.andWhere('project.funder_id = :funderId', { funderId: filter.funderId });
    if (filter.municipality) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM partners.project_partner pp JOIN partners.organisation o ON o.id = pp.organisation_id
                 WHERE pp.project_id = project.id AND pp.status = 'ACCEPTED' AND lower(o.municipality) = lower(:municipality))`,
        { municipality: filter.municipality },
      );
    }
    if (filter.organisationId) {
      query.andWhere(`EXISTS (SELECT 1 FROM partners.project_partner pp WHERE pp.project_id = project.id AND pp.status = 'ACCEPTED' AND pp.organisation_id = :organisationId)`, {
        organisationId: filter.organisationId,
      });
    }
    if (filter.serviceType) {
      query.andWhere('EXISTS (SELECT 1 FROM partners.service_offering so WHERE so.project_id = project.id AND so.type = :serviceType)', {
        serviceType: filter.serviceType,
      });
    }
    return pageByName(query, page);
  },
  bySlug(manager: EntityManager, slug: string) {
    return manager.findOneBy(ProjectEntity, { slug });
  },
  byId(manager: EntityManager, id: string) {
    return manager.findOneBy(ProjectEntity, { id });
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ProjectEntity, { id: In(ids) });
  },
  /** Current partners (accepted, not left): the lead first, then implementers by name, the order a project's own documents use. */
  partnersOf(manager: EntityManager, projectIds: string[]) {
    return manager
      .createQueryBuilder(ProjectPartnerEntity, 'partner')
      .innerJoin(OrganisationEntity, 'organisation', 'organisation.id = partner.organisationId')
      .where('partner.projectId IN (:...projectIds)', { projectIds })
      .andWhere('partner.status = :accepted', { accepted: PartnershipStatus.ACCEPTED })
      .orderBy('partner.role', 'DESC')
      .addOrderBy('organisation.name', 'ASC')
      .getMany();
  },
  /** Every participation, invitations and past partners included, newest invitation first. */
  partnershipsOfProjects(manager: EntityManager, projectIds: string[]) {
    return manager.find(ProjectPartnerEntity, { where: { projectId: In(projectIds) }, order: { invitedAt: 'DESC', id: 'ASC' } });
  },
  partnershipsOfOrganisations(manager: EntityManager, organisationIds: string[]) {
    return manager.find(ProjectPartnerEntity, { where: { organisationId: In(organisationIds) }, order: { invitedAt: 'DESC', id: 'ASC' } });
  },
  partnershipsByIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ProjectPartnerEntity, { id: In(ids) });
  },
  partnershipById(manager: EntityManager, id: string) {
    return manager.findOneBy(ProjectPartnerEntity, { id });
  },
  /** How many organisations take part now, the lead included. */
  countCurrentPartners(manager: EntityManager, projectId: string) {
    return manager.countBy(ProjectPartnerEntity, { projectId, status: PartnershipStatus.ACCEPTED });
  },
};
