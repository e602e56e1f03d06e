export { journeysSubgraph } from './module.js';
export { eraseClient, retentionDue, ErasureBasis, type RetentionDue } from './client-rights/index.js';
