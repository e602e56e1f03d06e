export { startPlatform, type PlatformOptions, type RunningPlatform } from './platform.js';
export { composeSupergraph, supergraphPath, schemaDir, apiSchemaPath } from './composition.js';
export { apiReferencePath, missingDescriptions, renderApiReference } from './api-reference.js';
export { subgraphs } from './subgraphs.js';
export { demoOrganisations, demoProjects } from './seed/partners-data.js';
export { demoEnrolments } from './seed/journeys-data.js';
export { resolveSlugs } from './directory.js';
export { withAdminClient } from './database.js';
export { checkSchema, describeSchemaCheck, type AcknowledgedChange, type SchemaCheck } from './schema-checks.js';
