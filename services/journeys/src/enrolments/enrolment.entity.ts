import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Phase } from '../vocabulary/phase.js';

@Entity({ schema: 'journeys', name: 'enrolment' })
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'planned_end_on', type: 'date', nullable: true })
  plannedEndOn: string | null;

  /** Token subject of the staff member coaching the client. */
  @Column({ name: 'coach_subject', type: 'text', nullable: true })
  coachSubject: string | null;

  @Column({ type: 'text' })
  phase: Phase;

  @Column({ name: 'phase_changed_at', type: 'timestamptz' })
  phaseChangedAt: Date;

  /** The referral this enrolment was opened from, when the client came from another partner. */
  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
