import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { appRoutes, type AppServingOptions } from './app-serving.js';
import { protectGateway } from './limits.js';
import { TrustedDocuments } from './trusted-documents.js';
import { correlationIdOf, createLogger, maskUnexpectedErrors, requestIdOf, serveGraphQL, StartupError, type RunningHttpService, type TokenVerifier } from '@polku/kit';

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

interface GatewayContext extends BaseContext {
  authorization: string;
  requestId: string;
  /** The caller's own x-request-id, passed on so subgraphs can log it beside their own request ids. */
  correlationId: string | null;
  acceptLanguage?: string;
}

/** Passes the caller's own token to every subgraph: each one verifies it again. */
class CallerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('authorization' in context)) return;
    request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.correlationId ?? context.requestId);
    if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
  }
}

/**
 * The gateway plans queries over the static supergraph and holds no business
 * rules; it refuses unauthenticated requests before planning anything.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningHttpService> {
  const logger = createLogger('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new CallerForwardingDataSource({ url: options.subgraphUrls?.[name] ?? url }),
  });
  const armor = protectGateway(options.production);
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
    formatError: maskUnexpectedErrors(logger),
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      // The IDE is our bundled GraphiQL (app-serving.ts), never Apollo's page from a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  const service = await serveGraphQL({
    apollo,
    name: 'gateway',
    port: options.port,
    host: options.host,
    prepareRequest: trustedDocuments.preparer(options.trustedDocumentsOnly ?? false),
    routes: appRoutes({ ...options.app, production: options.production, ideToken: options.ideToken }),
    async context(request) {
      await options.verifier.verifyAuthorizationHeader(request.headers.authorization);
      return {
        authorization: request.headers.authorization!,
        requestId: requestIdOf(request),
        correlationId: correlationIdOf(request),
        acceptLanguage: request.headers['accept-language'],
      };
    },
  });
  logger.info('gateway ready', { url: service.url, trustedDocuments: trustedDocuments.size, trustedDocumentsOnly: options.trustedDocumentsOnly ?? false });
  return service;
}
