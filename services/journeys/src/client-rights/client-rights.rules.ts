import { hasRole, type EntryPointRules } from '@polku/kit';

/** Who answers for a client's rights in the organisation: its ORG_ADMIN or DATA_PROTECTION_OFFICER, never a coach, coordinator or funder. */
const clientRightsOfficer = hasRole('ORG_ADMIN', 'DATA_PROTECTION_OFFICER');

export const clientRightsRules: EntryPointRules = {
  Query: { exportClientData: clientRightsOfficer, clientErasures: clientRightsOfficer, retentionPolicy: clientRightsOfficer, retentionDueClients: clientRightsOfficer },
  Mutation: { eraseClient: clientRightsOfficer, setRetentionPolicy: hasRole('ORG_ADMIN') },
};
