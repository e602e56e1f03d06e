import { hasRole, type EntryPointRules } from '@polku/kit';

/** Client data is for the staff of the organisation serving the client (row level security picks the rows). */
const organisationStaff = hasRole('COACH', 'ORG_ADMIN');

export const journeysRules: EntryPointRules = {
  Query: {
    clients: organisationStaff,
  },
  Project: {
    enrolments: organisationStaff,
  },
};
