/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** A language for labels. */
export type Locale =
  /** English. */
  | 'EN'
  /** Finnish (suomi). */
  | 'FI'
  /** Swedish (svenska). */
  | 'SV';

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

/** An organisation's part in a joint project. */
export type PartnerRole =
  /** Implementer */
  | 'IMPLEMENTER'
  /** Lead */
  | 'LEAD';

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

/** Where a project is in its life. */
export type ProjectStatus =
  /** Active */
  | 'ACTIVE'
  /** Closed */
  | 'CLOSED'
  /** Planned */
  | 'PLANNED';

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

/** One of the three reports of a path. */
export type ReportKind =
  /** End report */
  | 'END'
  /** Mid report */
  | 'MID'
  /** Start report */
  | 'START';

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

export type ClientPathsQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type ClientPathsQuery = { enrolments: { nodes: Array<{ id: string, startedOn: string, plannedEndOn: string | null, phase: Phase, phaseLabel: string, monthOnPath: number, expectedPhase: { phase: Phase, focus: string } | null, client: { code: string }, project: { slug: string, name: string }, goals: Array<{ title: string, status: GoalStatus, statusLabel: string }>, coachingSessions: Array<{ kind: SessionKind, heldOn: string, minutes: number }>, activities: Array<{ kind: ActivityKind, kindLabel: string, title: string, completedOn: string }>, reports: Array<{ kind: ReportKind, writtenOn: string }>, latestReferral: { status: ReferralStatus, receiver: { name: string } } | null, exitOutcome: { destination: ExitDestination, exitDate: string, qualityPath: boolean } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExitOutcomesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExitOutcomesQuery = { exitOutcomes: { nodes: Array<{ id: string, exitDate: string, destination: ExitDestination, furtherDestinations: Array<ExitDestination>, qualityPath: boolean, corrections: Array<{ kind: ExitCorrectionKind, reason: string, actorSubject: string, at: string }>, enrolment: { id: string, startedOn: string, client: { code: string }, project: { slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyClientsQueryVariables = Exact<{
  codePrefix?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyClientsQuery = { clients: { nodes: Array<{ id: string, code: string, organisation: { slug: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type ReferralInboxQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type ReferralInboxQuery = { receivedReferrals: { nodes: Array<{ id: string, status: ReferralStatus, statusLabel: string, sentAt: string | null, answerBy: string | null, sender: { slug: string, name: string }, project: { slug: string, name: string }, serviceOffering: { id: string, name: string, typeLabel: string }, sharedClient: { dataCategories: Array<DataCategory>, fullName: string | null, languages: Array<string> | null, sharedAt: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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