import { describe, expect, it } from 'vitest';
import { openBadgeCredential } from './open-badges.js';

const badge = {
  id: '11111111-1111-4111-8111-111111111111',
  orgId: '22222222-2222-4222-8222-222222222222',
  projectId: null,
  code: 'digi-1',
  names: { fi: 'Arjen digitaidot', sv: 'Digitala vardagsfärdigheter', en: 'Everyday digital skills' },
  criteriaTexts: { fi: 'Osaa asioida verkossa.', sv: 'Kan sköta ärenden på nätet.', en: 'Can run errands online.' },
  issuerName: 'Kuntoutussäätiö',
};
const award = { id: '33333333-3333-4333-8333-333333333333', orgId: badge.orgId, enrolmentId: '44444444-4444-4444-8444-444444444444', projectId: 'p', badgeId: badge.id, awardedOn: '2025-05-20', evidence: 'Sanni hoiti Kelan asian itse' };

describe('openBadgeCredential', () => {
  it('is an OB 3.0 credential: VC 2.0 and OB contexts, both types, an achievement with criteria, in the language asked', () => {
    const credential = openBadgeCredential(award, badge, 'sv');
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.validFrom).toBe('2025-05-20T00:00:00Z');
    expect(credential.issuer).toEqual({ id: `urn:uuid:${badge.orgId}`, type: ['Profile'], name: 'Kuntoutussäätiö' });
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(credential.credentialSubject.achievement).toMatchObject({ type: ['Achievement'], name: 'Digitala vardagsfärdigheter', criteria: { narrative: 'Kan sköta ärenden på nätet.' }, inLanguage: 'sv' });
  });
  it("carries no evidence note and no proof: nothing of the coach's free text leaves, and it is unsigned", () => {
    const text = JSON.stringify(openBadgeCredential(award, badge, 'fi'));
    expect(text).not.toContain('Sanni');
    expect(text).not.toContain('proof');
  });
});
