import type { Role } from '@polku/kit';
import type { TokenSigner } from './dev-keys.js';
import { mintDevToken } from './dev-tokens.js';

export interface DemoUser {
  subject: string;
  description: string;
  organisation: string;
  roles: Role[];
  projects: string[];
}

/** The people `npm start` prints ready tokens for. */
export const demoUsers: DemoUser[] = [
  { subject: 'coach@sotek', description: 'coach at Sotek-säätiö', organisation: 'sotek', roles: ['COACH'], projects: [] },
  { subject: 'coach@kalliola', description: 'coach at Kalliolan Setlementti ry', organisation: 'kalliola', roles: ['COACH'], projects: [] },
  { subject: 'org_admin@sotek', description: 'organisation admin at Sotek-säätiö, the lead of Yhteinen Askel', organisation: 'sotek', roles: ['ORG_ADMIN'], projects: [] },
  { subject: 'admin@kuntoutussaatio', description: 'organisation admin at Kuntoutussäätiö', organisation: 'kuntoutussaatio', roles: ['ORG_ADMIN'], projects: [] },
  { subject: 'coordinator@sotek', description: 'coordinator of Yhteinen Askel', organisation: 'sotek', roles: ['COORDINATOR'], projects: ['yhteinen-askel'] },
];

export async function tokenForDemoUser(adminUrl: string, signToken: TokenSigner, user: DemoUser) {
  const { token } = await mintDevToken(adminUrl, signToken, { organisation: user.organisation, roles: user.roles, projects: user.projects, subject: user.subject });
  return token;
}
