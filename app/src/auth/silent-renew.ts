import { createUserManager } from './oidc.js';

// The hidden frame of a silent renewal: hand the provider's answer back to the app.
const config = (await (await fetch('/app-config.json')).json()) as { oidc: { authority: string; clientId: string; scope: string } | null };
if (config.oidc) await createUserManager(config.oidc).signinSilentCallback();
