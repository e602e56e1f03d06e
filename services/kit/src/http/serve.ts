import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { wantsEventStream } from './event-stream.js';
import { listen, type RunningHttpService } from './listen.js';

const MAX_BODY_BYTES = 1024 * 1024;

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  port: number;
  host?: string;
  /** Builds the per-request context; throw a GraphQLError to refuse the request. */
  context: (request: IncomingMessage) => Promise<TContext>;
  /** Answers GET /health; false means 503. */
  health?: () => Promise<boolean>;
  name: string;
  /**
   * Optional step between reading a request and Apollo running it: may
   * rewrite the query string and body (the gateway resolves trusted-document
   * hashes here), or throw a GraphQLError to refuse the request, answered with
   * HTTP status extensions.http.status (400 when absent).
   */
  prepareRequest?: (request: PreparedRequest) => PreparedRequest;
  /**
   * Subscriptions over Server-Sent Events: a POST asking for `text/event-stream`
   * goes here after prepareRequest (trusted documents apply to it as to any
   * operation), with its JSON body. See graphql/subscriptions.ts.
   */
  subscriptions?: (request: IncomingMessage, operation: Record<string, unknown>, response: ServerResponse) => Promise<void>;
  /** Other routes (the gateway serves the web app): answers true when it handled the request. */
  routes?: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;
}

/** What prepareRequest sees and returns: `search` is the URL's query string ("?..." or ""). */
export interface PreparedRequest {
  method: string;
  search: string;
  body: unknown;
}


/**
 * Serves an Apollo Server at /graphql and a health probe at /health on plain
 * node:http: nothing else is needed, and start-up errors (port in use) stay ours.
 */
export async function serveGraphQL<TContext extends BaseContext>(options: ServeOptions<TContext>): Promise<RunningHttpService> {
  const { apollo } = options;
  await apollo.start();
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) respondJson(response, 500, { errors: [{ message: 'Internal server error' }] });
      else response.destroy(error as Error);
    });
  });
  server.keepAliveTimeout = 65_000;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      const healthy = options.health ? await options.health().catch(() => false) : true;
      return respondJson(response, healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable', service: options.name });
    }
    if (options.routes && (await options.routes(request, response, url))) return;
    if (url.pathname !== '/graphql') return respondJson(response, 404, { error: 'not found; GraphQL is served at /graphql' });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    try {
      body = await readJsonBody(request);
    } catch (error) {
      const { status, code } = error as { status?: number; code?: string };
      return respondJson(response, status ?? 400, { errors: [{ message: (error as Error).message, extensions: { code: code ?? 'BAD_REQUEST' } }] });
    }
    if (url.search.includes('%00')) {
      return respondJson(response, 400, { errors: [{ message: nulMessage, extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    let prepared: PreparedRequest = { method: request.method ?? 'GET', search: url.search, body };
    if (options.prepareRequest) {
      try {
        prepared = options.prepareRequest(prepared);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const { http, ...extensions } = error.extensions as { http?: { status?: number } };
        return respondJson(response, http?.status ?? 400, { errors: [{ message: error.message, extensions }] });
      }
    }
    if (options.subscriptions && wantsEventStream(request)) {
      if (prepared.method !== 'POST' || typeof prepared.body !== 'object' || prepared.body === null || Array.isArray(prepared.body)) {
        return respondJson(response, 400, { errors: [{ message: 'Subscriptions are a POST with a JSON body and Accept: text/event-stream.', extensions: { code: 'BAD_REQUEST' } }] });
      }
      return options.subscriptions(request, prepared.body as Record<string, unknown>, response);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { ...prepared, headers },
      context: () => options.context(request),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  return listen(server, { name: options.name, port: options.port, host: options.host, onClose: () => apollo.stop() });
}

export function respondJson(response: ServerResponse, status: number, body: unknown) {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

const nulMessage = 'Text may not contain NUL characters (\\u0000).';

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  // PostgreSQL text cannot hold NUL: refuse it here, once, instead of as a database error in every service.
  if (/\u0000|\\u0000/i.test(text)) throw Object.assign(new Error(nulMessage), { status: 400, code: 'BAD_USER_INPUT' });
  const type = request.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    throw Object.assign(new Error('request body is not valid JSON'), { status: 400 });
  }
}
