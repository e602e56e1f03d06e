import { loaderOfMany, loaderOfOne, type OrgScope } from '@polku/kit';
import { PersonalDataLoader, type DataSubject } from './audit/personal-data-loader.js';
import { clientStore } from './clients/client.store.js';
import { consentStore } from './consents/consent.store.js';
import { enrolmentStore } from './enrolments/enrolment.store.js';
import { linkageStore } from './linkage/linkage.store.js';
import { pathTemplateStore } from './enrolments/path-template.js';
import { pathContentStore } from './paths/path-content.store.js';
import { referralStore } from './referrals/referral.store.js';
import { AccessPurpose } from './vocabulary/access-purpose.js';

const ownClient = (row: { clientId: string; orgId: string }): DataSubject => ({
  clientId: row.clientId,
  ownerOrgId: row.orgId,
  purpose: AccessPurpose.OWN_CLIENT_WORK,
  referralId: null,
});

/** Fields of shared data that say what was shared and when, not who the client is. */
const sharedMetadata = new Set(['sharedClient.dataCategories', 'sharedClient.sharedAt']);

const clientTextLoader = (db: OrgScope, kind: Parameters<typeof pathContentStore.clientTexts>[0]) =>
  new PersonalDataLoader(db, {
    fetch: pathContentStore.clientTexts(kind),
    keyOf: (row) => row.key,
    subjectOf: ownClient,
    fieldsHeld: (row, asked) => (row.text === null ? [] : asked),
  });

/** Dataloaders of one request: each batches its keys into one scoped query. */
export function createJourneysLoaders(db: OrgScope) {
  const org = db.caller.organisationId;
  return {
    clientById: loaderOfOne(db, clientStore.byIds, (row) => row.id),
    // Personal data: every read is logged in its own transaction (audit/personal-data-loader.ts).
    clientPersonalData: new PersonalDataLoader(db, {
      fetch: clientStore.personalData,
      keyOf: (row) => row.clientId,
      subjectOf: ownClient,
      fieldsHeld: (row, asked) => (row.personal ? asked : asked.filter((field) => !field.startsWith('personal.'))),
    }),
    // Whether the person also takes part at another partner: only with the client's consent, logged like personal data.
    participationElsewhere: new PersonalDataLoader(db, {
      fetch: linkageStore.participationElsewhere,
      keyOf: (row) => row.enrolmentId,
      subjectOf: ownClient,
      fieldsHeld: (row, asked) => (row.elsewhere === null ? [] : asked),
    }),
    assessmentSummary: clientTextLoader(db, 'assessmentSummary'),
    sessionNotes: clientTextLoader(db, 'sessionNotes'),
    reportSummary: clientTextLoader(db, 'reportSummary'),
    goalTitle: clientTextLoader(db, 'goalTitle'),
    activityTitle: clientTextLoader(db, 'activityTitle'),
    activityUnit: clientTextLoader(db, 'activityUnit'),
    sharedClientByReferralId: new PersonalDataLoader(db, {
      fetch: referralStore.sharedClients,
      keyOf: (row) => row.referralId,
      subjectOf: (row) => ({
        clientId: row.clientId,
        ownerOrgId: row.senderOrgId,
        purpose: row.senderOrgId === org ? AccessPurpose.OWN_CLIENT_WORK : AccessPurpose.REFERRAL,
        referralId: row.referralId,
      }),
      // Only what the consent let through: a field outside it is null, not data.
      fieldsHeld: (row, asked) => asked.filter((field) => !sharedMetadata.has(field) && row[field.slice('sharedClient.'.length) as keyof typeof row] != null),
    }),
    consentById: loaderOfOne(db, consentStore.byIds, (row) => row.id),
    consentsByClientId: loaderOfMany(db, consentStore.ofClients, (row) => row.clientId),
    enrolmentById: loaderOfOne(db, enrolmentStore.byIds, (row) => row.id),
    enrolmentsByProjectId: loaderOfMany(db, enrolmentStore.inProjects, (row) => row.projectId),
    enrolmentsByClientId: loaderOfMany(db, enrolmentStore.ofClients, (row) => row.clientId),
    enrolmentByReferralId: loaderOfOne(db, enrolmentStore.byReferralIds, (row) => row.referralId!),
    pathTemplateByProjectId: loaderOfMany(db, pathTemplateStore.ofProjects, (row) => row.projectId),
    initialAssessmentByEnrolmentId: loaderOfOne(db, pathContentStore.assessments, (row) => row.enrolmentId),
    goalsByEnrolmentId: loaderOfMany(db, pathContentStore.goals, (row) => row.enrolmentId),
    sessionsByEnrolmentId: loaderOfMany(db, pathContentStore.sessions, (row) => row.enrolmentId),
    activitiesByEnrolmentId: loaderOfMany(db, pathContentStore.activities, (row) => row.enrolmentId),
    reportsByEnrolmentId: loaderOfMany(db, pathContentStore.reports, (row) => row.enrolmentId),
    groupActivitiesByEnrolmentId: loaderOfMany(db, pathContentStore.groupActivitiesOf, (row) => row.enrolmentId),
    participantsByGroupActivityId: loaderOfMany(db, pathContentStore.participantsOf, (row) => row.groupActivityId),
    referralById: loaderOfOne(db, (manager, ids) => referralStore.byIds(manager, org, ids), (row) => row.id),
    latestReferralByEnrolmentId: loaderOfOne(db, (manager, ids) => referralStore.latestOfEnrolments(manager, org, ids), (row) => row.enrolmentId),
    referralsByEnrolmentId: loaderOfMany(db, (manager, ids) => referralStore.ofEnrolments(manager, org, ids), (row) => row.enrolmentId),
    referralEventsByReferralId: loaderOfMany(db, referralStore.events, (row) => row.referralId),
    referralCountsByOrganisationId: loaderOfOne(db, (manager, ids) => referralStore.countsByOrganisation(manager, org, ids), (row) => row.key),
    referralCountsByProjectId: loaderOfOne(db, (manager, ids) => referralStore.countsByProject(manager, org, ids), (row) => row.key),
    referralCountsByServiceOfferingId: loaderOfOne(db, (manager, ids) => referralStore.countsByServiceOffering(manager, org, ids), (row) => row.key),
    answerDaysByProjectId: loaderOfOne(db, referralStore.answerDays, (row) => row.projectId),
  };
}
export type JourneysLoaders = ReturnType<typeof createJourneysLoaders>;
