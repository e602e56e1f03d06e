import type { TypedDocumentString } from './generated/graphql.js';
import { PolkuRequestError, type GraphQLErrorPayload, type RequestOptions } from './request.js';

/** One event of a subscription: the result of the operation for it, and its id to resume after. */
export interface LiveEvent<TResult> {
  /** The event id (SSE `id`); send it back as `lastEventId` to resume after this event. */
  id?: string;
  data?: TResult | null;
  errors?: GraphQLErrorPayload[];
}

export interface SubscribeOptions extends RequestOptions {
  /** Resume after this event: the missed events come first (sent as the Last-Event-ID header). */
  lastEventId?: string;
  /** Called once the stream is open: from then on no event is missed. */
  onOpen?: () => void;
}

type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/**
 * Opens one subscription stream (GraphQL over Server-Sent Events, graphql-sse
 * "distinct connections": a POST with Accept: text/event-stream) and yields
 * its events until the server completes it or `signal` aborts. A refusal
 * before the stream opens (token, trusted document, limits) throws
 * PolkuRequestError with the errors' codes.
 */
export async function* subscribeWith<TResult, TVariables>(
  options: SubscribeOptions,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): AsyncGenerator<LiveEvent<TResult>> {
  const hash = document.__meta__?.hash as string | undefined;
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${options.token}`,
      ...(options.language ? { 'accept-language': options.language } : {}),
      ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
    },
    body: JSON.stringify(hash ? { documentId: hash, variables } : { query: document.toString(), variables }),
    signal: options.signal,
  });
  if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    const text = await response.text();
    let errors: GraphQLErrorPayload[];
    try {
      errors = (JSON.parse(text) as { errors?: GraphQLErrorPayload[] }).errors ?? [];
    } catch {
      errors = [{ message: `not a GraphQL response: ${text.slice(0, 200)}` }];
    }
    throw new PolkuRequestError(response.status, errors, undefined);
  }
  options.onOpen?.();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        let event = 'message';
        let id: string | undefined;
        const data: string[] = [];
        for (const line of block.split(/\r?\n/)) {
          const colon = line.indexOf(':');
          if (line === '' || colon === 0) continue;
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') event = text;
          else if (field === 'id') id = text;
          else if (field === 'data') data.push(text);
        }
        if (event === 'complete') return;
        if (event === 'next') yield { id, ...(JSON.parse(data.join('\n')) as Omit<LiveEvent<TResult>, 'id'>) };
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

export interface LiveHandlers<TResult> {
  /** Every event with data, in order, each once. */
  onEvent(event: LiveEvent<TResult>): void;
  /** A refusal or an error the stream ended with (e.g. UNAUTHENTICATED when the token expired); the subscription has stopped. */
  onError?(error: PolkuRequestError): void;
}

/** Codes after which reconnecting cannot help: the caller must act (sign in again, reload). */
const finalCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PERSISTED_QUERY_NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT']);

/**
 * Keeps a subscription open: after a dropped stream (network, a restarting
 * service) it reconnects with the last event id, so the missed events arrive
 * first and none twice; it stops on a refusal or an error that reconnecting
 * cannot cure. Returns a function that closes it.
 */
export function liveSubscription<TResult, TVariables>(
  options: SubscribeOptions,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  handlers: LiveHandlers<TResult>,
): () => void {
  const abort = new AbortController();
  let lastEventId = options.lastEventId;
  (async () => {
    for (let attempt = 0; !abort.signal.aborted; attempt++) {
      try {
        const events = subscribeWith({ ...options, lastEventId, signal: abort.signal }, document, ...([variables] as VariablesArgument<TVariables>));
        for await (const event of events) {
          attempt = 0;
          const code = event.errors?.[0]?.extensions?.code;
          if (code && finalCodes.has(code)) throw new PolkuRequestError(200, event.errors!, event.data);
          if (event.id) lastEventId = event.id;
          if (event.data != null) handlers.onEvent(event);
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        if (error instanceof PolkuRequestError && (finalCodes.has(error.code ?? '') || (error.status >= 400 && error.status < 500))) {
          handlers.onError?.(error);
          return;
        }
      }
      // Back off 1, 2, 4 ... 30 s between attempts.
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5))));
    }
  })();
  return () => abort.abort();
}
