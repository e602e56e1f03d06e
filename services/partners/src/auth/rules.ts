import { isAuthenticated, type EntryPointRules } from '@polku/kit';

/** The partner directory holds no personal data: every authenticated caller may read it. */
export const partnersRules: EntryPointRules = {
  Query: {
    organisations: isAuthenticated,
    projects: isAuthenticated,
    project: isAuthenticated,
  },
};
