/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExitOutcomes {\n  exitOutcomes {\n    id\n    exitDate\n    destination\n    qualityPath\n    enrolment {\n      id\n      startedOn\n      client {\n        code\n      }\n      project {\n        slug\n        name\n      }\n    }\n  }\n}": typeof types.ExitOutcomesDocument,
    "query MyClients {\n  clients {\n    id\n    code\n    organisation {\n      slug\n      name\n    }\n  }\n}": typeof types.MyClientsDocument,
    "query ProjectDirectory($slug: String!, $locale: Locale) {\n  project(slug: $slug) {\n    id\n    slug\n    name\n    leadOrganisation {\n      slug\n      name\n    }\n    partners {\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n    serviceOfferings {\n      id\n      name\n      type\n      typeLabel(locale: $locale)\n      capacity\n      acceptsReferrals\n      organisation {\n        slug\n        name\n      }\n    }\n  }\n}": typeof types.ProjectDirectoryDocument,
    "query ProjectEnrolments($slug: String!) {\n  project(slug: $slug) {\n    id\n    name\n    enrolments {\n      id\n      startedOn\n      client {\n        id\n        code\n      }\n      exitOutcome {\n        exitDate\n        destination\n        qualityPath\n      }\n    }\n  }\n}": typeof types.ProjectEnrolmentsDocument,
    "query Projects {\n  projects {\n    id\n    slug\n    name\n    leadOrganisation {\n      slug\n      name\n    }\n  }\n}": typeof types.ProjectsDocument,
};
const documents: Documents = {
    "query ExitOutcomes {\n  exitOutcomes {\n    id\n    exitDate\n    destination\n    qualityPath\n    enrolment {\n      id\n      startedOn\n      client {\n        code\n      }\n      project {\n        slug\n        name\n      }\n    }\n  }\n}": types.ExitOutcomesDocument,
    "query MyClients {\n  clients {\n    id\n    code\n    organisation {\n      slug\n      name\n    }\n  }\n}": types.MyClientsDocument,
    "query ProjectDirectory($slug: String!, $locale: Locale) {\n  project(slug: $slug) {\n    id\n    slug\n    name\n    leadOrganisation {\n      slug\n      name\n    }\n    partners {\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n    serviceOfferings {\n      id\n      name\n      type\n      typeLabel(locale: $locale)\n      capacity\n      acceptsReferrals\n      organisation {\n        slug\n        name\n      }\n    }\n  }\n}": types.ProjectDirectoryDocument,
    "query ProjectEnrolments($slug: String!) {\n  project(slug: $slug) {\n    id\n    name\n    enrolments {\n      id\n      startedOn\n      client {\n        id\n        code\n      }\n      exitOutcome {\n        exitDate\n        destination\n        qualityPath\n      }\n    }\n  }\n}": types.ProjectEnrolmentsDocument,
    "query Projects {\n  projects {\n    id\n    slug\n    name\n    leadOrganisation {\n      slug\n      name\n    }\n  }\n}": types.ProjectsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExitOutcomes {\n  exitOutcomes {\n    id\n    exitDate\n    destination\n    qualityPath\n    enrolment {\n      id\n      startedOn\n      client {\n        code\n      }\n      project {\n        slug\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExitOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyClients {\n  clients {\n    id\n    code\n    organisation {\n      slug\n      name\n    }\n  }\n}"): typeof import('./graphql.js').MyClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectDirectory($slug: String!, $locale: Locale) {\n  project(slug: $slug) {\n    id\n    slug\n    name\n    leadOrganisation {\n      slug\n      name\n    }\n    partners {\n      role\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n    serviceOfferings {\n      id\n      name\n      type\n      typeLabel(locale: $locale)\n      capacity\n      acceptsReferrals\n      organisation {\n        slug\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ProjectDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectEnrolments($slug: String!) {\n  project(slug: $slug) {\n    id\n    name\n    enrolments {\n      id\n      startedOn\n      client {\n        id\n        code\n      }\n      exitOutcome {\n        exitDate\n        destination\n        qualityPath\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ProjectEnrolmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Projects {\n  projects {\n    id\n    slug\n    name\n    leadOrganisation {\n      slug\n      name\n    }\n  }\n}"): typeof import('./graphql.js').ProjectsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
