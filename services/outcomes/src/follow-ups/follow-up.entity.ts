import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ExitDestination } from '../exits/exit-destination.js';

@Entity({ schema: 'outcomes', name: 'follow_up' })
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'exit_outcome_id', type: 'uuid' })
  exitOutcomeId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** A Postgres interval; node-postgres parses it into { months, days }. */
  @Column({ type: 'interval' })
  after: { years?: number; months?: number; days?: number };

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ name: 'found_destination', type: 'text', nullable: true })
  foundDestination: ExitDestination | null;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy: string | null;
}
