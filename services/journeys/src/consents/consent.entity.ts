import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsentPurpose, DataCategory } from '../vocabulary/consent.js';

/**
 * A client's purpose-bound consent, recorded by the organisation serving the
 * client (owner) and naming the one organisation it lets data go to (recipient).
 */
@Entity({ schema: 'journeys', name: 'consent' })
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_org_id', type: 'uuid' })
  ownerOrgId: string;

  @Column({ name: 'recipient_org_id', type: 'uuid' })
  recipientOrgId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** Null: any service of the recipient in the project. */
  @Column({ name: 'service_offering_id', type: 'uuid', nullable: true })
  serviceOfferingId: string | null;

  @Column({ name: 'data_categories', type: 'text', array: true })
  dataCategories: DataCategory[];

  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Given, not withdrawn and not expired at `now`. */
export const isConsentValid = (consent: ConsentEntity, now = new Date()) =>
  consent.withdrawnAt === null && consent.givenAt <= now && (consent.expiresAt === null || consent.expiresAt > now);
