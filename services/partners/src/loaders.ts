import { loaderOfMany, loaderOfOne, type OrgScope } from '@polku/kit';
import { serviceOfferingStore } from './offerings/service-offering.store.js';
import { organisationStore } from './organisations/organisation.store.js';
import { projectStore } from './projects/project.store.js';

/** Dataloaders of one request: each batches its keys into one scoped query. */
export function createPartnersLoaders(db: OrgScope) {
  return {
    organisationById: loaderOfOne(db, organisationStore.byIds, (row) => row.id),
    projectById: loaderOfOne(db, projectStore.byIds, (row) => row.id),
    serviceOfferingById: loaderOfOne(db, serviceOfferingStore.byIds, (row) => row.id),
    serviceOfferingsByProjectId: loaderOfMany(db, serviceOfferingStore.inProjects, (row) => row.projectId!),
    partnersByProjectId: loaderOfMany(db, projectStore.partnersOf, (row) => row.projectId),
  };
}
export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;
