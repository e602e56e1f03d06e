export { startGateway, type GatewayOptions } from './gateway.js';
export { TrustedDocuments, defaultTrustedDocumentsPath, trustedDocumentsOnlyFromEnv, PERSISTED_QUERY_NOT_FOUND } from './trusted-documents.js';
