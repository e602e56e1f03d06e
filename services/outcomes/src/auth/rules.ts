import { deny, hasRole, isAuthenticated, or, rule, type Caller, type EntryPointRules } from '@polku/kit';

/** Staff of the organisation serving the client: row level security picks their organisation's rows. */
export const organisationStaff = hasRole('COACH', 'ORG_ADMIN');
export const isOrganisationStaff = (caller: Caller) => caller.roles.some((role) => role === 'COACH' || role === 'ORG_ADMIN');
/** A COORDINATOR or FUNDER whose token names the project. */
const isAppointedTo = (caller: Caller, projectId: string) =>
  caller.roles.some((role) => role === 'COORDINATOR' || role === 'FUNDER') && caller.projectIds.includes(projectId);

/**
 * Pooled figures only for a COORDINATOR or FUNDER appointed to the project
 * (the token's `projects` claim); own figures only for organisation staff.
 */
const metricsAccess = rule('metricsAccess', { cache: 'strict' })(
  (_parent, args: { projectId: string; view: string }, ctx: { caller: Caller }) =>
    args.view === 'POOLED' ? isAppointedTo(ctx.caller, args.projectId) : isOrganisationStaff(ctx.caller),
);

/** A project's settings: its organisations' staff, or a COORDINATOR or FUNDER appointed to it. */
const appointedToProject = rule('appointedToProject', { cache: 'strict' })((_parent, args: { projectId: string }, ctx: { caller: Caller }) =>
  isAppointedTo(ctx.caller, args.projectId),
);

/** A COORDINATOR whose token names the project. */
const coordinatorOfProject = rule('coordinatorOfProject', { cache: 'strict' })((_parent, args: { projectId: string }, ctx: { caller: Caller }) =>
  ctx.caller.roles.includes('COORDINATOR') && ctx.caller.projectIds.includes(args.projectId),
);

export const outcomesRules: EntryPointRules = {
  Query: {
    exitOutcomes: organisationStaff,
    exitCorrections: organisationStaff,
    overdueFollowUps: organisationStaff,
    instruments: isAuthenticated,
    projectOutcomeSettings: or(organisationStaff, appointedToProject),
    projectMetrics: metricsAccess,
    projectIndicatorsCsv: metricsAccess,
    statisticsReleases: appointedToProject,
    placements: organisationStaff,
    ownPlacementFigures: organisationStaff,
    badges: organisationStaff,
    badgeAwards: organisationStaff,
    qualificationUnits: organisationStaff,
    ownCompetenceFigures: organisationStaff,
    feedbackSurveys: or(organisationStaff, appointedToProject),
    // staff of a partner organisation (checked with partners in the resolver) or a COORDINATOR or FUNDER appointed to the project
    feedbackSurveyResults: or(organisationStaff, appointedToProject),
  },
  Mutation: {
    recordExit: organisationStaff,
    correctExit: organisationStaff,
    withdrawExit: organisationStaff,
    completeFollowUp: organisationStaff,
    recordParticipantEntry: organisationStaff,
    withdrawSpecialCategoryConsent: organisationStaff,
    recordAssessment: organisationStaff,
    configureProjectOutcomes: hasRole('ORG_ADMIN'),
    // a COORDINATOR appointed to the project; the resolver checks that its organisation leads it
    publishStatisticsRelease: coordinatorOfProject,
    recordPlacement: organisationStaff,
    updatePlacement: organisationStaff,
    withdrawPlacement: organisationStaff,
    recordMentoring: organisationStaff,
    // its own catalogue, or a project's when its organisation leads the project (checked in the resolver and by row level security)
    defineBadge: hasRole('ORG_ADMIN'),
    // its own organisation's, or a project's when its organisation leads the project (resolver and row level security)
    defineInstrument: hasRole('ORG_ADMIN'),
    defineFeedbackSurvey: hasRole('ORG_ADMIN'),
    // staff of a partner organisation of the survey's project (checked with partners in the resolver)
    submitFeedbackResponse: organisationStaff,
    awardBadge: organisationStaff,
    withdrawBadgeAward: organisationStaff,
    recordQualificationUnit: organisationStaff,
    withdrawQualificationUnit: organisationStaff,
  },
  // `__resolveReference` is how `_entities` reaches each entity: rows of a client only for organisation staff.
  ExitOutcome: { __resolveReference: organisationStaff },
  FollowUp: { __resolveReference: organisationStaff },
  Assessment: { __resolveReference: organisationStaff },
  // special-category data: only the organisation serving the client (row level security keeps it to its own rows)
  ParticipantEntry: { specialCategories: organisationStaff },
  Instrument: { __resolveReference: isAuthenticated },
  Placement: { __resolveReference: organisationStaff },
  // badge definitions hold no personal data (a directory, like instruments); awards and units are a client's
  Badge: { __resolveReference: organisationStaff },
  BadgeAward: { __resolveReference: organisationStaff },
  QualificationUnit: { __resolveReference: organisationStaff },
  // Referenced from here, never resolved here (`resolvable: false`).
  Project: { __resolveReference: deny },
  Organisation: { __resolveReference: deny },
  Unit: { __resolveReference: deny },
  StaffMember: { __resolveReference: deny },
  Enrolment: {
    __resolveReference: isAuthenticated,
    exitOutcome: organisationStaff,
    assessments: organisationStaff,
    distanceTravelled: organisationStaff,
    participantEntry: organisationStaff,
    placements: organisationStaff,
    badgeAwards: organisationStaff,
    qualificationUnits: organisationStaff,
  },
};
