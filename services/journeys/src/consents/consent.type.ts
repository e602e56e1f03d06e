import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Organisation } from '../references/organisation.reference.js';
import { Project } from '../references/project.reference.js';
import { ServiceOffering } from '../references/service-offering.reference.js';
import { ConsentPurpose, DataCategory } from '../vocabulary/consent.js';

@ObjectType({ description: "A client's purpose-bound consent to let named data go to one other organisation." })
export class Consent {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ConsentPurpose, { description: 'What the consent allows.' })
  purpose: ConsentPurpose;

  @Field({ description: 'The purpose in the requested language.' })
  purposeLabel: string;

  @Field(() => Organisation, { description: 'The organisation the data may go to.' })
  recipient: Organisation;

  @Field(() => Project, { description: 'The joint project the consent is limited to.' })
  project: Project;

  @Field(() => ServiceOffering, { nullable: true, description: "The recipient's service the consent is limited to; null: any of the recipient's services in the project." })
  serviceOffering: ServiceOffering | null;

  @Field(() => [DataCategory], { description: 'The kinds of client data the consent covers.' })
  dataCategories: DataCategory[];

  @Field(() => DateTimeResolver, { description: 'When the client gave the consent.' })
  givenAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the consent lapses; null: until withdrawn.' })
  expiresAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the client withdrew the consent; data shared under it is no longer readable from then on.' })
  withdrawnAt: Date | null;

  @Field({ description: 'Token subject of the staff member who recorded the consent.' })
  recordedBy: string;

  @Field({ description: 'Whether the consent is in force now (given, not expired, not withdrawn).' })
  valid: boolean;
}

@InputType({ description: "A consent the client has given, recorded by the caller's organisation." })
export class RecordConsentInput {
  @Field(() => ID, { description: "The client (of the caller's organisation)." })
  clientId: string;

  @Field(() => ConsentPurpose, { description: 'What the consent allows.' })
  purpose: ConsentPurpose;

  @Field(() => ID, { description: "The organisation the data may go to; for PARTICIPATION_CHECK, the caller's own organisation." })
  recipientOrganisationId: string;

  @Field(() => ID, { description: 'The joint project the consent is limited to.' })
  projectId: string;

  @Field(() => ID, { nullable: true, description: "Limit the consent to one of the recipient's services." })
  serviceOfferingId?: string | null;

  @Field(() => [DataCategory], { description: 'The kinds of client data the consent covers (at least one; none for PARTICIPATION_CHECK).' })
  dataCategories: DataCategory[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the client gave the consent; now by default.' })
  givenAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the consent lapses; null: until withdrawn.' })
  expiresAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried request return the first result instead of creating a duplicate (unique per organisation).' })
  idempotencyKey?: string | null;
}
