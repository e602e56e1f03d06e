import type { Caller } from '@polku/kit';
import { describe, expect, it } from 'vitest';
import { claimsAreListed } from './caller-check.js';

const org = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const projectA = '2c5e28ba-2fa1-41d2-883f-0016d3cca427';
const projectB = '3d6e28ba-2fa1-41d2-883f-0016d3cca427';
const caller = (roles: Caller['roles'], projectIds: string[] = []): Caller => ({ subject: 's', organisationId: org, roles, projectIds });

describe('claimsAreListed', () => {
  it('accepts organisation-wide roles the staff member holds', () => {
    expect(claimsAreListed(caller(['COACH']), true, [{ role: 'COACH', projectId: null }, { role: 'ORG_ADMIN', projectId: null }] as never)).toBe(true);
  });

  it('refuses a role the records do not list, and an inactive staff member', () => {
    expect(claimsAreListed(caller(['COACH', 'PLATFORM_ADMIN']), true, [{ role: 'COACH', projectId: null }] as never)).toBe(false);
    expect(claimsAreListed(caller(['COACH']), false, [{ role: 'COACH', projectId: null }] as never)).toBe(false);
  });

  it('accepts a coordinator only for the projects the role is granted for', () => {
    const granted = [{ role: 'COORDINATOR', projectId: projectA }] as never;
    expect(claimsAreListed(caller(['COORDINATOR'], [projectA]), true, granted)).toBe(true);
    expect(claimsAreListed(caller(['COORDINATOR'], [projectA, projectB]), true, granted)).toBe(false);
    expect(claimsAreListed(caller(['COORDINATOR'], []), true, granted)).toBe(true);
    expect(claimsAreListed(caller(['FUNDER'], []), true, granted)).toBe(false);
    expect(claimsAreListed(caller(['FUNDER'], [projectA]), true, granted)).toBe(false);
  });

  it('refuses a project claim that no claimed project role backs', () => {
    expect(claimsAreListed(caller(['COACH'], [projectA]), true, [{ role: 'COACH', projectId: null }, { role: 'COORDINATOR', projectId: projectA }] as never)).toBe(false);
  });
});
