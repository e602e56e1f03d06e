import { hasRole, type EntryPointRules } from '@polku/kit';

/** Who answers for a client's rights in the organisation: its ORG_ADMIN or DATA_PROTECTION_OFFICER. */
const clientRightsOfficer = hasRole('ORG_ADMIN', 'DATA_PROTECTION_OFFICER');

export const clientRightsRules: EntryPointRules = {
  Query: { clientOutcomeRecords: clientRightsOfficer, outcomeRecordReaders: clientRightsOfficer, enrolmentExitDays: clientRightsOfficer },
  Mutation: { eraseClientOutcomes: clientRightsOfficer },
};
