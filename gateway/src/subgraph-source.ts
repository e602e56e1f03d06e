import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { GraphQLError } from 'graphql';

export interface GatewayContext extends BaseContext {
  authorization: string;
  requestId: string;
  /** The caller's own x-request-id, passed on so subgraphs can log it beside their own request ids. */
  correlationId: string | null;
  acceptLanguage?: string;
}

/**
 * Subgraph calls over node:http with kept-alive connections. Apollo's default
 * fetcher (make-fetch-happen) runs an HTTP cache layer per call, and Node's
 * fetch (undici) WHATWG streams; on a local network either costs more
 * gateway CPU than the call itself (measured with npm run bench).
 */
const agents = { 'http:': new Agent({ keepAlive: true, maxSockets: 256, scheduling: 'lifo' }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets: 256, scheduling: 'lifo' }) };
/** A subgraph that has not answered by then is treated as unavailable. */
const SUBGRAPH_TIMEOUT_MS = 30_000;

export const subgraphFetcher: Fetcher = (url, init = {}) =>
  new Promise<FetcherResponse>((resolve, reject) => {
    const https = url.startsWith('https:');
    const send = https ? httpsRequest : httpRequest;
    const request = send(url, { method: init.method ?? 'POST', headers: init.headers as Record<string, string>, agent: agents[https ? 'https:' : 'http:'], timeout: SUBGRAPH_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        const headers = new Map(Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
        resolve({
          ok: status >= 200 && status < 300,
          status,
          statusText: response.statusMessage ?? '',
          url,
          redirected: false,
          headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null } as FetcherResponse['headers'],
          text: async () => text,
          json: async () => JSON.parse(text),
          clone() {
            return this;
          },
        } as unknown as FetcherResponse);
      });
    });
    request.on('error', reject);
    request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer from ${url} within ${SUBGRAPH_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
    request.end(init.body as string | undefined);
  });

/** The codes a subgraph answers a caller with (kit's ErrorCode, limits and validation); anything else is masked. */
export const callerFacingCodes = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/**
 * A subgraph of the gateway: passes the caller's own token to it (each
 * subgraph verifies it again), turns its 4xx GraphQL answers into the
 * caller's error instead of an internal one, and names a subgraph that cannot
 * be reached so that the answer holds the other subgraphs' data and a clear
 * error for the missing part.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
  ) {
    super({ url, fetcher: subgraphFetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('authorization' in context)) return;
    request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.correlationId ?? context.requestId);
    if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
  }

  /** A 4xx whose body is a GraphQL response (GraphQL over HTTP) carries the subgraph's own error for the caller. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | undefined;
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    const code = first?.extensions?.code;
    if (response.status >= 400 && response.status < 500 && typeof code === 'string' && callerFacingCodes.has(code) && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code, serviceName: this.name } });
    }
    return error;
  }

  /** Connection refused, reset or timed out: the caller learns which part is missing, not the network detail. */
  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError) throw error;
    throw new GraphQLError(`The ${this.name} service is unavailable; its part of the answer is missing. Try again shortly.`, {
      extensions: { code: SERVICE_UNAVAILABLE, serviceName: this.name },
      originalError: error,
    });
  }
}

/** A subgraph could not be reached; the rest of the answer is there. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
