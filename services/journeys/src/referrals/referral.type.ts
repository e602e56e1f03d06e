import { Connection } from '@polku/kit';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Directive, Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../references/organisation.reference.js';
import { Project } from '../references/project.reference.js';
import { ServiceOffering } from '../references/service-offering.reference.js';
import { EducationLevel, Obstacle } from '../vocabulary/client-background.js';
import { DataCategory } from '../vocabulary/consent.js';
import { ReferralStatus } from '../vocabulary/referral-status.js';

@ObjectType({
  description:
    'The client data a referral carries to the receiving organisation: exactly the fields the consent names (others are null). Unreadable for the receiver once the consent is withdrawn or expires.',
})
export class SharedClientData {
  @Field(() => [DataCategory], { description: 'The data categories the consent covers.' })
  dataCategories: DataCategory[];

  @Field(() => String, { nullable: true, description: 'Full name (category NAME).' })
  fullName: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of birth (category BIRTH_YEAR).' })
  birthYear: number | null;

  @Field(() => String, { nullable: true, description: 'Home municipality (category MUNICIPALITY).' })
  municipality: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages (category LANGUAGES).' })
  languages: string[] | null;

  @Field(() => String, { nullable: true, description: 'Contact details (category CONTACT).' })
  contact: string | null;

  @Field(() => EducationLevel, { nullable: true, description: 'Education (category EDUCATION).' })
  educationLevel: EducationLevel | null;

  @Field(() => [Obstacle], { nullable: true, description: 'Obstacles to employment (category OBSTACLES).' })
  obstacles: Obstacle[] | null;

  @Field(() => DateTimeResolver, { description: 'When the data was shared (the referral was sent).' })
  sharedAt: Date;
}

@ObjectType({ description: 'One change of a referral\'s status: who made it and when.' })
export class ReferralEvent {
  @Field(() => ReferralStatus, { nullable: true, description: 'Status before; null when the referral was created.' })
  fromStatus: ReferralStatus | null;

  @Field(() => ReferralStatus, { description: 'Status after.' })
  toStatus: ReferralStatus;

  @Field({ description: 'Token subject of the actor; "platform" for an expiry.' })
  actorSubject: string;

  @Field(() => Organisation, { nullable: true, description: 'The actor\'s organisation; null for an expiry.' })
  actorOrganisation: Organisation | null;

  @Field(() => String, { nullable: true, description: 'The reason given, e.g. why a referral was declined.' })
  reason: string | null;

  @Field(() => DateTimeResolver, { description: 'When it happened.' })
  at: Date;
}

@ObjectType({ description: "The caller's organisation's referral counts, as sender and as receiver." })
export class ReferralCounts {
  @Field(() => Int, { description: 'Referrals the caller\'s organisation created (drafts included).' })
  sent: number;

  @Field(() => Int, { description: 'Referrals the caller\'s organisation received.' })
  received: number;

  @Field(() => Int, { description: 'Of these, referrals sent and still waiting for an answer.' })
  awaitingAnswer: number;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A referral (lähete) of a client from one partner to another partner's service within a joint project, made under the client's consent. The receiving organisation sees the referral and the consented client data, nothing else of the client.",
})
export class Referral {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ReferralStatus, { description: 'Where the referral stands.' })
  status: ReferralStatus;

  @Field({ description: 'The status in the requested language.' })
  statusLabel: string;

  @Field(() => Organisation, { description: 'The referring organisation (serves the client).' })
  sender: Organisation;

  @Field(() => Organisation, { description: 'The organisation whose service the client is referred to.' })
  receiver: Organisation;

  @Field(() => Project, { description: 'The joint project both organisations take part in.' })
  project: Project;

  @Field(() => ServiceOffering, { description: "The receiver's service." })
  serviceOffering: ServiceOffering;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the referral was sent.' })
  sentAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "The receiver's answer deadline (the project's answer time after sending); an unanswered referral then becomes EXPIRED." })
  answerBy: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the receiver declined.' })
  declineReason: string | null;

  @Field(() => DateTimeResolver, { description: 'When the referral was created.' })
  createdAt: Date;

  @Field({ description: 'Whether the caller\'s organisation is the sender (false: the receiver).' })
  sentByCaller: boolean;

  @Extensions({ sensitive: true })
  @Field(() => SharedClientData, { nullable: true, description: 'The consented client data; null before sending, and for the receiver once the consent is withdrawn or expired or the referral is declined, withdrawn or expired.' })
  sharedClient: SharedClientData | null;

  @Field(() => [ReferralEvent], { description: 'Every status change, oldest first.' })
  events: ReferralEvent[];
}

export const ReferralConnection = Connection(Referral, 'Referral', 'A page of referrals, newest first.');

@InputType({ description: "Which referrals of an inbox to list." })
export class ReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this project.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this service offering.' })
  serviceOfferingId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Created on or after this day (Finnish time).' })
  createdFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Created on or before this day (Finnish time).' })
  createdTo?: string | null;
}

@ArgsType()
export class InboxArgs {
  @Field(() => ReferralFilter, { nullable: true, description: 'Filters; all referrals when absent.' })
  filter?: ReferralFilter | null;
}

@InputType({ description: "A referral of one of the caller's enrolments to another partner's service; created as DRAFT." })
export class CreateReferralInput {
  @Field(() => ID, { description: "The client's enrolment (of the caller's organisation) in the joint project." })
  enrolmentId: string;

  @Field(() => ID, { description: "The other partner's service in the same project." })
  serviceOfferingId: string;

  @Field(() => ID, { description: "The client's valid consent covering this referral (purpose REFERRAL, this recipient, this project)." })
  consentId: string;

  @Field(() => String, { nullable: true, description: 'Makes a retried request return the first result instead of creating a duplicate (unique per organisation).' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The receiver opens its own enrolment for an accepted referral.' })
export class OpenEnrolmentFromReferralInput {
  @Field(() => ID, { description: 'The accepted referral.' })
  referralId: string;

  @Field({ description: "The receiver's own pseudonymous code for the client." })
  clientCode: string;

  @Field(() => LocalDateResolver, { description: 'The day the service starts.' })
  startedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the service is planned to end.' })
  plannedEndOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried request return the first result instead of creating a duplicate (unique per organisation).' })
  idempotencyKey?: string | null;
}
