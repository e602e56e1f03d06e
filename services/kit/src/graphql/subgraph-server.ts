import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import type { TokenVerifier } from '../auth/tokens.js';
import { OrgScope } from '../db/org-scope.js';
import { ConfirmedCallers, type CallerCheck } from '../auth/caller-check.js';
import type { RunningHttpService } from '../http/listen.js';
import { serveGraphQL } from '../http/serve.js';
import type { Logger } from '../logger.js';
import { maskUnexpectedErrors } from './errors.js';
import { operationLimitsFor } from './limits.js';
import { localeOfRequest, type Locale } from './locale.js';
import type { PeerClient, PeerSubgraphs } from './peers.js';
import type { NotificationFeed } from '../db/notifications.js';
import { lastEventIdOf } from '../http/event-stream.js';
import { serveSubscriptions, subscriptionsNeedEventStream } from './subscriptions.js';

/** What every resolver of a subgraph receives. */
export interface SubgraphContext<Loaders> extends BaseContext {
  caller: Caller;
  /** The caller's organisation-scoped path to the database. */
  db: OrgScope;
  /** Dataloaders created for this request only. */
  loaders: Loaders;
  /** This server's id for the request (never the caller's): what the audit log keys a read by. */
  requestId: string;
  /** The caller's own `x-request-id`, if it sent a well-formed one: kept beside requestId to correlate, never trusted. */
  correlationId: string | null;
  /** Language for labels: the request's Accept-Language, Finnish by default. */
  locale: Locale;
  /** Other subgraphs, called with this caller's own token. */
  peers: PeerClient;
  /** PostgreSQL LISTEN/NOTIFY of this process, for subscriptions (when the service listens on channels). */
  notifications?: NotificationFeed;
  /** A reconnecting subscriber's `Last-Event-ID` (digits), to resume after it. */
  lastEventId?: string;
}

export interface SubgraphServiceOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  verifier: TokenVerifier;
  createLoaders: (db: OrgScope) => Loaders;
  /** Confirms the token's claims against the platform's records (see auth/caller-check.ts). */
  checkCaller: CallerCheck;
  peers: PeerSubgraphs;
  port: number;
  host?: string;
  logger: Logger;
  /** Production: no introspection, no field suggestions (NODE_ENV=production). */
  production?: boolean;
  /** The process's LISTEN/NOTIFY feed; with it, the subgraph serves its subscriptions over SSE. */
  notifications?: NotificationFeed;
}

/** A fresh id for a request, made here: a caller cannot choose what its reads are logged under. */
export function requestIdOf(_request: IncomingMessage): string {
  return randomUUID();
}

/** The caller's `x-request-id` when it is well formed (letters, digits, `_`, `-`; up to 100), else null. */
export function correlationIdOf(request: IncomingMessage): string | null {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : null;
}

/**
 * Starts a subgraph over HTTP. Every request, `_entities` and `_service`
 * included, must carry a valid token: a subgraph reached without the gateway
 * is just as closed.
 */
export async function startSubgraphService<Loaders>(options: SubgraphServiceOptions<Loaders>): Promise<RunningHttpService> {
  const production = options.production ?? false;
  // The gateway's limits, here too: a subgraph reached directly must not be easier to stall.
  const limits = operationLimitsFor(production);
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: options.schema,
    // The gateway plans over the committed supergraph and reads `_service`; nobody needs introspection in production.
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: maskUnexpectedErrors(options.logger),
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(limits.plugins as unknown as ApolloServerPlugin<SubgraphContext<Loaders>>[]),
      ApolloServerPluginLandingPageDisabled(),
      subscriptionsNeedEventStream as ApolloServerPlugin<SubgraphContext<Loaders>>,
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are declared and answers are per caller: the cache-control plugin would only wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Nothing leaves the machine, even with APOLLO_KEY in the environment.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  const confirmed = new ConfirmedCallers();
  const formatError = maskUnexpectedErrors(options.logger);
  async function context(request: IncomingMessage): Promise<SubgraphContext<Loaders>> {
    const caller = await options.verifier.verifyAuthorizationHeader(request.headers.authorization);
    const authorization = request.headers.authorization!;
    const db = new OrgScope(options.dataSource, caller);
    const requestId = requestIdOf(request);
    const correlationId = correlationIdOf(request);
    // A peer sees the caller's correlation id (or ours) as its own correlation id.
    const peers = options.peers.forCaller(authorization, correlationId ?? requestId);
    if (!confirmed.has(authorization)) {
      await options.checkCaller(caller, { db, peers });
      confirmed.add(authorization);
    }
    return {
      caller,
      db,
      loaders: options.createLoaders(db),
      requestId,
      correlationId,
      locale: localeOfRequest(request),
      peers,
      notifications: options.notifications,
      lastEventId: lastEventIdOf(request),
    };
  }
  const service = await serveGraphQL({
    apollo,
    name: options.name,
    port: options.port,
    host: options.host,
    context,
    // The same checks as a query: token, caller confirmed, limits, rules, masking.
    subscriptions: options.notifications ? serveSubscriptions({ schema: options.schema, limits, formatError, context }) : undefined,
    health: async () => {
      await options.dataSource.query('SELECT 1');
      return true;
    },
  });
  options.logger.info('subgraph ready', { url: service.url });
  return service;
}
