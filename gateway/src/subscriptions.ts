import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import {
  checkSubscription,
  correlationIdOf,
  endAtTokenExpiry,
  lastEventIdOf,
  openEventStream,
  readEventStream,
  refuse,
  requestIdOf,
  respondJson,
  type EventStream,
  type operationLimitsFor,
} from '@polku/kit';
import { splitSubscription, type LiveField } from './live-operations.js';
import { callerFacingCodes, SERVICE_UNAVAILABLE, type GatewayContext } from './subgraph-source.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface GatewaySubscriptionOptions {
  apollo: ApolloServer<GatewayContext>;
  /** The API schema, once the gateway has loaded the supergraph. */
  apiSchema: () => GraphQLSchema;
  liveFields: () => Map<string, LiveField>;
  subgraphUrl: (name: string) => string;
  limits: ReturnType<typeof operationLimitsFor>;
  formatError: FormatError;
  /** The query path's context: verifies the token (throws UNAUTHENTICATED). */
  context: (request: IncomingMessage) => Promise<GatewayContext>;
}

/** A subgraph's error as the caller may see it: its own codes pass, anything else is masked. */
function callerFacing(errors: unknown, formatError: FormatError): GraphQLFormattedError[] {
  return (Array.isArray(errors) ? errors : []).map((error: { message?: unknown; extensions?: { code?: unknown } }) => {
    const code = error?.extensions?.code;
    if (typeof code === 'string' && typeof error.message === 'string' && (callerFacingCodes.has(code) || code === SERVICE_UNAVAILABLE || code === 'PERSISTED_QUERY_NOT_FOUND')) {
      return { message: error.message, extensions: { ...error.extensions, code } };
    }
    return formatError({ message: 'Internal server error' }, error);
  });
}

/**
 * Per-event queries running at once in this gateway, all subscribers
 * together: a referral sent to an organisation with hundreds of open streams
 * waits its turn here instead of crowding the organisation's share of the
 * subgraphs' pools (where a long wait would fail as SERVICE_UNAVAILABLE).
 */
const PER_EVENT_CONCURRENCY = 16;

/** Runs work at most `limit` at a time, the rest in arrival order. */
function turns(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

const unavailable = (service: string) => ({
  errors: [{ message: `The ${service} service is unavailable; subscribe again with your last event id.`, extensions: { code: SERVICE_UNAVAILABLE, serviceName: service } }],
});

/**
 * Subscriptions through the gateway, over Server-Sent Events (graphql-sse,
 * distinct connections). The request passed the trusted-document step like
 * any operation; here the token is verified and the operation checked with
 * the same limits as a query. The owning subgraph streams event ids (with the
 * subscriber's token: it verifies it, applies its rules and row level
 * security itself); each event is then fetched with the client's selection as
 * a federated query through Apollo's whole pipeline (plugins, limits, error
 * masking), with a context built afresh, so an expired token ends the stream.
 */
export function gatewaySubscriptions(options: GatewaySubscriptionOptions) {
  const inTurn = turns(PER_EVENT_CONCURRENCY);
  return async (request: IncomingMessage, body: Record<string, unknown>, response: ServerResponse) => {
    let context: GatewayContext;
    let split: ReturnType<typeof splitSubscription>;
    let subgraph: string;
    let variables: Record<string, unknown>;
    try {
      context = await options.context(request);
      const checked = checkSubscription(options.apiSchema(), body, options.limits);
      const root = checked.operation.selectionSet.selections[0];
      const live = root?.kind === 'Field' ? options.liveFields().get(root.name.value) : undefined;
      split = live ? splitSubscription(checked.document, checked.operation, live) : 'Select one subscription field directly.';
      subgraph = live?.subgraph ?? '';
      variables = checked.variables;
    } catch (error) {
      return refuse(response, [error], options.formatError);
    }
    if (typeof split === 'string') return respondJson(response, 400, { errors: [{ message: split, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;

    const url = options.subgraphUrl(subgraph);
    const lastEventId = lastEventIdOf(request);
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const upstream = send(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: context.authorization,
        'x-request-id': context.correlationId ?? context.requestId,
        ...(context.acceptLanguage ? { 'accept-language': context.acceptLanguage } : {}),
        ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      },
    });
    let stream: EventStream | undefined;
    // The client left (before or after the stream opened): so does the subgraph's stream.
    response.on('close', () => upstream.destroy());
    upstream.on('error', () => {
      if (!stream && !response.headersSent) respondJson(response, 503, unavailable(subgraph));
      else if (stream && !stream.closed) {
        stream.next(unavailable(subgraph));
        stream.complete();
      }
    });
    upstream.end(JSON.stringify({ query: split.upstream, variables, operationName }));
    upstream.on('response', async (answer) => {
      const type = String(answer.headers['content-type'] ?? '');
      if (answer.statusCode !== 200 || !type.startsWith('text/event-stream')) {
        // Refused before the stream opened (token, rules, arguments): the subgraph's answer, masked like any.
        let text = '';
        for await (const chunk of answer) text += chunk;
        let errors: unknown;
        try {
          errors = (JSON.parse(text) as { errors?: unknown }).errors;
        } catch {
          errors = [{ message: 'not a GraphQL response' }];
        }
        return respondJson(response, answer.statusCode && answer.statusCode >= 400 ? answer.statusCode : 502, { errors: callerFacing(errors, options.formatError) });
      }
      const open = openEventStream(response);
      stream = open;
      open.onClose(() => upstream.destroy());
      endAtTokenExpiry(request, open, () => upstream.destroy());
      let completed = false;
      try {
        for await (const event of readEventStream(answer)) {
          if (open.closed) break;
          if (event.event === 'complete') {
            completed = true;
            break;
          }
          if (event.event !== 'next') continue;
          const result = JSON.parse(event.data) as { data?: Record<string, { id?: string } | null> | null; errors?: unknown };
          if (result.errors) {
            open.next({ errors: callerFacing(result.errors, options.formatError) });
            continue;
          }
          const eventId = result.data?.[split.responseKey]?.id;
          if (typeof eventId !== 'string') continue;
          let eventContext: GatewayContext;
          try {
            eventContext = await options.context(request);
          } catch (error) {
            // The token expired (or stopped verifying) since the stream opened.
            open.next({ errors: [options.formatError((error as { toJSON?: () => GraphQLFormattedError }).toJSON?.() ?? { message: String(error) }, error)] });
            break;
          }
          const answered = await inTurn(() =>
            options.apollo.executeOperation({ query: split.perEvent, variables: { ...variables, [split.eventIdVariable]: eventId }, operationName }, { contextValue: eventContext }),
          );
          if (answered.body.kind !== 'single') continue;
          const { data, errors } = answered.body.singleResult;
          // The event is no longer visible to the subscriber (row level security decided between the two reads).
          if (!errors && data?.[split.responseKey] == null) continue;
          open.next(errors ? { data, errors } : { data }, eventId);
        }
        if (!open.closed && !completed) open.next(unavailable(subgraph));
      } catch {
        if (!open.closed) open.next(unavailable(subgraph));
      }
      open.complete();
    });
  };
}
