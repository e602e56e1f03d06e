import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { EducationLevel, Obstacle } from '../vocabulary/client-background.js';

/** The pseudonymous record of a client, with background used to plan the path. */
@Entity({ schema: 'journeys', name: 'client' })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'education_level', type: 'text', nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  obstacles: Obstacle[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Personal data, kept apart from the pseudonymous record and read only by the owning organisation. */
@Entity({ schema: 'journeys', name: 'client_personal' })
export class ClientPersonalEntity {
  @PrimaryColumn({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear: number | null;

  /** Henkilötunnus, normalised; only to compute linkage keys (docs/linkage.md). */
  @Column({ name: 'personal_identity_code', type: 'text', nullable: true })
  personalIdentityCode: string | null;

  /** Birth date, for linkage of a person without a henkilötunnus (with the full name). */
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'text', nullable: true })
  municipality: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  contact: string | null;
}
