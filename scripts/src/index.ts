export { startPlatform, type PlatformOptions, type RunningPlatform } from './platform.js';
export { composeSupergraph, supergraphPath, schemaDir } from './composition.js';
export { subgraphs } from './subgraphs.js';
export { demoOrganisations, demoProjects, demoEnrolments } from './seed/demo-data.js';
export { resolveSlugs } from './directory.js';
export { withAdminClient } from './database.js';
