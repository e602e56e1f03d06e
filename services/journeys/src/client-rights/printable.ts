import type { EnumLabels, Locale } from '@polku/kit';
import { accessPurposeLabels } from '../vocabulary/access-purpose.js';
import { educationLevelLabels, obstacleLabels } from '../vocabulary/client-background.js';
import { consentPurposeLabels, dataCategoryLabels } from '../vocabulary/consent.js';
import { activityKindLabels, goalStatusLabels, groupActivityKindLabels, reportKindLabels, sessionKindLabels } from '../vocabulary/path-content.js';
import { phaseLabels } from '../vocabulary/phase.js';
import { referralStatusLabels } from '../vocabulary/referral-status.js';
import type { ClientDataDocument } from './client-rights.service.js';
import type { ErasureBasis } from './client-rights.store.js';

type Words = Record<string, [fi: string, sv: string, en: string]>;

/** Headings and field names of the printable copy; a key without words prints as it is in the JSON document. */
const words: Words = {
  title: ['Kopio asiakkaan tiedoista', 'Kopia av klientens uppgifter', "Copy of the client's data"],
  intro: [
    'Kaikki tiedot, jotka Polku-alusta säilyttää asiakkaasta organisaationne puolesta (EU:n tietosuoja-asetus, 15 ja 20 artikla).',
    'Alla uppgifter som Polku-plattformen lagrar om klienten för er organisations räkning (EU:s dataskyddsförordning, artiklarna 15 och 20).',
    'Everything the Polku platform holds about the client on behalf of your organisation (GDPR Articles 15 and 20).',
  ],
  generatedAt: ['Laadittu', 'Upprättad', 'Generated'],
  schemaVersion: ['Tietomallin versio', 'Schemaversion', 'Schema version'],
  journeys: ['Asiakkuus ja polku', 'Klientskap och stig', 'Client and path'],
  outcomes: ['Tulokset', 'Resultat', 'Outcomes'],
  accessReport: ['Tietojen käsittely ja luovutukset', 'Behandling och utlämnanden', 'Access and disclosures'],
  client: ['Asiakas', 'Klient', 'Client'],
  code: ['Asiakastunnus', 'Klientkod', 'Client code'],
  personal: ['Henkilötiedot', 'Personuppgifter', 'Personal data'],
  fullName: ['Nimi', 'Namn', 'Name'],
  birthYear: ['Syntymävuosi', 'Födelseår', 'Year of birth'],
  personalIdentityCode: ['Henkilötunnus', 'Personbeteckning', 'Personal identity code'],
  birthDate: ['Syntymäaika', 'Födelsedatum', 'Date of birth'],
  municipality: ['Kotikunta', 'Hemkommun', 'Municipality'],
  languages: ['Kielet', 'Språk', 'Languages'],
  contact: ['Yhteystiedot', 'Kontaktuppgifter', 'Contact'],
  background: ['Tausta', 'Bakgrund', 'Background'],
  educationLevel: ['Koulutus', 'Utbildning', 'Education'],
  obstacles: ['Esteet', 'Hinder', 'Obstacles'],
  enrolments: ['Hankejaksot', 'Projektperioder', 'Enrolments'],
  startedOn: ['Alkoi', 'Började', 'Started'],
  phase: ['Vaihe', 'Fas', 'Phase'],
  initialAssessment: ['Alkukartoitus', 'Inledande kartläggning', 'Initial assessment'],
  goals: ['Tavoitteet', 'Mål', 'Goals'],
  coachingSessions: ['Valmennustapaamiset', 'Coachningsmöten', 'Coaching sessions'],
  groupActivities: ['Ryhmätoiminta', 'Gruppverksamhet', 'Group activities'],
  activities: ['Suoritukset', 'Prestationer', 'Activities'],
  reports: ['Raportit', 'Rapporter', 'Reports'],
  summary: ['Yhteenveto', 'Sammanfattning', 'Summary'],
  notes: ['Muistiinpanot', 'Anteckningar', 'Notes'],
  consents: ['Suostumukset', 'Samtycken', 'Consents'],
  referralsSent: ['Lähetteet muille kumppaneille', 'Remisser till andra partner', 'Referrals sent to partners'],
  sharedWithReceiver: ['Vastaanottajalle luovutetut tiedot', 'Uppgifter utlämnade till mottagaren', 'Data the receiver saw'],
  events: ['Tapahtumat', 'Händelser', 'Events'],
  erasures: ['Poistot', 'Raderingar', 'Erasures'],
  importKeys: ['Tuontiavaimet (järjestön omat tunnisteet)', 'Importnycklar (organisationens egna koder)', 'Import keys (the organisation\'s own codes)'],
  sourceKey: ['Järjestön tunniste', 'Organisationens kod', 'Organisation\'s code'],
  exits: ['Poistumiset', 'Avslut', 'Exits'],
  exitDate: ['Poistumispäivä', 'Avslutsdag', 'Exit day'],
  destination: ['Sijoittuminen', 'Placering', 'Destination'],
  furtherDestinations: ['Muut sijoittumiset', 'Övriga placeringar', 'Further destinations'],
  corrections: ['Korjaushistoria', 'Rättelsehistorik', 'Correction history'],
  followUps: ['Seurannat', 'Uppföljningar', 'Follow-ups'],
  withdrawnExits: ['Perutut poistumiset', 'Återtagna avslut', 'Withdrawn exits'],
  assessments: ['Arvioinnit', 'Bedömningar', 'Assessments'],
  placements: ['Työ- ja harjoittelujaksot', 'Arbets- och praktikperioder', 'Placements'],
  mentoring: ['Mentorointi (tuntia kuukaudessa)', 'Mentorskap (timmar i månaden)', 'Mentoring (hours a month)'],
  badgeAwards: ['Osaamismerkit', 'Kompetensmärken', 'Competence badges'],
  openBadgeCredentials: ['Open Badges 3.0 -todisteet', 'Open Badges 3.0-intyg', 'Open Badges 3.0 credentials'],
  qualificationUnits: ['Tutkinnon osat', 'Examensdelar', 'Qualification units'],
  participantEntries: ['Tilanne hankkeeseen tullessa', 'Situation vid inträdet', 'Situation at entry'],
  specialCategories: ['Erityiset henkilötietoryhmät (suostumuksella)', 'Särskilda kategorier (med samtycke)', 'Special categories (with consent)'],
  readers: ['Ketkä ovat lukeneet tietoja', 'Vem har läst uppgifterna', 'Who read the data'],
  recipients: ['Kenelle tietoja on luovutettu', 'Till vem uppgifterna lämnats ut', 'Who received the data'],
  log: ['Käyttöloki', 'Åtkomstlogg', 'Access log'],
  none: ['(ei tietoja)', '(inga uppgifter)', '(none)'],
};

const column = { FI: 0, SV: 1, EN: 2 } as const;

const erasureBasisLabels: EnumLabels<ErasureBasis> = {
  REQUEST: { FI: 'Asiakkaan pyyntö', SV: 'Klientens begäran', EN: "The client's request" },
  RETENTION: { FI: 'Säilytysajan päättyminen', SV: 'Lagringstiden har löpt ut', EN: 'End of the retention period' },
};

/**
 * The enumerated values of journeys' part printed by their labels, by field
 * name and, where a name means different things, the list it is in
 * (`goals.status` is a goal's, `referralsSent.status` a referral's). Values
 * of another service's part (outcomes: destinations, sectors) print as codes.
 */
const enumLabels: Record<string, EnumLabels<string>> = {
  educationLevel: educationLevelLabels,
  obstacles: obstacleLabels,
  phase: phaseLabels,
  'goals.status': goalStatusLabels,
  'coachingSessions.kind': sessionKindLabels,
  'groupActivities.kind': groupActivityKindLabels,
  'activities.kind': activityKindLabels,
  'reports.kind': reportKindLabels,
  'consents.purpose': consentPurposeLabels,
  dataCategories: dataCategoryLabels,
  'referralsSent.status': referralStatusLabels,
  'recipients.status': referralStatusLabels,
  fromStatus: referralStatusLabels,
  toStatus: referralStatusLabels,
  'readers.purpose': accessPurposeLabels,
  'log.purpose': accessPurposeLabels,
  'erasures.basis': erasureBasisLabels,
};

/**
 * The export as plain text for printing and handing to the client: the same
 * content as the JSON document, every value included, headings and common
 * field names in Finnish, Swedish or English.
 */
export function printableExport(document: ClientDataDocument, locale: Locale): string {
  const say = (key: string) => words[key]?.[column[locale as keyof typeof column] ?? 0] ?? key;
  // Outcomes names the labels of its own codes in its part (`vocabulary`).
  const { vocabulary: outcomesVocabulary, ...outcomes } = document.outcomes as { vocabulary?: Record<string, EnumLabels<string>> };
  let vocabulary = enumLabels;
  // A code of a known vocabulary prints as its label; anything else as it is.
  const shown = (value: unknown, list: string | undefined, key: string | undefined) => {
    const labels = key === undefined ? undefined : (vocabulary[`${list}.${key}`] ?? vocabulary[key]);
    const label = typeof value === 'string' ? labels?.[value]?.[locale as keyof typeof column] : undefined;
    return label ?? String(value);
  };
  const lines: string[] = [say('title'), '='.repeat(say('title').length), say('intro'), '', `${say('generatedAt')}: ${document.generatedAt}`, `${say('schemaVersion')}: ${document.schemaVersion}`];
  /** `list`: the name of the list the value's object is an item of. */
  const write = (value: unknown, indent: string, key?: string, list?: string) => {
    const label = key === undefined ? '' : `${say(key)}: `;
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
      if (key !== undefined) lines.push(`${indent}${label}${say('none')}`);
      return;
    }
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
      lines.push(`${indent}${label}${value.map((item) => shown(item, list, key)).join(', ')}`);
      return;
    }
    if (Array.isArray(value)) {
      if (key !== undefined) lines.push(`${indent}${say(key)}:`);
      value.forEach((item, index) => {
        lines.push(`${indent}  ${index + 1}.`);
        write(item, `${indent}    `, undefined, key);
      });
      return;
    }
    if (typeof value === 'object') {
      if (key !== undefined) lines.push(`${indent}${say(key)}:`);
      for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) write(child, key === undefined ? indent : `${indent}  `, childKey, key ?? list);
      return;
    }
    lines.push(`${indent}${label}${shown(value, list, key)}`);
  };
  for (const section of ['journeys', 'outcomes', 'accessReport'] as const) {
    lines.push('', say(section), '-'.repeat(say(section).length));
    vocabulary = section === 'outcomes' ? (outcomesVocabulary ?? {}) : enumLabels;
    write(section === 'outcomes' ? outcomes : document[section], '');
  }
  return `${lines.join('\n')}\n`;
}
