import { createHmac } from 'node:crypto';
import { StartupError } from '@polku/kit';

/** The platform's linkage secret and the id under which keys made with it are stored. */
export interface LinkageSecret {
  keyId: string;
  /** HMAC-SHA-256 of the project and normalised identity: 32 bytes. */
  keyOf(projectId: string, identity: string): Buffer;
}

export const LINKAGE_SECRET_ENV = 'POLKU_LINKAGE_SECRET';
export const LINKAGE_KEY_ID_ENV = 'POLKU_LINKAGE_KEY_ID';

/**
 * The secret from the environment (docs/linkage.md): at least 32 characters
 * (e.g. `openssl rand -base64 48`). `POLKU_LINKAGE_KEY_ID` names it; without
 * one, the id is derived from the secret (a one-way tag, not the secret).
 * Journeys refuses to start without a secret; `npm start` and the tests hand
 * it one generated in the data folder.
 */
export function linkageSecretFromEnv(env: NodeJS.ProcessEnv = process.env): LinkageSecret {
  const secret = env[LINKAGE_SECRET_ENV];
  if (!secret || secret.length < 32) throw new StartupError(`${LINKAGE_SECRET_ENV} must be set to a secret of at least 32 characters`);
  const keyId = env[LINKAGE_KEY_ID_ENV] || `k${createHmac('sha256', secret).update('polku-linkage-key-id').digest('hex').slice(0, 12)}`;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(keyId)) throw new StartupError(`${LINKAGE_KEY_ID_ENV} must be 1 to 64 letters, digits, dots, dashes or underscores`);
  return linkageSecret(secret, keyId);
}

export function linkageSecret(secret: string, keyId: string): LinkageSecret {
  return {
    keyId,
    // The project is part of the message: the same person has unrelated keys in two projects.
    keyOf: (projectId, identity) => createHmac('sha256', secret).update(`polku-linkage-v1\0${projectId.toLowerCase()}\0${identity}`).digest(),
  };
}
