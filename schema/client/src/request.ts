import type { TypedDocumentString } from './generated/graphql.js';

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorPayload {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The gateway answered with errors (or not at all); partial data, if any, is kept. */
export class PolkuRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorPayload[],
    readonly data: unknown,
  ) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ') || `HTTP ${status}`);
    this.name = 'PolkuRequestError';
  }

  /** The first error's stable code, e.g. UNAUTHENTICATED or PERSISTED_QUERY_NOT_FOUND. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** Variables may be left out only when the operation has no required ones. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Where and as whom requestWith sends an operation. */
export interface RequestOptions {
  url: string;
  token: string;
  /** Sent as Accept-Language: labels without a locale argument follow it (e.g. "fi"). */
  language?: string;
  signal?: AbortSignal;
}

/**
 * Runs one of the repository's operations against a Polku gateway. Sends only
 * the operation's persisted-document hash (`documentId`): the gateway knows
 * the document from its manifest, and with trusted documents on it runs
 * nothing else. Resolves to the typed data; throws PolkuRequestError when the
 * response carries errors.
 */
export async function request<TResult, TVariables>(
  url: string,
  token: string,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  return requestWith({ url, token }, document, ...([variables] as VariablesArgument<TVariables>));
}

/** As request, with the caller's language and an abort signal (the web app uses it). */
export async function requestWith<TResult, TVariables>(
  options: RequestOptions,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const hash = document.__meta__?.hash as string | undefined;
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${options.token}`,
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    // Without a hash (a document not made by codegen) the text is all there is.
    body: JSON.stringify(hash ? { documentId: hash, variables } : { query: document.toString(), variables }),
    signal: options.signal,
  });
  const text = await response.text();
  let body: { data?: TResult | null; errors?: GraphQLErrorPayload[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new PolkuRequestError(response.status, [{ message: `not a GraphQL response: ${text.slice(0, 200)}` }], undefined);
  }
  if (body.errors?.length || body.data == null) throw new PolkuRequestError(response.status, body.errors ?? [], body.data);
  return body.data;
}
