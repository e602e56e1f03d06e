/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a client went when their path in the project ended. */
export type ExitDestination =
  /** Employed in the open labour market (avoimet työmarkkinat). */
  | 'EMPLOYED_OPEN_MARKET'
  /** A further path funded otherwise within the organisation, e.g. with a competence-based qualification. */
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
  /** Searching for work or studies in another town. */
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

/** A language for labels. */
export type Locale =
  /** English. */
  | 'EN'
  /** Finnish (suomi). */
  | 'FI'
  /** Swedish (svenska). */
  | 'SV';

/** An organisation's part in a joint project. */
export type PartnerRole =
  /** Implements the project alongside the lead (osatoteuttaja). */
  | 'IMPLEMENTER'
  /** Leads the joint project (päätoteuttaja) and reports its pooled outcomes. */
  | 'LEAD';

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

export type ExitOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExitOutcomesQuery = { exitOutcomes: Array<{ id: string, exitDate: string, destination: ExitDestination, qualityPath: boolean, enrolment: { id: string, startedOn: string, client: { code: string }, project: { slug: string, name: string } } }> };

export type MyClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyClientsQuery = { clients: Array<{ id: string, code: string, organisation: { slug: string, name: string } }> };

export type ProjectDirectoryQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type ProjectDirectoryQuery = { project: { id: string, slug: string, name: string, leadOrganisation: { slug: string, name: string }, partners: Array<{ role: PartnerRole, organisation: { id: string, slug: string, name: string } }>, serviceOfferings: Array<{ id: string, name: string, type: ServiceType, typeLabel: string, capacity: number | null, acceptsReferrals: boolean, organisation: { slug: string, name: string } }> } | null };

export type ProjectEnrolmentsQueryVariables = Exact<{
  slug: string;
}>;


export type ProjectEnrolmentsQuery = { project: { id: string, name: string, enrolments: Array<{ id: string, startedOn: string, client: { id: string, code: string }, exitOutcome: { exitDate: string, destination: ExitDestination, qualityPath: boolean } | null }> } | null };

export type ProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsQuery = { projects: Array<{ id: string, slug: string, name: string, leadOrganisation: { slug: string, name: string } }> };

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

export const ExitOutcomesDocument = new TypedDocumentString(`
    query ExitOutcomes {
  exitOutcomes {
    id
    exitDate
    destination
    qualityPath
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
}
    `, {"hash":"sha256:9a683f79046edaa6cedf6fd0453cb405c7a5b3a9957e6d97ee36188cc2a6852c"}) as unknown as TypedDocumentString<ExitOutcomesQuery, ExitOutcomesQueryVariables>;
export const MyClientsDocument = new TypedDocumentString(`
    query MyClients {
  clients {
    id
    code
    organisation {
      slug
      name
    }
  }
}
    `, {"hash":"sha256:585ffd759ab0ccf03e15e0644f640717ea6bd9bbce4c94a7ab73909ebabb81d5"}) as unknown as TypedDocumentString<MyClientsQuery, MyClientsQueryVariables>;
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
export const ProjectsDocument = new TypedDocumentString(`
    query Projects {
  projects {
    id
    slug
    name
    leadOrganisation {
      slug
      name
    }
  }
}
    `, {"hash":"sha256:5442bef3dba09114ccc1fa01768cacdaf24de9da1d899f5de532c062c4c1a1bd"}) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;