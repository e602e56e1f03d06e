import { loaderOfMany, loaderOfOne, type OrgScope } from '@polku/kit';
import { clientStore } from './clients/client.store.js';
import { enrolmentStore } from './enrolments/enrolment.store.js';

/** Dataloaders of one request: each batches its keys into one scoped query. */
export function createJourneysLoaders(db: OrgScope) {
  return {
    clientById: loaderOfOne(db, clientStore.byIds, (row) => row.id),
    enrolmentById: loaderOfOne(db, enrolmentStore.byIds, (row) => row.id),
    enrolmentsByProjectId: loaderOfMany(db, enrolmentStore.inProjects, (row) => row.projectId),
  };
}
export type JourneysLoaders = ReturnType<typeof createJourneysLoaders>;
