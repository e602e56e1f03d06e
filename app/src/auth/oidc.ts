import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface OidcConfig {
  authority: string;
  clientId: string;
  scope: string;
}

/**
 * OpenID Connect Authorization Code with PKCE (oidc-client-ts). Tokens live in
 * memory only; sessionStorage holds just the short-lived state and PKCE
 * verifier that must survive the redirect to the identity provider and back.
 * Renewal is silent (refresh token when the provider gives one, otherwise a
 * hidden frame at /auth/silent-renew.html).
 */
export function createUserManager(config: OidcConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    response_type: 'code',
    redirect_uri: `${origin}/auth/callback`,
    silent_redirect_uri: `${origin}/auth/silent-renew.html`,
    post_logout_redirect_uri: `${origin}/`,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    silentRequestTimeoutInSeconds: 5,
  });
}
