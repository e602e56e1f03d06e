import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isUuid } from '../db/loaders.js';
import { apiError, ErrorCode, StartupError } from '../errors.js';
import { allRoles, type Caller, type Role } from './caller.js';

export const TOKEN_ALGORITHM = 'ES256';

export interface TokenSettings {
  issuer: string;
  audience: string;
  /** PEM-encoded SPKI public key. One of publicKeyPem or jwksUrl is required. */
  publicKeyPem?: string;
  /** URL of a JSON Web Key Set. */
  jwksUrl?: string;
}


/** How long a verified token is answered from memory at most: a key withdrawn from a JWK set stops working within this time. */
export const VERIFIED_TOKEN_TTL_SECONDS = 60;
const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Verifies bearer tokens (signature, issuer, audience, expiry) and reads the
 * caller from them. Every request of a caller carries the same token to the
 * gateway and again to each subgraph, so a token that verified is remembered
 * (by its exact text) until it expires, for at most a minute: the ECDSA check
 * is the largest CPU cost of a small request. A remembered token is still
 * refused from the second its `exp` passes.
 */
export class TokenVerifier {
  private readonly verified = new Map<string, { caller: Caller; until: number }>();

  private constructor(
    private readonly key: JWTVerifyGetKey | Awaited<ReturnType<typeof importSPKI>>,
    private readonly settings: TokenSettings,
  ) {}

  static async create(settings: TokenSettings): Promise<TokenVerifier> {
    if (settings.jwksUrl) return new TokenVerifier(createRemoteJWKSet(new URL(settings.jwksUrl)), settings);
    if (!settings.publicKeyPem) throw new StartupError('no token verification key: set JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE or JWT_JWKS_URL');
    try {
      return new TokenVerifier(await importSPKI(settings.publicKeyPem, TOKEN_ALGORITHM), settings);
    } catch {
      throw new StartupError('the token public key is not a valid PEM-encoded ES256 (P-256) public key');
    }
  }

  /** For tests and tools holding a JWK set in memory. */
  static fromJwks(jwks: Parameters<typeof createLocalJWKSet>[0], settings: Omit<TokenSettings, 'jwksUrl' | 'publicKeyPem'>) {
    return new TokenVerifier(createLocalJWKSet(jwks), settings);
  }

  /** Reads `Authorization: Bearer <jwt>`; any failure is UNAUTHENTICATED. */
  async verifyAuthorizationHeader(header: string | undefined | null): Promise<Caller> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw apiError(ErrorCode.UNAUTHENTICATED, 'A bearer token is required (Authorization: Bearer <token>).');
    return this.verify(match[1]!);
  }

  async verify(token: string): Promise<Caller> {
    const now = Date.now() / 1000;
    const known = this.verified.get(token);
    if (known && now < known.until) return known.caller;
    if (known) this.verified.delete(token);
    const { caller, payload } = await this.verifyAndRead(token);
    // exp is checked by jwtVerify; nbf in the future was refused there too.
    const until = Math.min(typeof payload.exp === 'number' ? payload.exp : Infinity, now + VERIFIED_TOKEN_TTL_SECONDS);
    if (this.verified.size >= VERIFIED_TOKENS_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { caller, until });
    return caller;
  }

  private async verifyAndRead(token: string): Promise<{ caller: Caller; payload: JWTPayload }> {
    let payload: JWTPayload;
    try {
      const options = { issuer: this.settings.issuer, audience: this.settings.audience, algorithms: [TOKEN_ALGORITHM] };
      ({ payload } =
        typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options));
    } catch (error) {
      const reason = (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token is not valid.';
      throw apiError(ErrorCode.UNAUTHENTICATED, reason);
    }
    const caller = callerFromClaims(payload);
    // Shared by every request that carries this token.
    Object.freeze(caller.roles);
    Object.freeze(caller.projectIds);
    return { caller: Object.freeze(caller), payload };
  }
}

export function callerFromClaims(payload: JWTPayload): Caller {
  const invalid = (what: string) => apiError(ErrorCode.UNAUTHENTICATED, `The token's ${what} claim is missing or invalid.`);
  const { sub, org, roles, projects } = payload as JWTPayload & { org?: unknown; roles?: unknown; projects?: unknown };
  if (typeof sub !== 'string' || sub === '') throw invalid('sub');
  if (!isUuid(org)) throw invalid('org');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => allRoles.includes(r as Role))) throw invalid('roles');
  const projectIds = projects ?? [];
  if (!Array.isArray(projectIds) || !projectIds.every(isUuid)) throw invalid('projects');
  return { subject: sub, organisationId: org.toLowerCase(), roles: roles as Role[], projectIds: projectIds as string[] };
}

/**
 * When a bearer token expires (seconds since the epoch), read without
 * verifying: only for a token the verifier has already accepted, to end a
 * long-lived stream when it expires.
 */
export function tokenExpiryOf(header: string | undefined | null): number | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  try {
    const { exp } = decodeJwt(match[1]!);
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}
