import { In, type EntityManager } from 'typeorm';
import {
  ActivityEntity,
  AssessmentEntity,
  CoachingSessionEntity,
  GoalEntity,
  type GroupActivityEntity,
  GroupActivityParticipantEntity,
  ReportEntity,
} from './path-content.entity.js';

/** Reads of path content, batched by enrolment for the loaders. */
export const pathContentStore = {
  assessments: (manager: EntityManager, enrolmentIds: string[]) => manager.findBy(AssessmentEntity, { enrolmentId: In(enrolmentIds) }),
  goals: (manager: EntityManager, enrolmentIds: string[]) =>
    manager.find(GoalEntity, { where: { enrolmentId: In(enrolmentIds) }, order: { createdAt: 'ASC', id: 'ASC' } }),
  sessions: (manager: EntityManager, enrolmentIds: string[]) =>
    manager.find(CoachingSessionEntity, { where: { enrolmentId: In(enrolmentIds) }, order: { heldOn: 'ASC', id: 'ASC' } }),
  activities: (manager: EntityManager, enrolmentIds: string[]) =>
    manager.find(ActivityEntity, { where: { enrolmentId: In(enrolmentIds) }, order: { completedOn: 'ASC', id: 'ASC' } }),
  reports: (manager: EntityManager, enrolmentIds: string[]) =>
    manager.find(ReportEntity, { where: { enrolmentId: In(enrolmentIds) }, order: { writtenOn: 'ASC', id: 'ASC' } }),
  /** Group activities with the enrolment each was attended by (one row per participation). */
  groupActivitiesOf: (manager: EntityManager, enrolmentIds: string[]): Promise<Array<GroupActivityEntity & { enrolmentId: string }>> =>
    manager.query(
      `SELECT a.id, a.org_id AS "orgId", a.project_id AS "projectId", a.kind, a.title, a.held_on AS "heldOn", a.minutes, a.led_by AS "ledBy",
              a.created_at AS "createdAt", p.enrolment_id AS "enrolmentId"
       FROM journeys.group_activity a JOIN journeys.group_activity_participant p ON p.group_activity_id = a.id
       WHERE p.enrolment_id = ANY($1::uuid[]) ORDER BY a.held_on, a.id`,
      [enrolmentIds],
    ),
  participantsOf: (manager: EntityManager, activityIds: string[]) => manager.findBy(GroupActivityParticipantEntity, { groupActivityId: In(activityIds) }),
};
