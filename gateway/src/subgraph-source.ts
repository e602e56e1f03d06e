import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';

export interface GatewayContext extends BaseContext {
  authorization: string;
  requestId: string;
  acceptLanguage?: string;
}

/**
 * Node's own fetch (undici: kept-alive connections, no cache layer) instead
 * of Apollo's default make-fetch-happen, whose HTTP cache machinery costs
 * more per subgraph call than the call itself on a local network.
 */
const undiciFetcher: Fetcher = (url, init) => fetch(url, init as RequestInit) as unknown as Promise<FetcherResponse>;

/** The codes a subgraph answers a caller with (kit's ErrorCode, limits and validation); anything else is masked. */
const callerFacingCodes = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

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
    super({ url, fetcher: undiciFetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('authorization' in context)) return;
    request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.requestId);
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
