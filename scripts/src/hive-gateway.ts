import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
import { PERSISTED_QUERY_NOT_FOUND, type TrustedDocuments } from '@polku/gateway';
import { listen } from '@polku/kit';

export interface HiveGatewayOptions {
  /** schema/supergraph.graphql, unchanged. */
  supergraphSdl: string;
  /** The running subgraphs by name; the supergraph's own URLs when absent. */
  subgraphUrls?: Record<string, string>;
  /** The repository's manifest: known hashes run; with `trustedDocumentsOnly`, nothing else does. */
  trustedDocuments?: TrustedDocuments;
  trustedDocumentsOnly?: boolean;
}

/**
 * The same platform behind a second, independent federation gateway (Hive
 * Gateway). Subgraphs verify the caller's token themselves, so the gateway
 * only has to pass the caller's Authorization (and language) on. The object
 * is also a valid `gatewayConfig` for the @graphql-hive/gateway CLI; see
 * README.md, "Switching to Hive Gateway".
 */
export function hiveGatewayConfig(options: HiveGatewayOptions): GatewayConfigSupergraph {
  const { trustedDocuments } = options;
  return {
    supergraph: options.supergraphSdl,
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }])),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        'accept-language': request.headers.get('accept-language'),
        'x-request-id': request.headers.get('x-request-id'),
      }),
    },
    persistedDocuments: trustedDocuments && {
      getPersistedOperation: (hash: string) => trustedDocuments.document(hash) ?? null,
      // The generated client names a document by `documentId`; Apollo clients by the persistedQuery extension.
      extractPersistedOperationId: (params: { documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } }) => {
        const hash = params.documentId ?? params.extensions?.persistedQuery?.sha256Hash;
        return typeof hash === 'string' ? hash : null;
      },
      allowArbitraryDocuments: !options.trustedDocumentsOnly,
      // The same code and status as the platform's gateway answers, so clients need not know which one runs.
      customErrors: {
        notFound: refusal('Unknown operation: no trusted document has this hash.'),
        keyNotFound: refusal('Send a documentId naming a trusted document.'),
        persistedQueryOnly: refusal("This gateway runs only trusted documents: send the operation's documentId, not its text."),
      },
    },
    logging: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn',
  };
}

const refusal = (message: string) => ({ message, extensions: { code: PERSISTED_QUERY_NOT_FOUND, http: { status: 400 } } });

/** Serves hiveGatewayConfig() at /graphql on node:http (what `npm run gateway:hive` and the tests run). */
export async function startHiveGateway(options: HiveGatewayOptions & { port: number; host?: string }) {
  const gateway = createGatewayRuntime(hiveGatewayConfig(options));
  return listen(createServer(gateway), { name: 'hive gateway', port: options.port, host: options.host, onClose: () => gateway.dispose() });
}
