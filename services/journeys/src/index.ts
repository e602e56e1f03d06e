export { journeysSubgraph } from './module.js';
export { eraseClient, retentionDue, ErasureBasis, type RetentionDue } from './client-rights/index.js';
export { clientRowProblems, enrolmentRowProblems, sessionRowProblems, type ImportProjectFacts } from './imports/import.rules.js';
export { Phase } from './vocabulary/phase.js';
export { EducationLevel, Obstacle } from './vocabulary/client-background.js';
export { SessionKind } from './vocabulary/path-content.js';
