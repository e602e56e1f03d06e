import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { StartupError, type PreparedRequest } from '@polku/kit';

/** The manifest npm run codegen writes beside the generated client: `{ "sha256:<hex>": "<document>" }`. */
export const defaultTrustedDocumentsPath = fileURLToPath(
  new URL('../../schema/client/src/generated/persisted-documents.json', import.meta.url),
);

export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

/**
 * TRUSTED_DOCUMENTS: `true`/`false` (also on/off, 1/0); unset means on in
 * production (NODE_ENV=production) and off otherwise.
 */
export function trustedDocumentsOnlyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.TRUSTED_DOCUMENTS?.trim().toLowerCase();
  if (!value) return env.NODE_ENV === 'production';
  if (['true', 'on', '1'].includes(value)) return true;
  if (['false', 'off', '0'].includes(value)) return false;
  throw new StartupError(`TRUSTED_DOCUMENTS must be true or false, not "${env.TRUSTED_DOCUMENTS}"`);
}

type Operation = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operations the repository's clients were generated from, by hash. A
 * request naming a known hash (`documentId`, or Apollo's
 * `extensions.persistedQuery.sha256Hash`) runs the stored document whatever
 * the mode. With `only`, nothing else runs: an unknown hash or raw query text
 * is refused with PERSISTED_QUERY_NOT_FOUND (HTTP 400) before Apollo parses
 * anything. Without it (development), raw query text runs as usual.
 */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** From a manifest object; keys may be "sha256:<hex>" or "<hex>". */
  static fromManifest(manifest: Record<string, string>): TrustedDocuments {
    return new TrustedDocuments(new Map(Object.entries(manifest).map(([hash, document]) => [plainHash(hash), document])));
  }

  /** Reads the manifest; a missing file is an empty manifest unless trusted documents are required. */
  static async load(path: string, required: boolean): Promise<TrustedDocuments> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      if (required) throw new StartupError(`TRUSTED_DOCUMENTS is on but the manifest ${path} cannot be read; run npm run codegen or set TRUSTED_DOCUMENTS_PATH`);
      return new TrustedDocuments(new Map());
    }
    try {
      return TrustedDocuments.fromManifest(JSON.parse(text) as Record<string, string>);
    } catch {
      throw new StartupError(`the trusted documents manifest ${path} is not valid JSON`);
    }
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The stored document for a hash, in either spelling. */
  document(hash: string): string | undefined {
    return this.byHash.get(plainHash(hash));
  }

  /** The request-rewriting step for serveGraphQL's prepareRequest. */
  preparer(only: boolean): (request: PreparedRequest) => PreparedRequest {
    return (request) => {
      if (request.method === 'GET') {
        const params = new URLSearchParams(request.search);
        const resolved = this.resolve(operationOfParams(params), only);
        return resolved ? { ...request, search: `?${paramsOfOperation(params, resolved)}` } : request;
      }
      if (Array.isArray(request.body)) return { ...request, body: request.body.map((item) => (isRecord(item) ? (this.resolve(item, only) ?? item) : item)) };
      if (isRecord(request.body)) return { ...request, body: this.resolve(request.body, only) ?? request.body };
      if (only && request.method === 'POST') throw notFound('Send a JSON body naming a trusted document by its documentId.');
      return request;
    };
  }

  /** The operation with its hash replaced by the stored text; undefined when there is nothing to change. */
  private resolve(operation: Operation, only: boolean): Operation | undefined {
    const extensions = isRecord(operation.extensions) ? operation.extensions : undefined;
    const persistedQuery = isRecord(extensions?.persistedQuery) ? extensions.persistedQuery : undefined;
    const hash = typeof operation.documentId === 'string' ? operation.documentId : persistedQuery?.sha256Hash;
    const hasText = typeof operation.query === 'string' && operation.query !== '';
    if (hash === undefined && !persistedQuery) {
      // Raw text, or nothing at all (Apollo answers that one itself).
      if (only && hasText) throw notFound('This gateway runs only trusted documents: send the operation\'s documentId, not its text.');
      return undefined;
    }
    const { documentId: _, ...rest } = operation;
    const { persistedQuery: __, ...otherExtensions } = extensions ?? {};
    const cleaned: Operation = { ...rest };
    if (Object.keys(otherExtensions).length) cleaned.extensions = otherExtensions;
    else delete cleaned.extensions;
    const stored = typeof hash === 'string' ? this.document(hash) : undefined;
    if (stored) return { ...cleaned, query: stored };
    // Apollo's automatic persisted queries are off: an unknown hash never registers anything.
    if (only || !hasText) throw notFound('Unknown operation: no trusted document has this hash. Register the operation (README.md, "For partner developers").');
    return cleaned;
  }
}

const plainHash = (hash: string) => hash.replace(/^sha256:/i, '').toLowerCase();

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: PERSISTED_QUERY_NOT_FOUND, http: { status: 400 } } });
}

/** A GET request's operation: the GraphQL-over-HTTP query parameters, extensions parsed. */
function operationOfParams(params: URLSearchParams): Operation {
  const operation: Operation = {};
  for (const key of ['query', 'documentId']) if (params.has(key)) operation[key] = params.get(key);
  if (params.has('extensions')) {
    try {
      operation.extensions = JSON.parse(params.get('extensions')!);
    } catch {
      operation.extensions = params.get('extensions');
    }
  }
  return operation;
}

function paramsOfOperation(original: URLSearchParams, operation: Operation): string {
  const params = new URLSearchParams(original);
  params.delete('documentId');
  params.delete('extensions');
  if (typeof operation.query === 'string') params.set('query', operation.query);
  if (operation.extensions !== undefined) params.set('extensions', JSON.stringify(operation.extensions));
  return params.toString();
}
