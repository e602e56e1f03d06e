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

/** A coach's free text about a client, with whose it is: read only through the audited loader. */
export interface ClientTextRow {
  key: string;
  clientId: string;
  orgId: string;
  text: string | null;
}

/** Free-text columns about a client, by the row key the audited loader batches. */
const clientTexts = {
  assessmentSummary: { table: 'assessment', key: 'enrolment_id', column: 'summary' },
  sessionNotes: { table: 'coaching_session', key: 'id', column: 'notes' },
  reportSummary: { table: 'report', key: 'id', column: 'summary' },
  goalTitle: { table: 'goal', key: 'id', column: 'title' },
  activityTitle: { table: 'activity', key: 'id', column: 'title' },
  activityUnit: { table: 'activity', key: 'id', column: 'unit_name' },
} as const;

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
  /** Assessment summaries, session notes, report summaries, goal and activity titles or work-trial units of many rows, each with its client. */
  clientTexts: (kind: keyof typeof clientTexts) => {
    const { table, key, column } = clientTexts[kind];
    return (manager: EntityManager, keys: string[]): Promise<ClientTextRow[]> =>
      manager.query(
        `SELECT x.${key} AS key, e.client_id AS "clientId", x.org_id AS "orgId", x.${column} AS text
         FROM journeys.${table} x JOIN journeys.enrolment e ON e.id = x.enrolment_id WHERE x.${key} = ANY($1::uuid[])`,
        [keys],
      );
  },
  participantsOf: (manager: EntityManager, activityIds: string[]) => manager.findBy(GroupActivityParticipantEntity, { groupActivityId: In(activityIds) }),
};
