import { hasRole, isAuthenticated, type EntryPointRules } from '@polku/kit';

/**
 * Client data and referrals are for the staff of the organisations involved:
 * row level security picks the rows (the owning organisation's, or a
 * referral's two parties'); these rules pick who may ask at all.
 */
const organisationStaff = hasRole('COACH', 'ORG_ADMIN');
/** Who answers for the organisation's handling of personal data: reads its audit log, never the data itself. */
const dataProtection = hasRole('ORG_ADMIN', 'DATA_PROTECTION_OFFICER');

export const journeysRules: EntryPointRules = {
  Query: {
    clients: organisationStaff,
    enrolment: organisationStaff,
    enrolments: organisationStaff,
    referral: organisationStaff,
    receivedReferrals: organisationStaff,
    sentReferrals: organisationStaff,
    personalDataAccessLog: dataProtection,
    clientAccessReport: dataProtection,
  },
  Mutation: {
    createClient: organisationStaff,
    recordClientIdentity: organisationStaff,
    recordConsent: organisationStaff,
    withdrawConsent: organisationStaff,
    enrolClient: organisationStaff,
    movePhase: organisationStaff,
    recordInitialAssessment: organisationStaff,
    setGoalStatus: organisationStaff,
    recordCoachingSession: organisationStaff,
    recordGroupActivity: organisationStaff,
    recordActivity: organisationStaff,
    writeReport: organisationStaff,
    createReferral: organisationStaff,
    sendReferral: organisationStaff,
    acceptReferral: organisationStaff,
    declineReferral: organisationStaff,
    withdrawReferral: organisationStaff,
    completeReferral: organisationStaff,
    openEnrolmentFromReferral: organisationStaff,
  },
  // Personal and special-category data, and a client's path: never for coordinators, funders,
  // platform admins or data protection officers (who reach a Client through the audit log and
  // see its id and code only). `__resolveReference` is how `_entities` reaches each entity.
  Client: {
    __resolveReference: organisationStaff,
    personal: organisationStaff,
    background: organisationStaff,
    enrolments: organisationStaff,
    consents: organisationStaff,
  },
  Enrolment: {
    __resolveReference: organisationStaff,
    client: organisationStaff,
    initialAssessment: organisationStaff,
    goals: organisationStaff,
    coachingSessions: organisationStaff,
    groupActivities: organisationStaff,
    activities: organisationStaff,
    reports: organisationStaff,
    referrals: organisationStaff,
    latestReferral: organisationStaff,
    openedFromReferral: organisationStaff,
    alsoAtAnotherPartner: organisationStaff,
  },
  InitialAssessment: { summary: organisationStaff },
  CoachingSession: { notes: organisationStaff },
  Report: { summary: organisationStaff },
  Referral: {
    __resolveReference: organisationStaff,
    sharedClient: organisationStaff,
    // Free text about the client's case.
    declineReason: organisationStaff,
    events: organisationStaff,
    fromEnrolment: organisationStaff,
    receiverEnrolment: organisationStaff,
  },
  // Other subgraphs' entities: this subgraph adds fields to them, each guarded on its own.
  Project: { __resolveReference: isAuthenticated, enrolments: organisationStaff },
  Organisation: { __resolveReference: isAuthenticated },
  ServiceOffering: { __resolveReference: isAuthenticated },
};
