import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, TOKEN_ALGORITHM, type Role } from '@polku/kit';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';

/**
 * Development signing keys: generated once per data folder, never committed.
 * In production the platform only verifies; an identity provider signs.
 */
export async function ensureDevKeys(dataDir: string): Promise<{ privateKeyPem: string; publicKeyPem: string }> {
  const dir = join(dataDir, 'keys');
  const privatePath = join(dir, 'token-signing.key.pem');
  const publicPath = join(dir, 'token-signing.pub.pem');
  if (!existsSync(privatePath)) {
    await mkdir(dataDir, { recursive: true });
    await mkdir(dir, { mode: 0o700 });
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
    await writeFile(privatePath, await exportPKCS8(privateKey), { mode: 0o600 });
    await writeFile(publicPath, await exportSPKI(publicKey));
  }
  return { privateKeyPem: await readFile(privatePath, 'utf8'), publicKeyPem: await readFile(publicPath, 'utf8') };
}

export interface DevTokenClaims {
  subject: string;
  organisationId: string;
  roles: Role[];
  projectIds?: string[];
  /** Lifetime, e.g. '12h'. */
  expiresIn?: string;
}

export type TokenSigner = (claims: DevTokenClaims) => Promise<string>;

export async function createTokenSigner(privateKeyPem: string, issuer = DEFAULT_ISSUER, audience = DEFAULT_AUDIENCE): Promise<TokenSigner> {
  const key = await importPKCS8(privateKeyPem, TOKEN_ALGORITHM);
  return (claims) =>
    new SignJWT({ org: claims.organisationId, roles: claims.roles, projects: claims.projectIds ?? [] })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM })
      .setSubject(claims.subject)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '12h')
      .sign(key);
}
