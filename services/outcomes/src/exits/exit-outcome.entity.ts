import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EmployerSector, ExitDestination } from './exit-destination.js';

@Entity({ schema: 'outcomes', name: 'exit_outcome' })
export class ExitOutcomeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'exit_date', type: 'date' })
  exitDate: string;

  @Column({ type: 'text' })
  destination: ExitDestination;

  /** Further destinations at the same time (never the primary one); the primary alone decides the quality path and ESF+ indicator. */
  @Column({ name: 'further_destinations', type: 'text', array: true, default: () => "'{}'" })
  furtherDestinations: ExitDestination[];

  /** The enrolment's start day, copied from journeys when the exit is recorded; null on exits recorded before migration 1737. */
  @Column({ name: 'enrolment_started_on', type: 'date', nullable: true })
  enrolmentStartedOn: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  sector: EmployerSector | null;

  @Column({ name: 'qualification_gained', type: 'boolean', default: false })
  qualificationGained: boolean;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
