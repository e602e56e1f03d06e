export { startGateway, type GatewayOptions } from './gateway.js';
export { TrustedDocuments, defaultTrustedDocumentsPath, trustedDocumentsOnlyFromEnv, PERSISTED_QUERY_NOT_FOUND } from './trusted-documents.js';
export { appRoutes, oidcSettingsFromEnv, devSignInFromEnv, defaultAppDistDir, type AppServingOptions, type DevSignIn, type DemoPersona, type OidcSettings } from './app-serving.js';
