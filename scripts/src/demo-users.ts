import type { DevSignIn } from '@polku/gateway';
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
  // The web app's sign-in offers these too: each page of the app has a person to show it.
  { subject: 'reporting@sotek', description: 'coordinator of Sotek\'s Uusi Askel and Avain Askel', organisation: 'sotek', roles: ['COORDINATOR'], projects: ['uusi-askel', 'avain-askel', 'yhteinen-askel'] },
  { subject: 'coach@kuntoutussaatio', description: 'coach at Kuntoutussäätiö', organisation: 'kuntoutussaatio', roles: ['COACH'], projects: [] },
  { subject: 'dpo@sotek', description: 'data protection officer at Sotek-säätiö', organisation: 'sotek', roles: ['DATA_PROTECTION_OFFICER'], projects: [] },
];

export async function tokenForDemoUser(adminUrl: string, signToken: TokenSigner, user: DemoUser) {
  const { token } = await mintDevToken(adminUrl, signToken, { organisation: user.organisation, roles: user.roles, projects: user.projects, subject: user.subject });
  return token;
}

/** Development sign-in for the web app: the demo people, a token minted once per person and start. */
export function demoSignIn(adminUrl: string, signToken: TokenSigner): DevSignIn {
  const tokens = new Map<string, Promise<string>>();
  return {
    personas: demoUsers.map(({ subject, description, organisation, roles }) => ({ subject, description, organisation, roles })),
    signIn(subject) {
      const user = demoUsers.find((candidate) => candidate.subject === subject);
      if (!user) return Promise.reject(new Error(`no demo user ${subject}`));
      if (!tokens.has(subject)) tokens.set(subject, tokenForDemoUser(adminUrl, signToken, user).catch((error) => (tokens.delete(subject), Promise.reject(error))));
      return tokens.get(subject)!;
    },
  };
}
