/** What the retention job (scripts/src/retention-job.ts) runs: the same code the API runs. */
export { eraseClient, retentionDue, type RetentionDue } from './client-rights.service.js';
export { ErasureBasis } from './client-rights.type.js';
