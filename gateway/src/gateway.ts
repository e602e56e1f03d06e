import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { appRoutes, type AppServingOptions } from './app-serving.js';
import { liveFieldsOf, type LiveField } from './live-operations.js';
import { gatewaySubscriptions } from './subscriptions.js';
import { SubgraphSource, type GatewayContext } from './subgraph-source.js';
import { TrustedDocuments } from './trusted-documents.js';
import { apiError, correlationIdOf, createLogger, ErrorCode, MAX_LIST_INPUT, maskUnexpectedErrors, operationLimitsFor, subscriptionsNeedEventStream, oversizedListIn, requestIdOf, serveGraphQL, StartupError, type RunningHttpService, type TokenVerifier } from '@polku/kit';

export interface GatewayOptions {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Overrides of the subgraph URLs written in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  verifier: TokenVerifier;
  port: number;
  host?: string;
  /** Production: no introspection, no IDE. */
  production: boolean;
  /** Development only: a token prefilled in the IDE's Authorization header. */
  ideToken?: string;
  /** The manifest of the repository's operations (hash → document); a request may name one by hash. */
  trustedDocuments?: TrustedDocuments;
  /** Run nothing but the manifest's documents (TRUSTED_DOCUMENTS; on by default in production). */
  trustedDocumentsOnly?: boolean;
  /** The web app at / and, in development, GraphiQL at /graphql (see app-serving.ts). */
  app?: AppServingOptions;
}

/**
 * No argument takes more than MAX_LIST_INPUT items (every subgraph refuses
 * more); refused here before planning, so 110,000 goals never travel on.
 */
const refuseOversizedLists: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        const found = oversizedListIn(request.variables ?? {});
        if (found) {
          throw apiError(ErrorCode.BAD_USER_INPUT, `Variable $${found.path} holds a list of ${found.length} items; no argument takes more than ${MAX_LIST_INPUT}.`, { variable: `$${found.path}`, reason: 'TOO_MANY_ITEMS' });
        }
      },
    };
  },
};

/**
 * @apollo/gateway 2.14 builds an OpenTelemetry exporter at construction that
 * probes cloud metadata addresses (169.254.169.254, metadata.google.internal,
 * ...) and reports to Apollo hourly unless APOLLO_TELEMETRY_DISABLED is set.
 * A platform holding social-welfare client data makes no connection its
 * operator did not configure: forced on, whatever the environment says.
 */
export function disableApolloTelemetry() {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/**
 * The gateway plans queries over the static supergraph and holds no business
 * rules; it refuses unauthenticated requests before planning anything.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningHttpService> {
  const logger = createLogger('gateway');
  disableApolloTelemetry();
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      subgraphUrls.set(name, options.subgraphUrls?.[name] ?? url!);
      return new SubgraphSource(name, subgraphUrls.get(name)!);
    },
  });
  let apiSchema: GraphQLSchema | undefined;
  let liveFields: Map<string, LiveField> | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => {
    apiSchema = loaded;
    liveFields = undefined;
  });
  const armor = operationLimitsFor(options.production);
  const trustedDocuments = options.trustedDocuments ?? TrustedDocuments.fromManifest({});
  if (options.trustedDocumentsOnly && trustedDocuments.size === 0) throw new StartupError('trusted documents are on but the manifest is empty; run npm run codegen');
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: a client must not register documents of its own.
    persistedQueries: false,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    formatError: maskUnexpectedErrors(logger),
    plugins: [
      // Nothing leaves the machine, even with APOLLO_KEY in the environment.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      // The IDE is our bundled GraphiQL (app-serving.ts), never Apollo's page from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      refuseOversizedLists,
      subscriptionsNeedEventStream as ApolloServerPlugin<GatewayContext>,
    ],
  });
  async function context(request: IncomingMessage): Promise<GatewayContext> {
    await options.verifier.verifyAuthorizationHeader(request.headers.authorization);
    return {
      authorization: request.headers.authorization!,
      requestId: requestIdOf(request),
      correlationId: correlationIdOf(request),
      acceptLanguage: request.headers['accept-language'],
    };
  }
  const loadedApiSchema = () => {
    if (!apiSchema) throw new StartupError('the gateway has not loaded its supergraph');
    return apiSchema;
  };
  const live = () => (liveFields ??= liveFieldsOf(options.supergraphSdl, loadedApiSchema()));
  const service = await serveGraphQL({
    apollo,
    name: 'gateway',
    port: options.port,
    host: options.host,
    prepareRequest: trustedDocuments.preparer(options.trustedDocumentsOnly ?? false),
    routes: appRoutes({ ...options.app, production: options.production, ideToken: options.ideToken }),
    context,
    // The live referral inbox: subscriptions over Server-Sent Events (subscriptions.ts).
    subscriptions: gatewaySubscriptions({
      apollo,
      apiSchema: loadedApiSchema,
      liveFields: live,
      subgraphUrl: (name) => subgraphUrls.get(name)!,
      limits: armor,
      formatError: maskUnexpectedErrors(logger),
      context,
    }),
  });
  try {
    // The supergraph's subscriptions follow the convention the gateway relies on, or the gateway does not start.
    live();
  } catch (error) {
    await service.close();
    throw error;
  }
  logger.info('gateway ready', { url: service.url, trustedDocuments: trustedDocuments.size, trustedDocumentsOnly: options.trustedDocumentsOnly ?? false });
  return service;
}
