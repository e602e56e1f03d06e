import type { IncomingMessage, ServerResponse } from 'node:http';

/** A comment line every so often keeps proxies and load balancers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

/** Whether the client asks for GraphQL over Server-Sent Events (`Accept: text/event-stream`). */
export function wantsEventStream(request: IncomingMessage): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

/** The `Last-Event-ID` a reconnecting client sends (digits only), or undefined. */
export function lastEventIdOf(request: IncomingMessage): string | undefined {
  const given = request.headers['last-event-id'];
  return typeof given === 'string' && /^\d{1,19}$/.test(given) ? given : undefined;
}

export interface EventStream {
  /** One execution result (graphql-sse's `next` event); `id` becomes the client's Last-Event-ID. */
  next(result: unknown, id?: string): void;
  /** The stream is over (graphql-sse's `complete` event); the response ends. */
  complete(): void;
  /** Whether the client is gone or the stream completed. */
  readonly closed: boolean;
  /** Runs when the client disconnects or the stream completes. */
  onClose(listener: () => void): void;
}

/**
 * A response as a stream of GraphQL results in the "distinct connections"
 * mode of the GraphQL over Server-Sent Events protocol (graphql-sse):
 * `event: next` with a result as `data`, `event: complete` at the end.
 */
export function openEventStream(response: ServerResponse): EventStream {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Nginx and similar proxies would otherwise buffer the stream.
    'x-accel-buffering': 'no',
  });
  response.flushHeaders();
  let closed = false;
  const listeners: Array<() => void> = [];
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const listener of listeners.splice(0)) listener();
  };
  const heartbeat = setInterval(() => response.write(':\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  response.on('close', close);
  return {
    next(result, id) {
      if (closed) return;
      response.write(`event: next\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(result)}\n\n`);
    },
    complete() {
      if (closed) return;
      response.end('event: complete\ndata:\n\n');
      close();
    },
    get closed() {
      return closed;
    },
    onClose(listener) {
      if (closed) listener();
      else listeners.push(listener);
    },
  };
}

/** One Server-Sent Event as read. */
export interface ServerSentEvent {
  event: string;
  data: string;
  id?: string;
}

/** Reads Server-Sent Events from a byte stream (a subgraph's response at the gateway). */
export async function* readEventStream(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      const event: ServerSentEvent = { event: 'message', data: '' };
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id') event.id = value;
      }
      if (data.length === 0 && event.event === 'message') continue;
      event.data = data.join('\n');
      yield event;
    }
  }
}
