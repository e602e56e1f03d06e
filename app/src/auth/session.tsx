import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { createUserManager, type OidcConfig } from './oidc.js';

/** What the gateway tells the app at /app-config.json. */
export interface AppConfig {
  production: boolean;
  /** Development only: demo people to sign in as (null in production). */
  devPersonas: Array<{ subject: string; description: string; organisation: string; roles: string[] }> | null;
  oidc: OidcConfig | null;
}

type Status = 'starting' | 'signedOut' | 'signingIn' | 'signedIn';

interface Session {
  status: Status;
  config?: AppConfig;
  token?: string;
  error?: unknown;
  signInAsDemoUser(subject: string): Promise<void>;
  signInWithProvider(): Promise<void>;
  signOut(): void;
  /** The API said the token is no longer valid. */
  expired(): void;
}

const SessionContext = createContext<Session | null>(null);
// Development only: which demo person was chosen (never the token), so that a reload signs in again.
const demoKey = 'polku.demoUser';
const returnKey = 'polku.returnTo';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('starting');
  const [config, setConfig] = useState<AppConfig>();
  const [token, setToken] = useState<string>();
  const [error, setError] = useState<unknown>();
  const manager = useRef<UserManager | null>(null);

  const signInAsDemoUser = useCallback(async (subject: string) => {
    setStatus('signingIn');
    setError(undefined);
    try {
      const response = await fetch('/dev/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subject }) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { token } = (await response.json()) as { token: string };
      sessionStorage.setItem(demoKey, subject);
      setToken(token);
      setStatus('signedIn');
    } catch (failure) {
      sessionStorage.removeItem(demoKey);
      setError(failure);
      setStatus('signedOut');
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const loaded = (await (await fetch('/app-config.json')).json()) as AppConfig;
      if (cancelled) return;
      setConfig(loaded);
      if (loaded.devPersonas) {
        const remembered = sessionStorage.getItem(demoKey);
        if (remembered && loaded.devPersonas.some((persona) => persona.subject === remembered)) return signInAsDemoUser(remembered);
        return setStatus('signedOut');
      }
      if (!loaded.oidc) return setStatus('signedOut');
      const userManager = createUserManager(loaded.oidc);
      manager.current = userManager;
      userManager.events.addUserLoaded((user) => setToken(user.access_token));
      userManager.events.addAccessTokenExpired(() => (setToken(undefined), setStatus('signedOut')));
      userManager.events.addUserSignedOut(() => (setToken(undefined), setStatus('signedOut')));
      try {
        if (window.location.pathname === '/auth/callback') {
          const user = await userManager.signinRedirectCallback();
          replaceLocation(sessionStorage.getItem(returnKey) ?? '/');
          sessionStorage.removeItem(returnKey);
          setToken(user.access_token);
          return setStatus('signedIn');
        }
        // Tokens are in memory only: after a reload, ask the provider quietly whether the session still holds.
        const user = await userManager.signinSilent().catch(() => null);
        if (cancelled) return;
        if (user) {
          setToken(user.access_token);
          return setStatus('signedIn');
        }
      } catch (failure) {
        setError(failure);
      }
      setStatus('signedOut');
    })().catch((failure: unknown) => {
      setError(failure);
      setStatus('signedOut');
    });
    return () => {
      cancelled = true;
    };
  }, [signInAsDemoUser]);

  const value = useMemo<Session>(
    () => ({
      status,
      config,
      token,
      error,
      signInAsDemoUser,
      async signInWithProvider() {
        if (!manager.current) return;
        sessionStorage.setItem(returnKey, window.location.pathname + window.location.search);
        setStatus('signingIn');
        await manager.current.signinRedirect();
      },
      signOut() {
        sessionStorage.removeItem(demoKey);
        setToken(undefined);
        setStatus('signedOut');
        replaceLocation('/');
        void manager.current?.signoutRedirect().catch(() => {});
      },
      expired() {
        setToken(undefined);
        setStatus('signedOut');
      },
    }),
    [status, config, token, error, signInAsDemoUser],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Changes the address without a new history entry, and tells the router. */
function replaceLocation(to: string) {
  window.history.replaceState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
