import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FunderKind } from './funder-kind.js';

@Entity({ schema: 'partners', name: 'funder' })
export class FunderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: FunderKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ schema: 'partners', name: 'funding_programme' })
export class FundingProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'funder_id', type: 'uuid' })
  funderId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'employment_policy', type: 'boolean' })
  employmentPolicy: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
