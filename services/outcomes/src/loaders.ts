import { loaderOfOne, type OrgScope } from '@polku/kit';
import { exitOutcomeStore } from './exits/exit-outcome.store.js';

/** Dataloaders of one request: each batches its keys into one scoped query. */
export function createOutcomesLoaders(db: OrgScope) {
  return {
    exitOutcomeById: loaderOfOne(db, exitOutcomeStore.byIds, (row) => row.id),
    exitOutcomeByEnrolmentId: loaderOfOne(db, exitOutcomeStore.ofEnrolments, (row) => row.enrolmentId),
  };
}
export type OutcomesLoaders = ReturnType<typeof createOutcomesLoaders>;
