import { hasRole, type EntryPointRules } from '@polku/kit';

/** Importing is the organisation's administrators' job: an import writes many clients' data at once. */
const importer = hasRole('ORG_ADMIN');

export const importRules: EntryPointRules = {
  Query: { importedJourneyRecords: importer },
  Mutation: { importClients: importer, importEnrolments: importer, importCoachingSessions: importer },
};
