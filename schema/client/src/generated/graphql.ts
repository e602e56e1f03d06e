/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why a client's personal data was read. */
export type AccessPurpose =
  /** Data subject's request: a copy of the data */
  | 'DATA_SUBJECT_REQUEST'
  /** Work with the organisation's own client */
  | 'OWN_CLIENT_WORK'
  /** Referral: data shared under consent */
  | 'REFERRAL';

/** A kind of activity on a path. */
export type ActivityKind =
  /** Competence badge earned */
  | 'COMPETENCE_BADGE_EARNED'
  /** Qualification unit passed */
  | 'QUALIFICATION_UNIT_PASSED'
  /** Training completed */
  | 'TRAINING_COMPLETED'
  /** Work trial */
  | 'WORK_TRIAL';

/** A badge to award on an enrolment of the caller's organisation. */
export type AwardBadgeInput = {
  /** The day: inside the project's period, not before the enrolment started, not in the future. */
  awardedOn: string;
  /** A badge of the caller's organisation's catalogue or of the enrolment's project's. */
  badgeId: string | number;
  /** The enrolment. */
  enrolmentId: string | number;
  /** A note of the evidence (at most 1000 characters). No health or other special-category data. */
  evidence?: string | null | undefined;
};

/** A kind of client data a consent may cover. */
export type DataCategory =
  /** Birth year */
  | 'BIRTH_YEAR'
  /** Contact details */
  | 'CONTACT'
  /** Education */
  | 'EDUCATION'
  /** Languages */
  | 'LANGUAGES'
  /** Municipality */
  | 'MUNICIPALITY'
  /** Name */
  | 'NAME'
  /** Obstacles to employment */
  | 'OBSTACLES';

/** A badge for the caller's organisation's catalogue or, by the lead organisation's ORG_ADMIN, for a project's. */
export type DefineBadgeInput = {
  /** Short stable code: letters, digits, _ and -, 1–40 characters; unique in its catalogue. */
  code: string;
  /** What earning it takes (each at most 2000 characters). */
  criteria: LocalisedTextInput;
  /** Who issues it (1–200 characters). */
  issuerName: string;
  /** The name (each at most 120 characters). */
  name: LocalisedTextInput;
  /** The project whose catalogue it goes in (the caller's organisation must lead it); null: the organisation's own catalogue. */
  projectId?: string | number | null | undefined;
};

/** A soft-outcome instrument for the caller's organisation or, by the lead organisation, for a project. */
export type DefineInstrumentInput = {
  /** Code, unique on the platform (pooled CSV rows are keyed by it): lowercase letters, digits and -, 1–40 characters. */
  code: string;
  /** One to twenty items, in order. */
  items: Array<InstrumentItemInput>;
  /** The name (each at most 120 characters). */
  name: LocalisedTextInput;
  /** The project it is for (the caller's organisation must lead it); null: the organisation's own. */
  projectId?: string | number | null | undefined;
  /** Every item is scored 1..scaleMax (2 to 10). */
  scaleMax: number;
};

/** Highest completed education of a client. */
export type EducationLevel =
  /** Basic education */
  | 'BASIC_EDUCATION'
  /** General upper secondary */
  | 'GENERAL_UPPER_SECONDARY'
  /** Higher education */
  | 'HIGHER_EDUCATION'
  /** No basic education */
  | 'NO_BASIC_EDUCATION'
  /** Vocational qualification */
  | 'VOCATIONAL_QUALIFICATION';

/** Who employs or educates the client after exit. */
export type EmployerSector =
  /** A company (yksityinen sektori). */
  | 'PRIVATE'
  /** The state, a municipality or a wellbeing services county (julkinen sektori). */
  | 'PUBLIC'
  /** An association, foundation or cooperative (kolmas sektori). */
  | 'THIRD_SECTOR';

/** An ESF+ common output indicator for participants (EECO01..EECO17). */
export type EsfOutputIndicator =
  /** EECO07: Young people between 18 and 29 years of age. */
  | 'AGED_18_TO_29'
  /** EECO08: Participants 55 years of age and above. */
  | 'AGED_55_AND_ABOVE'
  /** EECO06: Children below 18 years of age. */
  | 'BELOW_18'
  /** EECO05: Employed, including self-employed. */
  | 'EMPLOYED_INCLUDING_SELF_EMPLOYED'
  /** EECO14: Participants with a foreign background. */
  | 'FOREIGN_BACKGROUND'
  /** EECO16: Homeless or affected by housing exclusion. */
  | 'HOMELESS_OR_HOUSING_EXCLUSION'
  /** EECO04: Inactive. */
  | 'INACTIVE'
  /** EECO09: Participants with ISCED 0 to 2. */
  | 'ISCED_0_2'
  /** EECO10: Participants with ISCED 3 to 4. */
  | 'ISCED_3_4'
  /** EECO11: Participants with ISCED 5 to 8. */
  | 'ISCED_5_8'
  /** EECO03: Long-term unemployed. */
  | 'LONG_TERM_UNEMPLOYED'
  /** EECO15: Minorities (including marginalised communities such as Roma). */
  | 'MINORITIES'
  /** EECO01: Total number of participants. */
  | 'PARTICIPANTS'
  /** EECO17: Participants from rural areas. */
  | 'RURAL_AREAS'
  /** EECO13: Third-country nationals. */
  | 'THIRD_COUNTRY_NATIONALS'
  /** EECO02: Unemployed, including long-term unemployed. */
  | 'UNEMPLOYED_INCLUDING_LONG_TERM'
  /** EECO12: Participants with disabilities. */
  | 'WITH_DISABILITIES';

/** What a correction did to an exit. */
export type ExitCorrectionKind =
  /** Changed the exit (date, destinations, qualification, title or sector). */
  | 'CORRECTED'
  /** Erased the client's free text (the job title or field of study, earlier reasons) when the client's personal data was erased; the figures stay. */
  | 'ERASED'
  /** Removed an exit recorded by mistake, with its follow-ups. */
  | 'WITHDRAWN';

/** Where a client went when their path in the project ended. */
export type ExitDestination =
  /** Employed in the open labour market (avoimet työmarkkinat). */
  | 'EMPLOYED_OPEN_MARKET'
  /** A further path in the organisation, funded otherwise, studying for a competence-based qualification (näyttötutkinto). */
  | 'FURTHER_PATH_IN_ORGANISATION'
  /** Higher education. */
  | 'HIGHER_EDUCATION'
  /** Kela vocational rehabilitation. */
  | 'KELA_VOCATIONAL_REHABILITATION'
  /** A language course. */
  | 'LANGUAGE_COURSE'
  /** Another destination. */
  | 'OTHER'
  /** Out of the labour force. */
  | 'OUT_OF_LABOUR_FORCE'
  /** Pay-subsidy work (palkkatukityö) with an open-market employer. */
  | 'PAY_SUBSIDY_OPEN_MARKET'
  /** Pay-subsidy work in the third sector. */
  | 'PAY_SUBSIDY_THIRD_SECTOR'
  /** Rehabilitative work activity (kuntouttava työtoiminta). */
  | 'REHABILITATIVE_WORK_ACTIVITY'
  /** Searching for a place of study and a job in another town. */
  | 'SEARCH_IN_ANOTHER_TOWN'
  /** Self-employed or started a business. */
  | 'SELF_EMPLOYED'
  /** Unemployed jobseeker. */
  | 'UNEMPLOYED'
  /** Not known. */
  | 'UNKNOWN'
  /** Vocational education (ammatillinen koulutus). */
  | 'VOCATIONAL_EDUCATION'
  /** A work trial (työkokeilu), possibly leading to employment. */
  | 'WORK_TRIAL';

/** Where a follow-up stands. */
export type FollowUpStatus =
  /** Done: the client's situation was found and recorded. */
  | 'COMPLETED'
  /** Past its due date and not yet done. */
  | 'OVERDUE'
  /** Due today or later, not yet done. */
  | 'SCHEDULED';

/** Gender as the ESF+ indicators are broken down (female, male, non-binary). */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Non-binary. */
  | 'NON_BINARY';

/** Where a goal of "My goals" stands. */
export type GoalStatus =
  /** Achieved */
  | 'ACHIEVED'
  /** Dropped */
  | 'DROPPED'
  /** In progress */
  | 'IN_PROGRESS'
  /** Open */
  | 'OPEN';

/** One item of an instrument to define. */
export type InstrumentItemInput = {
  /** Anchors: at least the lowest (1) and the highest (scaleMax) score, each score once. */
  anchors: Array<ScaleAnchorInput>;
  /** Short code, unique in the instrument: lowercase letters, digits and -, 1–40 characters. */
  code: string;
  /** The item's name (each at most 200 characters). */
  label: LocalisedTextInput;
};

/** Highest education completed at entry (ISCED 2011). */
export type IscedLevel =
  /** At most lower secondary (peruskoulu). */
  | 'ISCED_0_2'
  /** Upper secondary or post-secondary non-tertiary (lukio, ammatillinen tutkinto). */
  | 'ISCED_3_4'
  /** Tertiary (korkeakoulu). */
  | 'ISCED_5_8';

/** Labour-market status at entry (ESF+ common output indicators). */
export type LabourMarketStatus =
  /** Employed, including self-employed (e.g. in pay-subsidy work when entering). */
  | 'EMPLOYED'
  /** Not in the labour force: neither employed nor seeking work (e.g. on rehabilitation, caring, studying). */
  | 'INACTIVE'
  /** Unemployed 12 months or more (6 months or more under 25). */
  | 'LONG_TERM_UNEMPLOYED'
  /** Registered unemployed jobseeker, unemployed less than 12 months (25 and over) or 6 months (under 25). */
  | 'UNEMPLOYED';

/** A language for labels. */
export type Locale =
  /** English. */
  | 'EN'
  /** Finnish (suomi). */
  | 'FI'
  /** Swedish (svenska). */
  | 'SV';

/** A text in Finnish, Swedish and English (each 1 to the field's limit of characters). */
export type LocalisedTextInput = {
  /** English. */
  en: string;
  /** Finnish. */
  fi: string;
  /** Swedish. */
  sv: string;
};

/** Length of the time-series buckets. */
export type MetricsGranularity =
  /** Calendar months. */
  | 'MONTH'
  /** Calendar quarters. */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** Whose figures: the caller organisation's own, or the whole project's pooled and suppressed. */
export type MetricsView =
  /** The caller's organisation's figures in the project, unsuppressed (COACH, ORG_ADMIN). Any period. */
  | 'OWN_ORGANISATION'
  /** Every partner's figures pooled, with small counts suppressed (COORDINATOR or FUNDER of the project). One calendar year at a time, so that periods cannot be differenced. */
  | 'POOLED';

/** An obstacle to employment recorded for a client. */
export type Obstacle =
  /** Age discrimination */
  | 'AGE_DISCRIMINATION'
  /** Criminal record */
  | 'CRIMINAL_RECORD'
  /** Debt */
  | 'DEBT'
  /** Health limitations */
  | 'HEALTH_LIMITATIONS'
  /** Homelessness or housing problems */
  | 'HOUSING'
  /** Mental health */
  | 'MENTAL_HEALTH'
  /** No formal certificate */
  | 'NO_FORMAL_CERTIFICATE'
  /** Substance use */
  | 'SUBSTANCE_USE'
  /** Weak digital skills */
  | 'WEAK_DIGITAL_SKILLS';

/** An organisation's part in a joint project. */
export type PartnerRole =
  /** Implementer */
  | 'IMPLEMENTER'
  /** Lead */
  | 'LEAD';

/** Which entries of the access log to list; every condition given must hold. */
export type PersonalDataAccessFilter = {
  /** Only reads by staff of this organisation. */
  actorOrganisationId?: string | number | null | undefined;
  /** Only reads by this token subject. */
  actorSubject?: string | null | undefined;
  /** Only reads of this client's data. */
  clientId?: string | number | null | undefined;
  /** Read on or after this day (Finnish time). */
  from?: string | null | undefined;
  /** Read on or before this day (Finnish time). */
  to?: string | null | undefined;
};

/** A phase of a client's path. */
export type Phase =
  /** Assessment */
  | 'ASSESSMENT'
  /** Coaching */
  | 'COACHING'
  /** Exited */
  | 'EXITED'
  /** Intake */
  | 'INTAKE'
  /** Transition */
  | 'TRANSITION';

/** A contact at the workplace: give a staff member of your organisation or a name, not both. */
export type PlacementContactInput = {
  /** A name (1–120 characters), for someone without a staff record here. Only the name: no contact details. */
  name?: string | null | undefined;
  /** A staff member of the caller's organisation. */
  staffMemberId?: string | number | null | undefined;
};

/** Who pays for a placement. */
export type PlacementFunding =
  /** ESF+ */
  | 'ESF_PLUS'
  /** Municipality */
  | 'MUNICIPALITY'
  /** The organisation's own funds */
  | 'ORGANISATION'
  /** Other */
  | 'OTHER'
  /** Pay subsidy */
  | 'PAY_SUBSIDY'
  /** STEA grant (e.g. Paikka auki) */
  | 'STEA'
  /** Unemployment benefit (work trial) */
  | 'UNEMPLOYMENT_BENEFIT';

/** What kind of placement a client is in. */
export type PlacementKind =
  /** Employment within the organisation (e.g. Paikka auki) */
  | 'EMPLOYMENT_WITHIN_ORGANISATION'
  /** Pay-subsidy work in the open labour market */
  | 'PAY_SUBSIDY_OPEN_MARKET'
  /** Pay-subsidy work in the third sector */
  | 'PAY_SUBSIDY_THIRD_SECTOR'
  /** Rehabilitative work activity */
  | 'REHABILITATIVE_WORK_ACTIVITY'
  /** Work trial */
  | 'WORK_TRIAL';

/** Where a project is in its life. */
export type ProjectStatus =
  /** Active */
  | 'ACTIVE'
  /** Closed */
  | 'CLOSED'
  /** Planned */
  | 'PLANNED';

/** A coaching session; the caller is recorded as the coach. */
export type RecordCoachingSessionInput = {
  /** The enrolment. */
  enrolmentId: string | number;
  /** The day of the session. */
  heldOn: string;
  /** Makes a retried request return the first result instead of creating a duplicate (unique per organisation). */
  idempotencyKey?: string | null | undefined;
  /** Individual or group coaching. */
  kind: SessionKind;
  /** Length in minutes (1 to 600). */
  minutes: number;
  /** The coach's notes. */
  notes?: string | null | undefined;
};

/** An exit to record for an enrolment of the caller's organisation. */
export type RecordExitInput = {
  /** Where the client went: the primary destination (decides the quality path and the ESF+ indicator). */
  destination: ExitDestination;
  /** The enrolment that ends (owned by the journeys service). */
  enrolmentId: string | number;
  /** The day the client exited: inside the project's period, not before the enrolment started, not in the future (Finnish time). */
  exitDate: string;
  /** Further destinations at the same time (at most 4, each once, not the primary one), e.g. WORK_TRIAL beside FURTHER_PATH_IN_ORGANISATION. */
  furtherDestinations?: Array<ExitDestination> | null | undefined;
  /** Whether a qualification or qualification unit was gained. */
  qualificationGained?: boolean | null | undefined;
  /** Sector of the employer or place of study. */
  sector?: EmployerSector | null | undefined;
  /** Job title or field of study (at most 200 characters). */
  title?: string | null | undefined;
};

/** Mentoring hours of one month of a placement; logging a month again replaces its hours. */
export type RecordMentoringInput = {
  /** Hours, 0 to 200, in steps of 0.1. */
  hours: number;
  /** Any day of the month; the month must overlap the placement and not be in the future. */
  month: string;
  /** The placement (the caller's organisation's). */
  placementId: string | number;
};

/** A participant's situation at entry, for an enrolment of the caller's organisation. */
export type RecordParticipantEntryInput = {
  /** Year of birth: 1900 to the year the enrolment started. */
  birthYear: number;
  /** Highest education completed at entry. */
  education: IscedLevel;
  /** The enrolment (owned by journeys); its project, organisation and start day come from there. */
  enrolmentId: string | number;
  /** Born abroad, or both parents born abroad. */
  foreignBackground?: boolean | null | undefined;
  /** Gender. */
  gender: Gender;
  /** Homeless or affected by housing exclusion. */
  homeless?: boolean | null | undefined;
  /** Labour-market status at entry. */
  labourMarketStatus: LabourMarketStatus;
  /** Lives in a rural area. */
  ruralArea?: boolean | null | undefined;
  /** Disability and minority, only with explicit consent; omit otherwise. */
  specialCategories?: SpecialCategoryInput | null | undefined;
  /** Not a citizen of an EU member state. */
  thirdCountryNational?: boolean | null | undefined;
};

/** A placement to record for an enrolment of the caller's organisation. */
export type RecordPlacementInput = {
  /** External employer: a Finnish business ID with a valid check digit, e.g. "0112038-9". */
  employerBusinessId?: string | null | undefined;
  /** External employer's name (1–200 characters); only with employerBusinessId. */
  employerName?: string | null | undefined;
  /** Employer inside the organisation: a unit of the caller's organisation. Give this or employerBusinessId. */
  employerUnitId?: string | number | null | undefined;
  /** Last day, if known: not before startsOn, inside the project's period. */
  endsOn?: string | null | undefined;
  /** The enrolment (owned by the journeys service). */
  enrolmentId: string | number;
  /** Who pays for it. */
  funding: PlacementFunding;
  /** Agreed hours per week: more than 0, at most 40. */
  hoursPerWeek: number;
  /** What kind of placement. */
  kind: PlacementKind;
  /** The programme, e.g. "Paikka auki II" (1–80 characters). */
  programme?: string | null | undefined;
  /** First day: inside the project's period, not before the enrolment started. */
  startsOn: string;
  /** The supervisor. */
  supervisor?: PlacementContactInput | null | undefined;
  /** The workplace instructor. */
  workplaceInstructor?: PlacementContactInput | null | undefined;
};

/** A qualification unit passed, to record on an enrolment of the caller's organisation. */
export type RecordQualificationUnitInput = {
  /** The enrolment. */
  enrolmentId: string | number;
  /** The day passed: inside the project's period, not before the enrolment started, not in the future. */
  passedOn: string;
  /** The qualification's code: six digits, e.g. "351407". */
  qualificationCode: string;
  /** The qualification's name (at most 200 characters). */
  qualificationName?: string | null | undefined;
  /** The unit's code: 1–9 digits (ePerusteet), e.g. "106727". */
  unitCode: string;
  /** The unit's name (at most 200 characters). */
  unitName?: string | null | undefined;
};

/** Which referrals of an inbox to list. */
export type ReferralFilter = {
  /** Created on or after this day (Finnish time). */
  createdFrom?: string | null | undefined;
  /** Created on or before this day (Finnish time). */
  createdTo?: string | null | undefined;
  /** Only this project. */
  projectId?: string | number | null | undefined;
  /** Only this service offering. */
  serviceOfferingId?: string | number | null | undefined;
  /** Only these statuses. */
  statuses?: Array<ReferralStatus> | null | undefined;
};

/** Where a referral stands. */
export type ReferralStatus =
  /** Accepted */
  | 'ACCEPTED'
  /** Completed */
  | 'COMPLETED'
  /** Declined */
  | 'DECLINED'
  /** Draft */
  | 'DRAFT'
  /** Expired */
  | 'EXPIRED'
  /** Sent */
  | 'SENT'
  /** Started */
  | 'STARTED'
  /** Withdrawn */
  | 'WITHDRAWN';

/** Why a statistics release was made. */
export type ReleaseReason =
  /** Asked for by a coordinator of the project's lead organisation (e.g. a revision after late data). */
  | 'ON_DEMAND'
  /** The default schedule: the first release of a closed year, made by the outcomes service. */
  | 'SCHEDULE';

/** One of the three reports of a path. */
export type ReportKind =
  /** End report */
  | 'END'
  /** Mid report */
  | 'MID'
  /** Start report */
  | 'START';

/** A labelled point of the scale. */
export type ScaleAnchorInput = {
  /** What the score means (each at most 200 characters). */
  label: LocalisedTextInput;
  /** The score, 1..scaleMax. */
  score: number;
};

/** A kind of service a partner offers. */
export type ServiceType =
  /** Digital peer training */
  | 'DIGITAL_PEER_TRAINING'
  /** Expert lecture */
  | 'EXPERT_LECTURE'
  /** Group coaching */
  | 'GROUP_COACHING'
  /** Health and work-ability assessment */
  | 'HEALTH_AND_WORK_ABILITY_ASSESSMENT'
  /** Individual coaching */
  | 'INDIVIDUAL_COACHING'
  /** Kela vocational rehabilitation */
  | 'KELA_VOCATIONAL_REHABILITATION'
  /** Pay-subsidy work */
  | 'PAY_SUBSIDY_WORK'
  /** Rehabilitative work activity */
  | 'REHABILITATIVE_WORK_ACTIVITY'
  /** Social guidance */
  | 'SOCIAL_GUIDANCE'
  /** Training */
  | 'TRAINING'
  /** Work trial */
  | 'WORK_TRIAL';

/** Whether a coaching session was one to one or in a group. */
export type SessionKind =
  /** Group coaching */
  | 'GROUP'
  /** Individual coaching */
  | 'INDIVIDUAL';

/** Special-category data to record with the client's explicit consent. */
export type SpecialCategoryInput = {
  /** The client declares a disability. */
  disability: boolean;
  /** Must be true: the client gave explicit consent (GDPR art. 9(2)(a)) to record these for the project's reporting. */
  explicitConsent: boolean;
  /** The client declares belonging to a minority (including Roma). */
  minority: boolean;
};

/** What a staff member may do on the platform; tokens carry these roles. */
export type StaffRole =
  /** Coach */
  | 'COACH'
  /** Project coordinator */
  | 'COORDINATOR'
  /** Data protection officer */
  | 'DATA_PROTECTION_OFFICER'
  /** Funder */
  | 'FUNDER'
  /** Organisation administrator */
  | 'ORG_ADMIN'
  /** Platform administrator */
  | 'PLATFORM_ADMIN';

/** What a project's target measures; shares are percentages of exited clients. */
export type TargetMetric =
  /** Clients served (count) */
  | 'CLIENTS_SERVED'
  /** Education share (%) */
  | 'EDUCATION_SHARE'
  /** Employed share (%) */
  | 'EMPLOYMENT_SHARE'
  /** Entries (count) */
  | 'ENTRIES'
  /** Exits (count) */
  | 'EXITS'
  /** Quality continuation paths (count) */
  | 'QUALITY_PATHS'
  /** Quality continuation path share (%) */
  | 'QUALITY_PATH_SHARE'
  /** Unique participants (count) */
  | 'UNIQUE_PARTICIPANTS';

export type AcceptReferralMutationVariables = Exact<{
  referralId: string | number;
  locale?: Locale | null | undefined;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus, statusLabel: string } };

export type AccessLogQueryVariables = Exact<{
  filter?: PersonalDataAccessFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type AccessLogQuery = { personalDataAccessLog: { nodes: Array<{ id: string, actorSubject: string, purpose: AccessPurpose, purposeLabel: string, fields: Array<string>, operationName: string | null, accessedAt: string, client: { id: string, code: string } | null, actorOrganisation: { name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AppMeQueryVariables = Exact<{
  locale?: Locale | null | undefined;
}>;


export type AppMeQuery = { me: { subject: string, roles: Array<StaffRole>, roleLabels: Array<string>, organisation: { id: string, slug: string, name: string }, projects: Array<{ id: string, slug: string, name: string, startsOn: string | null, endsOn: string | null }>, staffMember: { name: string, titleLabel: string } | null } };

export type AwardBadgeMutationVariables = Exact<{
  input: AwardBadgeInput;
  locale?: Locale | null | undefined;
}>;


export type AwardBadgeMutation = { awardBadge: { id: string, awardedOn: string, openBadgeCredential: Record<string, unknown>, badge: { code: string, name: string } } };

export type BadgesQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
}>;


export type BadgesQuery = { badges: Array<{ id: string, code: string, name: string, criteria: string, issuerName: string, project: { id: string, name: string } | null }> };

export type ClientAccessReportQueryVariables = Exact<{
  clientId: string | number;
  locale?: Locale | null | undefined;
}>;


export type ClientAccessReportQuery = { clientAccessReport: { client: { id: string, code: string, organisation: { name: string } }, readers: Array<{ actorSubject: string, purpose: AccessPurpose, purposeLabel: string, reads: number, fields: Array<string>, firstReadAt: string, lastReadAt: string, actorOrganisation: { name: string } }>, recipients: Array<{ dataCategories: Array<DataCategory>, sharedAt: string, consentWithdrawnAt: string | null, consentExpiresAt: string | null, organisation: { name: string } }> } | null };

export type ClientCompetencesQueryVariables = Exact<{
  id: string | number;
  locale?: Locale | null | undefined;
}>;


export type ClientCompetencesQuery = { enrolment: { id: string, client: { code: string }, placements: Array<{ id: string, kind: PlacementKind, kindLabel: string, startsOn: string, endsOn: string | null, mentoring: Array<{ month: string, hours: number, withinNorm: boolean | null }> }>, badgeAwards: Array<{ id: string, awardedOn: string, openBadgeCredential: Record<string, unknown>, badge: { code: string, name: string } }>, qualificationUnits: Array<{ id: string, unitCode: string, unitName: string | null, qualificationCode: string, qualificationName: string | null, passedOn: string }> } | null };

export type ClientPathQueryVariables = Exact<{
  id: string | number;
  locale?: Locale | null | undefined;
}>;


export type ClientPathQuery = { enrolment: { id: string, startedOn: string, plannedEndOn: string | null, phase: Phase, phaseLabel: string, nextPhases: Array<Phase>, monthOnPath: number, expectedPhase: { phase: Phase, phaseLabel: string, focus: string } | null, client: { id: string, code: string }, project: { id: string, slug: string, name: string, pathTemplate: Array<{ fromMonth: number, toMonth: number, phase: Phase, phaseLabel: string, focus: string }> }, goals: Array<{ id: string, title: string, status: GoalStatus, statusLabel: string }>, coachingSessions: Array<{ id: string, kind: SessionKind, heldOn: string, minutes: number }>, activities: Array<{ id: string, kind: ActivityKind, kindLabel: string, title: string, completedOn: string }>, reports: Array<{ id: string, kind: ReportKind, writtenOn: string }>, referrals: Array<{ id: string, status: ReferralStatus, statusLabel: string, receiver: { name: string } }>, exitOutcome: { exitDate: string, destination: ExitDestination, destinationLabel: string, qualityPath: boolean } | null } | null };

export type ClientPathsQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type ClientPathsQuery = { enrolments: { nodes: Array<{ id: string, startedOn: string, plannedEndOn: string | null, phase: Phase, phaseLabel: string, monthOnPath: number, expectedPhase: { phase: Phase, focus: string } | null, client: { code: string }, project: { slug: string, name: string }, goals: Array<{ title: string, status: GoalStatus, statusLabel: string }>, coachingSessions: Array<{ kind: SessionKind, heldOn: string, minutes: number }>, activities: Array<{ kind: ActivityKind, kindLabel: string, title: string, completedOn: string }>, reports: Array<{ kind: ReportKind, writtenOn: string }>, latestReferral: { status: ReferralStatus, receiver: { name: string } } | null, exitOutcome: { destination: ExitDestination, exitDate: string, qualityPath: boolean } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeclineReferralMutationVariables = Exact<{
  referralId: string | number;
  reason: string;
  locale?: Locale | null | undefined;
}>;


export type DeclineReferralMutation = { declineReferral: { id: string, status: ReferralStatus, statusLabel: string } };

export type DefineBadgeMutationVariables = Exact<{
  input: DefineBadgeInput;
}>;


export type DefineBadgeMutation = { defineBadge: { id: string, code: string, names: { fi: string, sv: string, en: string } } };

export type DefineInstrumentMutationVariables = Exact<{
  input: DefineInstrumentInput;
}>;


export type DefineInstrumentMutation = { defineInstrument: { id: string, code: string, name: string, builtIn: boolean, project: { id: string } | null, items: Array<{ id: string, code: string, label: string, scaleMax: number, anchors: Array<{ score: number, label: string }> }> } };

export type ExitOutcomesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExitOutcomesQuery = { exitOutcomes: { nodes: Array<{ id: string, exitDate: string, destination: ExitDestination, furtherDestinations: Array<ExitDestination>, qualityPath: boolean, corrections: Array<{ kind: ExitCorrectionKind, reason: string, actorSubject: string, at: string }>, enrolment: { id: string, startedOn: string, client: { code: string }, project: { slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FeedbackSurveyResultsQueryVariables = Exact<{
  projectId: string | number;
  code: string;
}>;


export type FeedbackSurveyResultsQuery = { feedbackSurveyResults: { survey: { id: string, code: string, title: string, scaleMax: number, questions: Array<{ code: string, text: string }> }, periods: Array<{ month: string, responses: number | null, suppressed: boolean, questionMeans: Array<number> | null }> } };

export type IndicatorsCsvQueryVariables = Exact<{
  projectId: string | number;
  view: MetricsView;
  from: string;
  to: string;
}>;


export type IndicatorsCsvQuery = { projectIndicatorsCsv: string, statisticsReleases: Array<{ id: string, year: number, revision: number, publishedAt: string }> };

export type MovePhaseMutationVariables = Exact<{
  enrolmentId: string | number;
  to: Phase;
  locale?: Locale | null | undefined;
}>;


export type MovePhaseMutation = { movePhase: { id: string, phase: Phase, phaseLabel: string, nextPhases: Array<Phase> } };

export type MyClientsQueryVariables = Exact<{
  codePrefix?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyClientsQuery = { clients: { nodes: Array<{ id: string, code: string, organisation: { slug: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganisationStaffQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type OrganisationStaffQuery = { organisation: { id: string, name: string, staff: Array<{ id: string, subject: string, name: string, email: string | null, titleLabel: string, active: boolean, roles: Array<{ role: StaffRole, roleLabel: string, project: { name: string } | null }> }> } | null };

export type OverdueFollowUpsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OverdueFollowUpsQuery = { overdueFollowUps: { nodes: Array<{ id: string, after: string, dueOn: string, status: FollowUpStatus, exitOutcome: { exitDate: string, destinationLabel: string, enrolment: { id: string, client: { code: string }, project: { name: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OwnActivityFiguresQueryVariables = Exact<{
  projectId: string | number;
  year: number;
}>;


export type OwnActivityFiguresQuery = { projectOutcomeSettings: { project: { id: string }, mentoringNorm: { minHours: number, maxHours: number } | null }, ownPlacementFigures: Array<{ kind: PlacementKind, kindLabel: string, started: number, ended: number, placementMonths: number, mentoringHours: number, mentoringHoursPerPlacementMonth: number | null }>, ownCompetenceFigures: { badgesAwarded: number, qualificationUnitsPassed: number } };

export type ParticipantFiguresQueryVariables = Exact<{
  projectId: string | number;
  view: MetricsView;
  from: string;
  to: string;
  locale?: Locale | null | undefined;
}>;


export type ParticipantFiguresQuery = { projectMetrics: { view: MetricsView, from: string, to: string, release: { year: number, revision: number, publishedAt: string, participantFigures: boolean } | null, participants: { entries: { value: number | null, suppressed: boolean }, activeAtPeriodEnd: { value: number | null, suppressed: boolean }, uniqueParticipants: { value: number | null, suppressed: boolean } | null, outputIndicators: Array<{ indicator: EsfOutputIndicator, code: string, label: string, count: { value: number | null, suppressed: boolean }, share: { value: number | null, suppressed: boolean } }>, genders: Array<{ gender: Gender, entries: { value: number | null, suppressed: boolean } }>, partners: Array<{ organisation: { slug: string, name: string }, entries: { value: number | null, suppressed: boolean } }> } | null, activities: { placementsStarted: { value: number | null, suppressed: boolean }, placementsEnded: { value: number | null, suppressed: boolean }, placementsByKind: Array<{ kind: PlacementKind, started: { value: number | null, suppressed: boolean }, ended: { value: number | null, suppressed: boolean } }>, badgesAwarded: { value: number | null, suppressed: boolean }, qualificationUnitsPassed: { value: number | null, suppressed: boolean } } | null, targets: Array<{ metric: TargetMetric, minimum: number, reached: boolean | null, actual: { value: number | null, suppressed: boolean }, actualToDate: { value: number | null, suppressed: boolean } }>, project: { targets: Array<{ metric: TargetMetric, metricLabel: string }> } } };

export type PathsInPhaseQueryVariables = Exact<{
  phase: Phase;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type PathsInPhaseQuery = { enrolments: { nodes: Array<{ id: string, startedOn: string, phase: Phase, phaseLabel: string, monthOnPath: number, expectedPhase: { phase: Phase, phaseLabel: string } | null, client: { code: string }, project: { name: string }, goals: Array<{ status: GoalStatus }>, coachingSessions: Array<{ heldOn: string }>, latestReferral: { statusLabel: string, receiver: { name: string } } | null, exitOutcome: { exitDate: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlacementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type PlacementsQuery = { placements: { nodes: Array<{ id: string, kind: PlacementKind, kindLabel: string, programme: string | null, startsOn: string, endsOn: string | null, hoursPerWeek: number, funding: PlacementFunding, fundingLabel: string, employer: { businessId: string | null, name: string | null, unit: { id: string, name: string } | null } | null, supervisor: { name: string | null, staffMember: { id: string, name: string } | null } | null, workplaceInstructor: { name: string | null, staffMember: { id: string, name: string } | null } | null, mentoring: Array<{ month: string, hours: number, withinNorm: boolean | null }>, enrolment: { id: string, client: { code: string }, project: { slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PooledFiguresQueryVariables = Exact<{
  projectId: string | number;
  view: MetricsView;
  from: string;
  to: string;
  granularity: MetricsGranularity;
  locale?: Locale | null | undefined;
}>;


export type PooledFiguresQuery = { projectMetrics: { view: MetricsView, from: string, to: string, minimumCellSize: number, project: { id: string, slug: string, name: string, startsOn: string | null, endsOn: string | null, targets: Array<{ metric: TargetMetric, metricLabel: string, minimum: number }> }, release: { year: number, revision: number, publishedAt: string, reason: ReleaseReason } | null, exits: { value: number | null, suppressed: boolean }, qualityPath: { value: number | null, suppressed: boolean }, qualityPathRate: { value: number | null, suppressed: boolean }, qualificationGained: { value: number | null, suppressed: boolean }, destinations: Array<{ destination: ExitDestination, label: string, count: { value: number | null, suppressed: boolean }, share: { value: number | null, suppressed: boolean } }>, esfIndicators: Array<{ code: string, label: string, count: { value: number | null, suppressed: boolean }, share: { value: number | null, suppressed: boolean } }>, partners: Array<{ organisation: { slug: string, name: string }, exits: { value: number | null, suppressed: boolean }, qualityPath: { value: number | null, suppressed: boolean }, qualityPathRate: { value: number | null, suppressed: boolean } }>, softOutcomes: Array<{ instrument: { code: string, name: string }, enrolments: { value: number | null, suppressed: boolean }, averageChange: { value: number | null, suppressed: boolean } }>, followUps: { due: { value: number | null, suppressed: boolean }, completed: { value: number | null, suppressed: boolean }, completionRate: { value: number | null, suppressed: boolean }, employedAtSixMonths: { value: number | null, suppressed: boolean }, employmentRateAtSixMonths: { value: number | null, suppressed: boolean } }, timeSeries: Array<{ from: string, to: string, exits: { value: number | null, suppressed: boolean }, qualityPath: { value: number | null, suppressed: boolean }, qualityPathRate: { value: number | null, suppressed: boolean } }> } };

export type ProjectDirectoryQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type ProjectDirectoryQuery = { project: { id: string, slug: string, name: string, leadOrganisation: { slug: string, name: string }, partners: Array<{ role: PartnerRole, organisation: { id: string, slug: string, name: string } }>, serviceOfferings: Array<{ id: string, name: string, type: ServiceType, typeLabel: string, capacity: number | null, acceptsReferrals: boolean, organisation: { slug: string, name: string } }> } | null };

export type ProjectEnrolmentsQueryVariables = Exact<{
  slug: string;
}>;


export type ProjectEnrolmentsQuery = { project: { id: string, name: string, enrolments: Array<{ id: string, startedOn: string, client: { id: string, code: string }, exitOutcome: { exitDate: string, destination: ExitDestination, qualityPath: boolean } | null }> } | null };

export type ProjectMetricsQueryVariables = Exact<{
  projectId: string | number;
  view: MetricsView;
  from: string;
  to: string;
  granularity: MetricsGranularity;
}>;


export type ProjectMetricsQuery = { projectMetrics: { minimumCellSize: number, project: { slug: string, name: string }, exits: { value: number | null, suppressed: boolean }, qualityPath: { value: number | null, suppressed: boolean }, qualityPathRate: { value: number | null, suppressed: boolean }, destinations: Array<{ destination: ExitDestination, label: string, count: { value: number | null, suppressed: boolean }, primaryCount: { value: number | null, suppressed: boolean } }>, partners: Array<{ organisation: { slug: string, name: string }, exits: { value: number | null, suppressed: boolean }, qualityPathRate: { value: number | null, suppressed: boolean } }>, timeSeries: Array<{ from: string, to: string, exits: { value: number | null, suppressed: boolean }, qualityPath: { value: number | null, suppressed: boolean }, qualityPathRate: { value: number | null, suppressed: boolean } }> } };

export type ProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectsQuery = { projects: { nodes: Array<{ id: string, slug: string, name: string, status: ProjectStatus, leadOrganisation: { slug: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReceivedReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type ReceivedReferralsQuery = { receivedReferrals: { nodes: Array<{ id: string, status: ReferralStatus, statusLabel: string, sentAt: string | null, answerBy: string | null, declineReason: string | null, sender: { name: string }, project: { name: string }, serviceOffering: { name: string, typeLabel: string }, sharedClient: { dataCategories: Array<DataCategory>, fullName: string | null, birthYear: number | null, municipality: string | null, languages: Array<string> | null, contact: string | null, educationLevel: EducationLevel | null, obstacles: Array<Obstacle> | null, sharedAt: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordCoachingSessionMutationVariables = Exact<{
  input: RecordCoachingSessionInput;
}>;


export type RecordCoachingSessionMutation = { recordCoachingSession: { id: string, kind: SessionKind, heldOn: string, minutes: number } };

export type RecordExitMutationVariables = Exact<{
  input: RecordExitInput;
}>;


export type RecordExitMutation = { recordExit: { id: string, exitDate: string, destination: ExitDestination, destinationLabel: string, qualityPath: boolean } };

export type RecordMentoringMutationVariables = Exact<{
  input: RecordMentoringInput;
}>;


export type RecordMentoringMutation = { recordMentoring: { id: string, mentoring: Array<{ month: string, hours: number, withinNorm: boolean | null }> } };

export type RecordParticipantEntryMutationVariables = Exact<{
  input: RecordParticipantEntryInput;
}>;


export type RecordParticipantEntryMutation = { recordParticipantEntry: { id: string, enteredOn: string, gender: Gender, birthYear: number, labourMarketStatus: LabourMarketStatus, education: IscedLevel, specialCategories: { disability: boolean, minority: boolean, consentGivenOn: string } | null } };

export type RecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type RecordPlacementMutation = { recordPlacement: { id: string, kind: PlacementKind, startsOn: string, endsOn: string | null, employer: { businessId: string | null, name: string | null } | null } };

export type RecordQualificationUnitMutationVariables = Exact<{
  input: RecordQualificationUnitInput;
}>;


export type RecordQualificationUnitMutation = { recordQualificationUnit: { id: string, unitCode: string, unitName: string | null, qualificationCode: string, passedOn: string } };

export type ReferralInboxQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type ReferralInboxQuery = { receivedReferrals: { nodes: Array<{ id: string, status: ReferralStatus, statusLabel: string, sentAt: string | null, answerBy: string | null, sender: { slug: string, name: string }, project: { slug: string, name: string }, serviceOffering: { id: string, name: string, typeLabel: string }, sharedClient: { dataCategories: Array<DataCategory>, fullName: string | null, languages: Array<string> | null, sharedAt: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SentReferralsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type SentReferralsQuery = { sentReferrals: { nodes: Array<{ id: string, status: ReferralStatus, statusLabel: string, createdAt: string, sentAt: string | null, answerBy: string | null, declineReason: string | null, receiver: { name: string }, project: { name: string }, serviceOffering: { name: string }, events: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, actorSubject: string, reason: string | null, at: string, actorOrganisation: { name: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StatisticsReleasesQueryVariables = Exact<{
  projectId: string | number;
}>;


export type StatisticsReleasesQuery = { statisticsReleases: Array<{ id: string, year: number, revision: number, publishedAt: string, reason: ReleaseReason }> };

export type SubmitFeedbackResponseMutationVariables = Exact<{
  surveyId: string | number;
  answers: Array<number> | number;
}>;


export type SubmitFeedbackResponseMutation = { submitFeedbackResponse: boolean };

export type WithdrawSpecialCategoryConsentMutationVariables = Exact<{
  enrolmentId: string | number;
}>;


export type WithdrawSpecialCategoryConsentMutation = { withdrawSpecialCategoryConsent: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AcceptReferralDocument = new TypedDocumentString(`
    mutation AcceptReferral($referralId: ID!, $locale: Locale) {
  acceptReferral(referralId: $referralId) {
    id
    status
    statusLabel(locale: $locale)
  }
}
    `, {"hash":"sha256:7a11dad5a43b4e1936e842e61c30e5367b398b94d082e4b4025237e55b56a7a2"}) as unknown as TypedDocumentString<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const AccessLogDocument = new TypedDocumentString(`
    query AccessLog($filter: PersonalDataAccessFilter, $first: Int, $after: String, $locale: Locale) {
  personalDataAccessLog(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      client {
        id
        code
      }
      actorSubject
      actorOrganisation {
        name
      }
      purpose
      purposeLabel(locale: $locale)
      fields
      operationName
      accessedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:baedbf9f8ef6235a4341c32b670b1888e9ec17466c9e3467ff64ddf48be387fa"}) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const AppMeDocument = new TypedDocumentString(`
    query AppMe($locale: Locale) {
  me {
    subject
    roles
    roleLabels(locale: $locale)
    organisation {
      id
      slug
      name
    }
    projects {
      id
      slug
      name
      startsOn
      endsOn
    }
    staffMember {
      name
      titleLabel(locale: $locale)
    }
  }
}
    `, {"hash":"sha256:96c07a549e54775ae1e36543b0febd148921b1d0aa2c4d2818b0207044c18e35"}) as unknown as TypedDocumentString<AppMeQuery, AppMeQueryVariables>;
export const AwardBadgeDocument = new TypedDocumentString(`
    mutation AwardBadge($input: AwardBadgeInput!, $locale: Locale) {
  awardBadge(input: $input) {
    id
    awardedOn
    badge {
      code
      name
    }
    openBadgeCredential(locale: $locale)
  }
}
    `, {"hash":"sha256:ae4363a811e97dab1cd28b4e23225d599fd8938302286089f1596ac757860a0f"}) as unknown as TypedDocumentString<AwardBadgeMutation, AwardBadgeMutationVariables>;
export const BadgesDocument = new TypedDocumentString(`
    query Badges($projectId: ID) {
  badges(projectId: $projectId) {
    id
    code
    name
    criteria
    issuerName
    project {
      id
      name
    }
  }
}
    `, {"hash":"sha256:0f2e28c9958218ca6e44de31d7c65c33b94598f06961328127b77d3b1ed24c24"}) as unknown as TypedDocumentString<BadgesQuery, BadgesQueryVariables>;
export const ClientAccessReportDocument = new TypedDocumentString(`
    query ClientAccessReport($clientId: ID!, $locale: Locale) {
  clientAccessReport(clientId: $clientId) {
    client {
      id
      code
      organisation {
        name
      }
    }
    readers {
      actorSubject
      actorOrganisation {
        name
      }
      purpose
      purposeLabel(locale: $locale)
      reads
      fields
      firstReadAt
      lastReadAt
    }
    recipients {
      organisation {
        name
      }
      dataCategories
      sharedAt
      consentWithdrawnAt
      consentExpiresAt
    }
  }
}
    `, {"hash":"sha256:a101420b7fe1d832b5551fdc28196496ce556d07afe9977c826f35873b647db8"}) as unknown as TypedDocumentString<ClientAccessReportQuery, ClientAccessReportQueryVariables>;
export const ClientCompetencesDocument = new TypedDocumentString(`
    query ClientCompetences($id: ID!, $locale: Locale) {
  enrolment(id: $id) {
    id
    client {
      code
    }
    placements {
      id
      kind
      kindLabel(locale: $locale)
      startsOn
      endsOn
      mentoring {
        month
        hours
        withinNorm
      }
    }
    badgeAwards {
      id
      awardedOn
      badge {
        code
        name
      }
      openBadgeCredential(locale: $locale)
    }
    qualificationUnits {
      id
      unitCode
      unitName
      qualificationCode
      qualificationName
      passedOn
    }
  }
}
    `, {"hash":"sha256:d56ea2697dd180eb9297f2cac420e50fa14cf9f89858e129c979a336ed7e3faa"}) as unknown as TypedDocumentString<ClientCompetencesQuery, ClientCompetencesQueryVariables>;
export const ClientPathDocument = new TypedDocumentString(`
    query ClientPath($id: ID!, $locale: Locale) {
  enrolment(id: $id) {
    id
    startedOn
    plannedEndOn
    phase
    phaseLabel(locale: $locale)
    nextPhases
    monthOnPath
    expectedPhase {
      phase
      phaseLabel(locale: $locale)
      focus
    }
    client {
      id
      code
    }
    project {
      id
      slug
      name
      pathTemplate {
        fromMonth
        toMonth
        phase
        phaseLabel(locale: $locale)
        focus
      }
    }
    goals {
      id
      title
      status
      statusLabel(locale: $locale)
    }
    coachingSessions {
      id
      kind
      heldOn
      minutes
    }
    activities {
      id
      kind
      kindLabel(locale: $locale)
      title
      completedOn
    }
    reports {
      id
      kind
      writtenOn
    }
    referrals {
      id
      status
      statusLabel(locale: $locale)
      receiver {
        name
      }
    }
    exitOutcome {
      exitDate
      destination
      destinationLabel
      qualityPath
    }
  }
}
    `, {"hash":"sha256:9765efef252426ca655f4be07afe0dfac690c715fd4ae92a548f1d47ef50318f"}) as unknown as TypedDocumentString<ClientPathQuery, ClientPathQueryVariables>;
export const ClientPathsDocument = new TypedDocumentString(`
    query ClientPaths($projectId: ID, $first: Int, $after: String, $locale: Locale) {
  enrolments(projectId: $projectId, first: $first, after: $after) {
    nodes {
      id
      startedOn
      plannedEndOn
      phase
      phaseLabel(locale: $locale)
      monthOnPath
      expectedPhase {
        phase
        focus
      }
      client {
        code
      }
      project {
        slug
        name
      }
      goals {
        title
        status
        statusLabel(locale: $locale)
      }
      coachingSessions {
        kind
        heldOn
        minutes
      }
      activities {
        kind
        kindLabel(locale: $locale)
        title
        completedOn
      }
      reports {
        kind
        writtenOn
      }
      latestReferral {
        status
        receiver {
          name
        }
      }
      exitOutcome {
        destination
        exitDate
        qualityPath
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:6de6e49657c68d7e166fc0328a3dc48380c0ec564a9538d507edd39401c046dc"}) as unknown as TypedDocumentString<ClientPathsQuery, ClientPathsQueryVariables>;
export const DeclineReferralDocument = new TypedDocumentString(`
    mutation DeclineReferral($referralId: ID!, $reason: String!, $locale: Locale) {
  declineReferral(referralId: $referralId, reason: $reason) {
    id
    status
    statusLabel(locale: $locale)
  }
}
    `, {"hash":"sha256:0cfb2bbeff9e4447b27f7c59b7a2b8a0b5d4d86278b7cb237c5a75a8adda2f90"}) as unknown as TypedDocumentString<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const DefineBadgeDocument = new TypedDocumentString(`
    mutation DefineBadge($input: DefineBadgeInput!) {
  defineBadge(input: $input) {
    id
    code
    names {
      fi
      sv
      en
    }
  }
}
    `, {"hash":"sha256:552529c055f6a85f6751dad577a90fbd206eda656d54590755fa7ad608565b02"}) as unknown as TypedDocumentString<DefineBadgeMutation, DefineBadgeMutationVariables>;
export const DefineInstrumentDocument = new TypedDocumentString(`
    mutation DefineInstrument($input: DefineInstrumentInput!) {
  defineInstrument(input: $input) {
    id
    code
    name
    builtIn
    project {
      id
    }
    items {
      id
      code
      label
      scaleMax
      anchors {
        score
        label
      }
    }
  }
}
    `, {"hash":"sha256:326423f9984d5abc998b8fd796d54b308e05b2ec27794157c476c76a603ec694"}) as unknown as TypedDocumentString<DefineInstrumentMutation, DefineInstrumentMutationVariables>;
export const ExitOutcomesDocument = new TypedDocumentString(`
    query ExitOutcomes($first: Int, $after: String) {
  exitOutcomes(first: $first, after: $after) {
    nodes {
      id
      exitDate
      destination
      furtherDestinations
      qualityPath
      corrections {
        kind
        reason
        actorSubject
        at
      }
      enrolment {
        id
        startedOn
        client {
          code
        }
        project {
          slug
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:9a4e8324793cc797ff6da1b150e4ac60f7f7c06e93997b1ed3d0e4f2a3760b49"}) as unknown as TypedDocumentString<ExitOutcomesQuery, ExitOutcomesQueryVariables>;
export const FeedbackSurveyResultsDocument = new TypedDocumentString(`
    query FeedbackSurveyResults($projectId: ID!, $code: String!) {
  feedbackSurveyResults(projectId: $projectId, code: $code) {
    survey {
      id
      code
      title
      scaleMax
      questions {
        code
        text
      }
    }
    periods {
      month
      responses
      suppressed
      questionMeans
    }
  }
}
    `, {"hash":"sha256:c45e2257f008485a08c0bf4711f368d98e9e72c7e1db7e4a984cf5cbb3e33886"}) as unknown as TypedDocumentString<FeedbackSurveyResultsQuery, FeedbackSurveyResultsQueryVariables>;
export const IndicatorsCsvDocument = new TypedDocumentString(`
    query IndicatorsCsv($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!) {
  projectIndicatorsCsv(
    projectId: $projectId
    view: $view
    from: $from
    to: $to
    granularity: QUARTER
  )
  statisticsReleases(projectId: $projectId) {
    id
    year
    revision
    publishedAt
  }
}
    `, {"hash":"sha256:1e455184202adca85e8eb4db57796128dddaea149c9c2aa6040171e4074e420f"}) as unknown as TypedDocumentString<IndicatorsCsvQuery, IndicatorsCsvQueryVariables>;
export const MovePhaseDocument = new TypedDocumentString(`
    mutation MovePhase($enrolmentId: ID!, $to: Phase!, $locale: Locale) {
  movePhase(enrolmentId: $enrolmentId, to: $to) {
    id
    phase
    phaseLabel(locale: $locale)
    nextPhases
  }
}
    `, {"hash":"sha256:9716ddbd3fe7604fff384120f46640fff4843b3c8bc7b29d03971f51cdc1414e"}) as unknown as TypedDocumentString<MovePhaseMutation, MovePhaseMutationVariables>;
export const MyClientsDocument = new TypedDocumentString(`
    query MyClients($codePrefix: String, $first: Int, $after: String) {
  clients(codePrefix: $codePrefix, first: $first, after: $after) {
    nodes {
      id
      code
      organisation {
        slug
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:a9d322a23566af52c8fae869a0a507264a36e439adf86a8d280a3ed69ec89189"}) as unknown as TypedDocumentString<MyClientsQuery, MyClientsQueryVariables>;
export const OrganisationStaffDocument = new TypedDocumentString(`
    query OrganisationStaff($slug: String!, $locale: Locale) {
  organisation(slug: $slug) {
    id
    name
    staff {
      id
      subject
      name
      email
      titleLabel(locale: $locale)
      active
      roles {
        role
        roleLabel(locale: $locale)
        project {
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:cb5723a106f255f083e41463d2978e447fec1a730ae971d3f9bb830fb79009e4"}) as unknown as TypedDocumentString<OrganisationStaffQuery, OrganisationStaffQueryVariables>;
export const OverdueFollowUpsDocument = new TypedDocumentString(`
    query OverdueFollowUps($first: Int, $after: String) {
  overdueFollowUps(first: $first, after: $after) {
    nodes {
      id
      after
      dueOn
      status
      exitOutcome {
        exitDate
        destinationLabel
        enrolment {
          id
          client {
            code
          }
          project {
            name
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:763d6eb4391952572d2ca6135481f068d5eb3a611f37f4627762cb4492bd1402"}) as unknown as TypedDocumentString<OverdueFollowUpsQuery, OverdueFollowUpsQueryVariables>;
export const OwnActivityFiguresDocument = new TypedDocumentString(`
    query OwnActivityFigures($projectId: ID!, $year: Int!) {
  projectOutcomeSettings(projectId: $projectId) {
    project {
      id
    }
    mentoringNorm {
      minHours
      maxHours
    }
  }
  ownPlacementFigures(projectId: $projectId, year: $year) {
    kind
    kindLabel
    started
    ended
    placementMonths
    mentoringHours
    mentoringHoursPerPlacementMonth
  }
  ownCompetenceFigures(projectId: $projectId, year: $year) {
    badgesAwarded
    qualificationUnitsPassed
  }
}
    `, {"hash":"sha256:1d51d465b7c4697a028f941cf0f9e253efdffbfe018a3d5683ad7772f14a65dc"}) as unknown as TypedDocumentString<OwnActivityFiguresQuery, OwnActivityFiguresQueryVariables>;
export const ParticipantFiguresDocument = new TypedDocumentString(`
    query ParticipantFigures($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!, $locale: Locale) {
  projectMetrics(
    projectId: $projectId
    view: $view
    from: $from
    to: $to
    granularity: YEAR
  ) {
    view
    from
    to
    release {
      year
      revision
      publishedAt
      participantFigures
    }
    participants {
      entries {
        value
        suppressed
      }
      activeAtPeriodEnd {
        value
        suppressed
      }
      uniqueParticipants {
        value
        suppressed
      }
      outputIndicators {
        indicator
        code
        label
        count {
          value
          suppressed
        }
        share {
          value
          suppressed
        }
      }
      genders {
        gender
        entries {
          value
          suppressed
        }
      }
      partners {
        organisation {
          slug
          name
        }
        entries {
          value
          suppressed
        }
      }
    }
    activities {
      placementsStarted {
        value
        suppressed
      }
      placementsEnded {
        value
        suppressed
      }
      placementsByKind {
        kind
        started {
          value
          suppressed
        }
        ended {
          value
          suppressed
        }
      }
      badgesAwarded {
        value
        suppressed
      }
      qualificationUnitsPassed {
        value
        suppressed
      }
    }
    targets {
      metric
      minimum
      actual {
        value
        suppressed
      }
      actualToDate {
        value
        suppressed
      }
      reached
    }
    project {
      targets {
        metric
        metricLabel(locale: $locale)
      }
    }
  }
}
    `, {"hash":"sha256:084c10581f66aea1e89fc9909a24a421ed8b4715c6bb4f5d7884a14cd0123125"}) as unknown as TypedDocumentString<ParticipantFiguresQuery, ParticipantFiguresQueryVariables>;
export const PathsInPhaseDocument = new TypedDocumentString(`
    query PathsInPhase($phase: Phase!, $first: Int, $after: String, $locale: Locale) {
  enrolments(phase: $phase, first: $first, after: $after) {
    nodes {
      id
      startedOn
      phase
      phaseLabel(locale: $locale)
      monthOnPath
      expectedPhase {
        phase
        phaseLabel(locale: $locale)
      }
      client {
        code
      }
      project {
        name
      }
      goals {
        status
      }
      coachingSessions {
        heldOn
      }
      latestReferral {
        statusLabel(locale: $locale)
        receiver {
          name
        }
      }
      exitOutcome {
        exitDate
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:2060711b6e096e615cc19e555698c4ddc927909c552b91a4da8c4a6f3defa6ea"}) as unknown as TypedDocumentString<PathsInPhaseQuery, PathsInPhaseQueryVariables>;
export const PlacementsDocument = new TypedDocumentString(`
    query Placements($first: Int, $after: String, $locale: Locale) {
  placements(first: $first, after: $after) {
    nodes {
      id
      kind
      kindLabel(locale: $locale)
      programme
      startsOn
      endsOn
      hoursPerWeek
      funding
      fundingLabel(locale: $locale)
      employer {
        unit {
          id
          name
        }
        businessId
        name
      }
      supervisor {
        staffMember {
          id
          name
        }
        name
      }
      workplaceInstructor {
        staffMember {
          id
          name
        }
        name
      }
      mentoring {
        month
        hours
        withinNorm
      }
      enrolment {
        id
        client {
          code
        }
        project {
          slug
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:8d66ed8b73f67dd6d00277b8b251c2df32ebddc3ba52fd2448720301e4e4e405"}) as unknown as TypedDocumentString<PlacementsQuery, PlacementsQueryVariables>;
export const PooledFiguresDocument = new TypedDocumentString(`
    query PooledFigures($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!, $granularity: MetricsGranularity!, $locale: Locale) {
  projectMetrics(
    projectId: $projectId
    view: $view
    from: $from
    to: $to
    granularity: $granularity
  ) {
    project {
      id
      slug
      name
      startsOn
      endsOn
      targets {
        metric
        metricLabel(locale: $locale)
        minimum
      }
    }
    view
    from
    to
    minimumCellSize
    release {
      year
      revision
      publishedAt
      reason
    }
    exits {
      value
      suppressed
    }
    qualityPath {
      value
      suppressed
    }
    qualityPathRate {
      value
      suppressed
    }
    qualificationGained {
      value
      suppressed
    }
    destinations {
      destination
      label
      count {
        value
        suppressed
      }
      share {
        value
        suppressed
      }
    }
    esfIndicators {
      code
      label
      count {
        value
        suppressed
      }
      share {
        value
        suppressed
      }
    }
    partners {
      organisation {
        slug
        name
      }
      exits {
        value
        suppressed
      }
      qualityPath {
        value
        suppressed
      }
      qualityPathRate {
        value
        suppressed
      }
    }
    softOutcomes {
      instrument {
        code
        name
      }
      enrolments {
        value
        suppressed
      }
      averageChange {
        value
        suppressed
      }
    }
    followUps {
      due {
        value
        suppressed
      }
      completed {
        value
        suppressed
      }
      completionRate {
        value
        suppressed
      }
      employedAtSixMonths {
        value
        suppressed
      }
      employmentRateAtSixMonths {
        value
        suppressed
      }
    }
    timeSeries {
      from
      to
      exits {
        value
        suppressed
      }
      qualityPath {
        value
        suppressed
      }
      qualityPathRate {
        value
        suppressed
      }
    }
  }
}
    `, {"hash":"sha256:a33f02060a3add11ef15be8069df548739fd84ab3f9e0b02bf06ecadeac89e6f"}) as unknown as TypedDocumentString<PooledFiguresQuery, PooledFiguresQueryVariables>;
export const ProjectDirectoryDocument = new TypedDocumentString(`
    query ProjectDirectory($slug: String!, $locale: Locale) {
  project(slug: $slug) {
    id
    slug
    name
    leadOrganisation {
      slug
      name
    }
    partners {
      role
      organisation {
        id
        slug
        name
      }
    }
    serviceOfferings {
      id
      name
      type
      typeLabel(locale: $locale)
      capacity
      acceptsReferrals
      organisation {
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:4b82a0414c9a0ebbf8024fd05792885e4f44446f0d0f546c5b29e278735fe73a"}) as unknown as TypedDocumentString<ProjectDirectoryQuery, ProjectDirectoryQueryVariables>;
export const ProjectEnrolmentsDocument = new TypedDocumentString(`
    query ProjectEnrolments($slug: String!) {
  project(slug: $slug) {
    id
    name
    enrolments {
      id
      startedOn
      client {
        id
        code
      }
      exitOutcome {
        exitDate
        destination
        qualityPath
      }
    }
  }
}
    `, {"hash":"sha256:28d61aec9cd5372549aaa93e0314de48c0bb0a9b2290e75304aa980f9cfb75a7"}) as unknown as TypedDocumentString<ProjectEnrolmentsQuery, ProjectEnrolmentsQueryVariables>;
export const ProjectMetricsDocument = new TypedDocumentString(`
    query ProjectMetrics($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!, $granularity: MetricsGranularity!) {
  projectMetrics(
    projectId: $projectId
    view: $view
    from: $from
    to: $to
    granularity: $granularity
  ) {
    project {
      slug
      name
    }
    minimumCellSize
    exits {
      value
      suppressed
    }
    qualityPath {
      value
      suppressed
    }
    qualityPathRate {
      value
      suppressed
    }
    destinations {
      destination
      label
      count {
        value
        suppressed
      }
      primaryCount {
        value
        suppressed
      }
    }
    partners {
      organisation {
        slug
        name
      }
      exits {
        value
        suppressed
      }
      qualityPathRate {
        value
        suppressed
      }
    }
    timeSeries {
      from
      to
      exits {
        value
        suppressed
      }
      qualityPath {
        value
        suppressed
      }
      qualityPathRate {
        value
        suppressed
      }
    }
  }
}
    `, {"hash":"sha256:122fb61d4ed6dd57b2ea6f79ec1bb2f6a6574a0393ea1c75765dca4778fe17cc"}) as unknown as TypedDocumentString<ProjectMetricsQuery, ProjectMetricsQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($first: Int, $after: String) {
  projects(first: $first, after: $after) {
    nodes {
      id
      slug
      name
      status
      leadOrganisation {
        slug
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:c64744f73dc7b2076cf3b08b14d8287f62a3144c2f66915c534dd6cbbdb40f70"}) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ReceivedReferralsDocument = new TypedDocumentString(`
    query ReceivedReferrals($filter: ReferralFilter, $first: Int, $after: String, $locale: Locale) {
  receivedReferrals(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      status
      statusLabel(locale: $locale)
      sentAt
      answerBy
      declineReason
      sender {
        name
      }
      project {
        name
      }
      serviceOffering {
        name
        typeLabel(locale: $locale)
      }
      sharedClient {
        dataCategories
        fullName
        birthYear
        municipality
        languages
        contact
        educationLevel
        obstacles
        sharedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:d75a2de1bcf418d9cb940312a078befe0f9d7ee93ab1322aeb938b0fb22117ce"}) as unknown as TypedDocumentString<ReceivedReferralsQuery, ReceivedReferralsQueryVariables>;
export const RecordCoachingSessionDocument = new TypedDocumentString(`
    mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {
  recordCoachingSession(input: $input) {
    id
    kind
    heldOn
    minutes
  }
}
    `, {"hash":"sha256:98b7bfdc23de52ebef0929f5ac1763c64a8d72a007d5b7158a4ab8f46558f25d"}) as unknown as TypedDocumentString<RecordCoachingSessionMutation, RecordCoachingSessionMutationVariables>;
export const RecordExitDocument = new TypedDocumentString(`
    mutation RecordExit($input: RecordExitInput!) {
  recordExit(input: $input) {
    id
    exitDate
    destination
    destinationLabel
    qualityPath
  }
}
    `, {"hash":"sha256:9412e8640a3bb89d2f3442865ae42f0a3d1a790393d597330a5de6c64f10d8f1"}) as unknown as TypedDocumentString<RecordExitMutation, RecordExitMutationVariables>;
export const RecordMentoringDocument = new TypedDocumentString(`
    mutation RecordMentoring($input: RecordMentoringInput!) {
  recordMentoring(input: $input) {
    id
    mentoring {
      month
      hours
      withinNorm
    }
  }
}
    `, {"hash":"sha256:f637c42b01ea6bfb216bea54eb09c25bb8e90c9eae816a7d6498cfca0ca73cef"}) as unknown as TypedDocumentString<RecordMentoringMutation, RecordMentoringMutationVariables>;
export const RecordParticipantEntryDocument = new TypedDocumentString(`
    mutation RecordParticipantEntry($input: RecordParticipantEntryInput!) {
  recordParticipantEntry(input: $input) {
    id
    enteredOn
    gender
    birthYear
    labourMarketStatus
    education
    specialCategories {
      disability
      minority
      consentGivenOn
    }
  }
}
    `, {"hash":"sha256:e8bc1e5b5a9e4b505565e2a1bc85b2c5579eaaf521b9e4356d4fd8f493dc1deb"}) as unknown as TypedDocumentString<RecordParticipantEntryMutation, RecordParticipantEntryMutationVariables>;
export const RecordPlacementDocument = new TypedDocumentString(`
    mutation RecordPlacement($input: RecordPlacementInput!) {
  recordPlacement(input: $input) {
    id
    kind
    startsOn
    endsOn
    employer {
      businessId
      name
    }
  }
}
    `, {"hash":"sha256:596f810dd5da745cbb88327ac987d870d15b0762fb6a64aa5808594534e3f55a"}) as unknown as TypedDocumentString<RecordPlacementMutation, RecordPlacementMutationVariables>;
export const RecordQualificationUnitDocument = new TypedDocumentString(`
    mutation RecordQualificationUnit($input: RecordQualificationUnitInput!) {
  recordQualificationUnit(input: $input) {
    id
    unitCode
    unitName
    qualificationCode
    passedOn
  }
}
    `, {"hash":"sha256:1982e7e338c3d34f8f63e81a5e2971333d54ac6b35f9e4c7580a9aeb3f145234"}) as unknown as TypedDocumentString<RecordQualificationUnitMutation, RecordQualificationUnitMutationVariables>;
export const ReferralInboxDocument = new TypedDocumentString(`
    query ReferralInbox($filter: ReferralFilter, $first: Int, $after: String, $locale: Locale) {
  receivedReferrals(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      status
      statusLabel(locale: $locale)
      sentAt
      answerBy
      sender {
        slug
        name
      }
      project {
        slug
        name
      }
      serviceOffering {
        id
        name
        typeLabel(locale: $locale)
      }
      sharedClient {
        dataCategories
        fullName
        languages
        sharedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:7187531859e4a1aa57f9144543fe2fd36cee98b12bf1ad8e80d09fb545065485"}) as unknown as TypedDocumentString<ReferralInboxQuery, ReferralInboxQueryVariables>;
export const SentReferralsDocument = new TypedDocumentString(`
    query SentReferrals($first: Int, $after: String, $locale: Locale) {
  sentReferrals(first: $first, after: $after) {
    nodes {
      id
      status
      statusLabel(locale: $locale)
      createdAt
      sentAt
      answerBy
      declineReason
      receiver {
        name
      }
      project {
        name
      }
      serviceOffering {
        name
      }
      events {
        fromStatus
        toStatus
        actorSubject
        actorOrganisation {
          name
        }
        reason
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:9303f5a3c2c8e55daf24d5c6306b2e4cfad1f73e038ce8008ff56dad1fad8c89"}) as unknown as TypedDocumentString<SentReferralsQuery, SentReferralsQueryVariables>;
export const StatisticsReleasesDocument = new TypedDocumentString(`
    query StatisticsReleases($projectId: ID!) {
  statisticsReleases(projectId: $projectId) {
    id
    year
    revision
    publishedAt
    reason
  }
}
    `, {"hash":"sha256:c799122d5dc12b156fcb080cfacfcca5c172657274ea93b8fa446c196bede48a"}) as unknown as TypedDocumentString<StatisticsReleasesQuery, StatisticsReleasesQueryVariables>;
export const SubmitFeedbackResponseDocument = new TypedDocumentString(`
    mutation SubmitFeedbackResponse($surveyId: ID!, $answers: [Int!]!) {
  submitFeedbackResponse(surveyId: $surveyId, answers: $answers)
}
    `, {"hash":"sha256:922d084273036d1091e9af36230301cf5608b9fcc6aedd202a9fb5058b21864d"}) as unknown as TypedDocumentString<SubmitFeedbackResponseMutation, SubmitFeedbackResponseMutationVariables>;
export const WithdrawSpecialCategoryConsentDocument = new TypedDocumentString(`
    mutation WithdrawSpecialCategoryConsent($enrolmentId: ID!) {
  withdrawSpecialCategoryConsent(enrolmentId: $enrolmentId)
}
    `, {"hash":"sha256:27318b6ee22237be78fa5d42bee48cbffe87cc302912ab462e5b03678cb00b93"}) as unknown as TypedDocumentString<WithdrawSpecialCategoryConsentMutation, WithdrawSpecialCategoryConsentMutationVariables>;