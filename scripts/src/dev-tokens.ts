import type { Role } from '@polku/kit';
import type { TokenSigner } from './dev-keys.js';
import { resolveSlugs } from './directory.js';
import { ensureStaffRecord } from './staff-records.js';

export interface DevTokenRequest {
  organisation: string;
  roles: Role[];
  projects?: string[];
  /** Defaults to `<first role>@<organisation>`, e.g. coach@sotek. */
  subject?: string;
  expiresIn?: string;
}

/**
 * Development and tests: a token for a person of a seeded organisation,
 * listed in the directory with the roles first (the subgraphs accept only
 * people the directory lists). Reports whether the directory changed.
 */
export async function mintDevToken(adminUrl: string, sign: TokenSigner, request: DevTokenRequest): Promise<{ token: string; listedNow: boolean }> {
  const { organisationId, projectIds } = await resolveSlugs(adminUrl, request.organisation, request.projects ?? []);
  const subject = request.subject ?? `${request.roles[0]!.toLowerCase()}@${request.organisation}`;
  const listedNow = await ensureStaffRecord(adminUrl, organisationId, subject, request.roles, projectIds);
  const token = await sign({ subject, organisationId, roles: request.roles, projectIds, expiresIn: request.expiresIn });
  return { token, listedNow };
}
