import { loaderOfMany, loaderOfOne, type OrgScope } from '@polku/kit';
import { AuditedRecords } from './audit/audited-reads.js';
import { exitCorrectionStore } from './exits/exit-correction.store.js';
import { exitOutcomeStore } from './exits/exit-outcome.store.js';
import { followUpStore } from './follow-ups/follow-up.store.js';
import { participantStore } from './participants/participant.store.js';
import { competenceStore } from './competences/competence.store.js';
import { placementStore } from './placements/placement.store.js';
import { projectSettingsStore } from './settings/project-settings.js';
import { softOutcomeStore } from './soft-outcomes/soft-outcome.store.js';

/** Dataloaders of one request: each batches its keys into one scoped query. */
export function createOutcomesLoaders(db: OrgScope) {
  return {
    exitOutcomeById: loaderOfOne(db, exitOutcomeStore.byIds, (row) => row.id),
    correctionsByExitId: loaderOfMany(db, exitCorrectionStore.ofExits, (row) => row.exitOutcomeId),
    followUpById: loaderOfOne(db, followUpStore.byIds, (row) => row.id),
    followUpsByExitId: loaderOfMany(db, followUpStore.ofExits, (row) => row.exitOutcomeId),
    instrumentById: loaderOfOne(db, (manager, ids) => softOutcomeStore.instruments(manager, ids), (row) => row.id),
    assessmentById: loaderOfOne(db, softOutcomeStore.assessmentsByIds, (row) => row.id),
    assessmentsByEnrolmentId: loaderOfMany(db, softOutcomeStore.assessmentsOfEnrolments, (row) => row.enrolmentId),
    specialCategoriesByEnrolmentId: loaderOfOne(db, participantStore.specialOfEnrolments, (row) => row.enrolmentId),
    placementById: loaderOfOne(db, placementStore.byIds, (row) => row.id),
    mentoringByPlacementId: loaderOfMany(db, placementStore.mentoringOf, (row) => row.placementId),
    mentoringNormByProjectId: loaderOfOne(db, projectSettingsStore.mentoringNorms, (row) => row.projectId),
    badgeById: loaderOfOne(db, competenceStore.badgesByIds, (row) => row.id),
    badgeAwardById: loaderOfOne(db, competenceStore.awardsByIds, (row) => row.id),
    qualificationUnitById: loaderOfOne(db, competenceStore.unitsByIds, (row) => row.id),
    // Person-level records read for the caller: each read is logged in its own transaction (audit/audited-reads.ts).
    participantEntryRead: new AuditedRecords(db, 'ParticipantEntry', participantStore.ofEnrolments, (row) => row.enrolmentId),
    placementsRead: new AuditedRecords(db, 'Placement', placementStore.ofEnrolments, (row) => row.enrolmentId),
    badgeAwardsRead: new AuditedRecords(db, 'BadgeAward', competenceStore.awardsOfEnrolments, (row) => row.enrolmentId),
    qualificationUnitsRead: new AuditedRecords(db, 'QualificationUnit', competenceStore.unitsOfEnrolments, (row) => row.enrolmentId),
    exitOutcomeRead: new AuditedRecords(db, 'ExitOutcome', exitOutcomeStore.ofEnrolments, (row) => row.enrolmentId),
    softChangesByEnrolmentId: loaderOfMany(db, softOutcomeStore.changesOfEnrolments, (row) => row.enrolmentId),
  };
}
export type OutcomesLoaders = ReturnType<typeof createOutcomesLoaders>;
