import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { tokenExpiryOf } from '../auth/tokens.js';
import { apiError, ErrorCode } from '../errors.js';
import { openEventStream, type EventStream } from '../http/event-stream.js';
import { respondJson } from '../http/serve.js';
import { MAX_LIST_INPUT, oversizedListIn } from './input-limits.js';
import type { operationLimitsFor } from './limits.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** HTTP status of an operation refused before its stream opens. */
function statusOf(errors: readonly GraphQLFormattedError[]): number {
  const code = errors[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'FORBIDDEN') return 403;
  if (code === 'SERVICE_UNAVAILABLE') return 503;
  if (code === 'INTERNAL_SERVER_ERROR') return 500;
  return 400;
}

/** Formats errors the way the server's formatError does for queries (masking, stable codes). */
export function formatErrors(errors: readonly unknown[], formatError: FormatError): GraphQLFormattedError[] {
  return errors.map((error) => {
    const graphQLError = error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : 'Internal server error', { originalError: error as Error });
    return formatError(graphQLError.toJSON(), graphQLError);
  });
}

/** Refuses a request before any stream opens: a GraphQL-over-HTTP JSON answer with a 4xx status. */
export function refuse(response: ServerResponse, errors: readonly unknown[], formatError: FormatError) {
  const formatted = formatErrors(errors, formatError);
  respondJson(response, statusOf(formatted), { errors: formatted });
}

export interface CheckedSubscription {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  operationName?: string;
}

/**
 * The checks every operation gets, for a subscription: the token limit while
 * parsing, graphql-js's and graphql-armor's validation rules (depth, aliases,
 * cost, directives), a subscription operation at all, and no list variable
 * longer than MAX_LIST_INPUT. Throws the caller's GraphQLError.
 */
export function checkSubscription(schema: GraphQLSchema, body: Record<string, unknown>, limits: ReturnType<typeof operationLimitsFor>): CheckedSubscription {
  const query = body.query;
  if (typeof query !== 'string' || query === '') throw new GraphQLError('The request names no operation: send `query` (or a trusted documentId).', { extensions: { code: 'BAD_REQUEST' } });
  let document: DocumentNode;
  try {
    document = parse(query, limits.parseOptions);
  } catch (error) {
    throw new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  }
  const errors = validate(schema, document, [...specifiedRules, ...(limits.validationRules as unknown as ValidationRule[])]);
  if (errors.length) throw new GraphQLError(errors[0]!.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new GraphQLError('Name the operation to run (operationName).', { extensions: { code: 'BAD_REQUEST' } });
  if (operation.operation !== 'subscription') {
    throw new GraphQLError('Only subscriptions are served as text/event-stream; send queries and mutations with Accept: application/json.', { extensions: { code: 'BAD_REQUEST' } });
  }
  const variables = body.variables ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) throw apiError(ErrorCode.BAD_USER_INPUT, 'variables must be an object.');
  const found = oversizedListIn(variables);
  if (found) throw apiError(ErrorCode.BAD_USER_INPUT, `Variable $${found.path} holds a list of ${found.length} items; no argument takes more than ${MAX_LIST_INPUT}.`, { variable: `$${found.path}`, reason: 'TOO_MANY_ITEMS' });
  return { document, operation, variables: variables as Record<string, unknown>, operationName };
}

/** Ends a stream when the token expires: an UNAUTHENTICATED result, then `complete`. */
export function endAtTokenExpiry(request: IncomingMessage, stream: EventStream, stop: () => void) {
  const expiry = tokenExpiryOf(request.headers.authorization);
  if (expiry === undefined) return;
  // setTimeout holds at most ~24.8 days.
  const timer = setTimeout(() => {
    stream.next({ errors: [{ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } }] });
    stream.complete();
    stop();
  }, Math.min(Math.max(expiry * 1000 - Date.now(), 0), 2 ** 31 - 1));
  timer.unref();
  stream.onClose(() => clearTimeout(timer));
}

export interface SubscriptionServingOptions<TContext> {
  schema: GraphQLSchema;
  limits: ReturnType<typeof operationLimitsFor>;
  formatError: FormatError;
  /**
   * The request's context, as for a query (token verified, caller confirmed).
   * Built again for every event: fresh dataloaders (no row cached from an
   * earlier event), and a token that expired or lost its roles ends the stream.
   */
  context: (request: IncomingMessage) => Promise<TContext>;
  /** The SSE event id of an event (what a reconnecting client sends back as Last-Event-ID). */
  eventIdOf?: (payload: unknown) => string | undefined;
}

const defaultEventId = (payload: unknown) => {
  const id = (payload as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Runs a subgraph's subscriptions over Server-Sent Events (graphql-sse,
 * distinct connections): the same token check, limits, rules and error
 * masking as its queries. The subscription field's `subscribe` yields the
 * events; each is executed against a fresh context, so every resolver runs
 * with row level security for the subscriber exactly as in a query.
 */
export function serveSubscriptions<TContext>(options: SubscriptionServingOptions<TContext>) {
  const eventIdOf = options.eventIdOf ?? defaultEventId;
  return async (request: IncomingMessage, body: Record<string, unknown>, response: ServerResponse) => {
    let checked: CheckedSubscription;
    let sourceStream: AsyncIterator<unknown> & AsyncIterable<unknown>;
    try {
      const context = await options.context(request);
      checked = checkSubscription(options.schema, body, options.limits);
      const source = await createSourceEventStream({ schema: options.schema, document: checked.document, contextValue: context, variableValues: checked.variables, operationName: checked.operationName });
      if (!(Symbol.asyncIterator in source)) return refuse(response, (source as ExecutionResult).errors ?? [], options.formatError);
      sourceStream = source as AsyncGenerator<unknown>;
    } catch (error) {
      return refuse(response, [error], options.formatError);
    }
    const stream = openEventStream(response);
    const stop = () => void sourceStream.return?.();
    stream.onClose(stop);
    endAtTokenExpiry(request, stream, stop);
    try {
      for await (const payload of sourceStream) {
        if (stream.closed) break;
        let result: ExecutionResult;
        try {
          const contextValue = await options.context(request);
          result = await execute({ schema: options.schema, document: checked.document, rootValue: payload, contextValue, variableValues: checked.variables, operationName: checked.operationName });
        } catch (error) {
          // The token expired or the caller lost its roles: the stream ends.
          stream.next({ errors: formatErrors([error], options.formatError) });
          break;
        }
        stream.next(result.errors ? { ...result, errors: formatErrors(result.errors, options.formatError) } : result, eventIdOf(payload));
      }
    } catch (error) {
      stream.next({ errors: formatErrors([error], options.formatError) });
    }
    stream.complete();
  };
}

/**
 * A subscription sent as an ordinary request (Accept: application/json) is
 * the caller's mistake, answered 400 with the way to do it, not an internal error.
 */
export const subscriptionsNeedEventStream = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }: { operation?: { operation: string } | null }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served as Server-Sent Events: POST with Accept: text/event-stream.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      },
    };
  },
};
