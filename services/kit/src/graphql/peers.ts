import { StartupError } from '../errors.js';

/**
 * Calls to another subgraph on behalf of the caller: the caller's own token
 * travels along, so the other service applies its own rules and row level
 * security to exactly this caller. Used when a service must learn a fact it
 * does not own (e.g. outcomes asking journeys which organisation an
 * enrolment belongs to) instead of reading another service's schema.
 */
export class PeerSubgraphs {
  constructor(private readonly urls: Record<string, string | undefined>) {}

  forCaller(authorization: string, requestId: string): PeerClient {
    return {
      query: async <T>(peer: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
        const url = this.urls[peer];
        if (!url) throw new StartupError(`no URL for the ${peer} subgraph; set ${peer.toUpperCase()}_URL`);
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization, 'x-request-id': requestId },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
        if (body.errors?.length || !body.data) {
          throw new PeerError(peer, body.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') ?? `HTTP ${response.status}`);
        }
        return body.data;
      },
    };
  }
}

export interface PeerClient {
  query<T>(peer: string, query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A peer subgraph answered with errors; logged in full, masked for the caller. */
export class PeerError extends Error {
  override name = 'PeerError';
  constructor(
    readonly peer: string,
    detail: string,
  ) {
    super(`${peer} subgraph: ${detail}`);
  }
}
