import { hasRole, type EntryPointRules } from '@polku/kit';

const organisationStaff = hasRole('COACH', 'ORG_ADMIN');

export const outcomesRules: EntryPointRules = {
  Query: {
    exitOutcomes: organisationStaff,
  },
  Enrolment: {
    exitOutcome: organisationStaff,
  },
};
