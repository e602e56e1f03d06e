import type { BadgeAwardRow, BadgeRow } from './competence.store.js';

type Lang = 'fi' | 'sv' | 'en';

/** The contexts an Open Badges 3.0 credential names first (VC Data Model 2.0, then OB 3.0). */
export const OPEN_BADGES_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/**
 * A badge award as an Open Badges 3.0 credential (JSON-LD) the client can
 * take along. Unsigned: it has no `proof`, because the platform holds no
 * issuer key whose public part a verifier could fetch; a wallet or the issuer
 * can sign it later (docs/outcomes.md). Identifiers are URNs of the platform's
 * own ids: the issuer is the organisation, the subject the enrolment (a
 * pseudonymous id; no name, e-mail or henkilötunnus is put in).
 */
export function openBadgeCredential(award: BadgeAwardRow, badge: BadgeRow, lang: Lang) {
  return {
    '@context': OPEN_BADGES_CONTEXT,
    id: `urn:uuid:${award.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: badge.names[lang],
    issuer: { id: `urn:uuid:${badge.orgId}`, type: ['Profile'], name: badge.issuerName },
    validFrom: `${award.awardedOn}T00:00:00Z`,
    credentialSubject: {
      id: `urn:uuid:${award.enrolmentId}`,
      type: ['AchievementSubject'],
      achievement: {
        id: `urn:uuid:${badge.id}`,
        type: ['Achievement'],
        name: badge.names[lang],
        description: badge.criteriaTexts[lang],
        criteria: { narrative: badge.criteriaTexts[lang] },
        inLanguage: lang,
      },
    },
  };
}
