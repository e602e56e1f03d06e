import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ActivityKind, GoalStatus, GroupActivityKind, ReportKind, SessionKind } from '../vocabulary/path-content.js';

/** The initial assessment ("Minun tavoitteeni" -alkuselvitys) of an enrolment. */
@Entity({ schema: 'journeys', name: 'assessment' })
export class AssessmentEntity {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'assessed_by', type: 'text' })
  assessedBy: string;
}

/** One goal of "My goals". */
@Entity({ schema: 'journeys', name: 'goal' })
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  status: GoalStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@Entity({ schema: 'journeys', name: 'coaching_session' })
export class CoachingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @Column({ type: 'text' })
  kind: SessionKind;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ name: 'coach_subject', type: 'text' })
  coachSubject: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ schema: 'journeys', name: 'group_activity' })
export class GroupActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  kind: GroupActivityKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ name: 'led_by', type: 'text' })
  ledBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ schema: 'journeys', name: 'group_activity_participant' })
export class GroupActivityParticipantEntity {
  @PrimaryColumn({ name: 'group_activity_id', type: 'uuid' })
  groupActivityId: string;

  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;
}

@Entity({ schema: 'journeys', name: 'activity' })
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'unit_name', type: 'text', nullable: true })
  unitName: string | null;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ schema: 'journeys', name: 'report' })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @Column({ type: 'text' })
  kind: ReportKind;

  @Column({ name: 'written_on', type: 'date' })
  writtenOn: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'written_by', type: 'text' })
  writtenBy: string;
}
