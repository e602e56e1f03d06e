export { journeysSubgraph } from './module.js';
export { eraseClient, retentionDue, ErasureBasis, type RetentionDue } from './client-rights/index.js';
export { linkageStore } from './linkage/linkage.store.js';
export { linkageIdentity, normaliseIdentityCode } from './linkage/identity.js';
export { linkageSecret, linkageSecretFromEnv, LINKAGE_SECRET_ENV, LINKAGE_KEY_ID_ENV, type LinkageSecret } from './linkage/linkage-secret.js';
