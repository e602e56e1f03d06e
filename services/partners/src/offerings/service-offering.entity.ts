import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceType } from './service-type.js';

@Entity({ schema: 'partners', name: 'service_offering' })
export class ServiceOfferingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'text' })
  type: ServiceType;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'accepts_referrals', type: 'boolean' })
  acceptsReferrals: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
