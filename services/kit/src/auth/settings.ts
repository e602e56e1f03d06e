import { readFileSync } from 'node:fs';
import { StartupError } from '../errors.js';
import type { TokenSettings } from './tokens.js';

export const DEFAULT_ISSUER = 'polku-dev';
export const DEFAULT_AUDIENCE = 'polku-platform';

/** Token verification settings from JWT_* environment variables. */
export function tokenSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TokenSettings {
  let publicKeyPem = env.JWT_PUBLIC_KEY;
  if (!publicKeyPem && env.JWT_PUBLIC_KEY_FILE) {
    try {
      publicKeyPem = readFileSync(env.JWT_PUBLIC_KEY_FILE, 'utf8');
    } catch {
      throw new StartupError(`cannot read JWT_PUBLIC_KEY_FILE ${env.JWT_PUBLIC_KEY_FILE}`);
    }
  }
  return {
    issuer: env.JWT_ISSUER ?? DEFAULT_ISSUER,
    audience: env.JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
    publicKeyPem,
    jwksUrl: env.JWT_JWKS_URL,
  };
}
