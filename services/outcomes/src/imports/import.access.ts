import { hasRole, type EntryPointRules } from '@polku/kit';

/** Importing is the organisation's administrators' job: an import writes many clients' records at once. */
const importer = hasRole('ORG_ADMIN');

export const importRules: EntryPointRules = {
  Query: { importedOutcomeRecords: importer },
  Mutation: { importExits: importer, importFollowUps: importer },
};
