import { loaderOfMany, loaderOfOne, type OrgScope } from '@polku/kit';
import { funderStore } from './funders/funder.store.js';
import { serviceOfferingStore } from './offerings/service-offering.store.js';
import { organisationStore } from './organisations/organisation.store.js';
import { projectStore } from './projects/project.store.js';
import { staffStore } from './staff/staff.store.js';
import { unitStore } from './units/unit.store.js';

/** Dataloaders of one request: each batches its keys into one scoped query. */
export function createPartnersLoaders(db: OrgScope) {
  return {
    organisationById: loaderOfOne(db, organisationStore.byIds, (row) => row.id),
    projectById: loaderOfOne(db, projectStore.byIds, (row) => row.id),
    partnershipById: loaderOfOne(db, projectStore.partnershipsByIds, (row) => row.id),
    serviceOfferingById: loaderOfOne(db, serviceOfferingStore.byIds, (row) => row.id),
    unitById: loaderOfOne(db, unitStore.byIds, (row) => row.id),
    funderById: loaderOfOne(db, funderStore.byIds, (row) => row.id),
    programmeById: loaderOfOne(db, funderStore.programmesByIds, (row) => row.id),
    staffMemberById: loaderOfOne(db, staffStore.byIds, (row) => row.id),
    serviceOfferingsByProjectId: loaderOfMany(db, serviceOfferingStore.inProjects, (row) => row.projectId!),
    serviceOfferingsByOrganisationId: loaderOfMany(db, serviceOfferingStore.ofOrganisations, (row) => row.organisationId),
    partnersByProjectId: loaderOfMany(db, projectStore.partnersOf, (row) => row.projectId),
    partnershipsByProjectId: loaderOfMany(db, projectStore.partnershipsOfProjects, (row) => row.projectId),
    partnershipsByOrganisationId: loaderOfMany(db, projectStore.partnershipsOfOrganisations, (row) => row.organisationId),
    unitsByOrganisationId: loaderOfMany(db, unitStore.ofOrganisations, (row) => row.organisationId),
    programmesByFunderId: loaderOfMany(db, funderStore.programmesOf, (row) => row.funderId),
    staffByOrganisationId: loaderOfMany(db, staffStore.ofOrganisations, (row) => row.orgId),
    rolesByStaffMemberId: loaderOfMany(db, staffStore.rolesOf, (row) => row.staffMemberId),
  };
}
export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;
