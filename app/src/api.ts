import { useCallback, useEffect, useRef, useState } from 'react';
import { liveSubscription, PolkuRequestError, requestWith, type LiveEvent, type TypedDocumentString } from '@polku/client';
import { useI18n } from './i18n.js';
import { useSession } from './auth/session.js';

/** The gateway is the page's own origin. */
const graphqlUrl = new URL('/graphql', window.location.origin).toString();

type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Sends one of the repository's trusted documents as the signed-in person, in the chosen language. */
export function useApi() {
  const { token, expired } = useSession();
  const { language } = useI18n();
  return useCallback(
    async <TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>): Promise<TResult> => {
      try {
        return await requestWith({ url: graphqlUrl, token: token ?? '', language }, document, ...([variables] as VariablesArgument<TVariables>));
      } catch (error) {
        if (error instanceof PolkuRequestError && error.code === 'UNAUTHENTICATED') expired();
        throw error;
      }
    },
    [token, language, expired],
  );
}

export interface QueryState<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload(): void;
}

/** Runs a query when its variables change; the latest answer wins. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const api = useApi();
  const [state, setState] = useState<{ data?: TResult; error?: unknown; loading: boolean }>({ loading: !options.skip });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    const ticket = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    (api as (d: unknown, v: unknown) => Promise<TResult>)(document, variables).then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: unknown) => ticket === latest.current && setState({ error, loading: false }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, document, key, round, options.skip]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}

/** A mutation's state: run it, see it saving, its error or its result. */
export function useMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const api = useApi();
  const [state, setState] = useState<{ saving: boolean; error?: unknown; data?: TResult }>({ saving: false });
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | undefined> => {
      setState({ saving: true });
      try {
        const data = await (api as (d: unknown, v: unknown) => Promise<TResult>)(document, variables);
        setState({ saving: false, data });
        return data;
      } catch (error) {
        setState({ saving: false, error });
        return undefined;
      }
    },
    [api, document],
  );
  return { ...state, run };
}

/**
 * Keeps a subscription (one of the repository's trusted documents) open while
 * the component is shown: events arrive in order, each once, also across a
 * dropped connection (it resumes with the last event id). An expired token
 * ends it and signs the person out, as a query would.
 */
export function useSubscription<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, onEvent: (data: TResult) => void) {
  const { token, expired } = useSession();
  const { language } = useI18n();
  const handler = useRef(onEvent);
  handler.current = onEvent;
  // A renewed token reopens the stream: it resumes after the last event seen, missing nothing.
  const lastEventId = useRef<string | undefined>(undefined);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (!token) return;
    return liveSubscription({ url: graphqlUrl, token, language, lastEventId: lastEventId.current }, document, variables, {
      onEvent: (event: LiveEvent<TResult>) => {
        if (event.id) lastEventId.current = event.id;
        if (event.data) handler.current(event.data);
      },
      onError: (error) => error.code === 'UNAUTHENTICATED' && expired(),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token, language, document, key, expired]);
}
