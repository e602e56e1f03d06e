import { Connection } from '@polku/kit';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Client } from '../clients/client.type.js';
import { Organisation } from '../references/organisation.reference.js';
import { Referral } from '../referrals/referral.type.js';
import { AccessPurpose } from '../vocabulary/access-purpose.js';
import { DataCategory } from '../vocabulary/consent.js';

@ObjectType({
  description:
    "One read of a client's personal data, logged in the same transaction as the read (asiakastietolaki 703/2023 §11). Append-only: nobody can change or remove it.",
})
export class PersonalDataAccess {
  @Field(() => ID, { description: 'Stable identifier; later reads have larger ones.' })
  id: string;

  @Field(() => Client, { nullable: true, description: 'Whose data was read: a client of the caller\'s organisation.' })
  client: Client | null;

  @Field({ description: 'Token subject of the staff member who read the data.' })
  actorSubject: string;

  @Field(() => Organisation, { description: 'The organisation the reader acted for: the caller\'s own, or the receiver of a referral.' })
  actorOrganisation: Organisation;

  @Field(() => AccessPurpose, { description: 'Why the data was read.' })
  purpose: AccessPurpose;

  @Field({ description: 'The purpose in the requested language.' })
  purposeLabel: string;

  @Field(() => [String], { description: 'The fields read, e.g. ["personal.birthYear", "personal.fullName"] or ["sharedClient.fullName"].' })
  fields: string[];

  @Field(() => Referral, { nullable: true, description: 'The referral under whose consent shared data was read; null for other reads.' })
  referral: Referral | null;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name the reader\'s application gave, if any.' })
  operationName: string | null;

  @Field({ description: 'The id the journeys service gave the request that read the data (never one the caller chose): ties the read to the service\'s logs.' })
  requestId: string;

  @Field(() => String, {
    nullable: true,
    description: "The x-request-id the reader's application sent, if any: lets it find its own request. Chosen by the caller, so it proves nothing.",
  })
  correlationId: string | null;

  @Field(() => DateTimeResolver, { description: 'When the data was read.' })
  accessedAt: Date;
}

export const PersonalDataAccessConnection = Connection(PersonalDataAccess, 'PersonalDataAccess', "A page of the caller's organisation's personal-data access log, newest first.");

@InputType({ description: 'Which entries of the access log to list; every condition given must hold.' })
export class PersonalDataAccessFilter {
  @Field(() => ID, { nullable: true, description: 'Only reads of this client\'s data.' })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only reads by this token subject.' })
  actorSubject?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only reads by staff of this organisation.' })
  actorOrganisationId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Read on or after this day (Finnish time).' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Read on or before this day (Finnish time).' })
  to?: string | null;
}

@ArgsType()
export class PersonalDataAccessArgs {
  @Field(() => PersonalDataAccessFilter, { nullable: true, description: 'Filters; the whole log when absent.' })
  filter?: PersonalDataAccessFilter | null;
}

@ObjectType({ description: "Someone who read a client's personal data: all their reads for one purpose, summed up." })
export class ClientDataReader {
  @Field({ description: 'Token subject of the staff member.' })
  actorSubject: string;

  @Field(() => Organisation, { description: 'The organisation they acted for.' })
  actorOrganisation: Organisation;

  @Field(() => AccessPurpose, { description: 'Why they read the data.' })
  purpose: AccessPurpose;

  @Field({ description: 'The purpose in the requested language.' })
  purposeLabel: string;

  @Field(() => Int, { description: 'How many reads were logged.' })
  reads: number;

  @Field(() => [String], { description: 'Every field they read at least once.' })
  fields: string[];

  @Field(() => DateTimeResolver, { description: 'The first read.' })
  firstReadAt: Date;

  @Field(() => DateTimeResolver, { description: 'The latest read.' })
  lastReadAt: Date;
}

@ObjectType({ description: "An organisation that received a client's data through a sent referral, under the client's consent." })
export class ClientDataRecipient {
  @Field(() => Organisation, { description: 'The receiving organisation.' })
  organisation: Organisation;

  @Field(() => Referral, { description: 'The referral that carried the data.' })
  referral: Referral;

  @Field(() => [DataCategory], { description: 'The data categories the consent let through.' })
  dataCategories: DataCategory[];

  @Field(() => DateTimeResolver, { description: 'When the data was shared (the referral was sent).' })
  sharedAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the client withdrew the consent; the receiver cannot read the data since.' })
  consentWithdrawnAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the consent lapses or lapsed; null: until withdrawn.' })
  consentExpiresAt: Date | null;
}

@ObjectType({ description: "Who read or received a client's personal data, and when: what the client may ask to know (asiakastietolaki 703/2023 §11)." })
export class ClientAccessReport {
  @Field(() => Client, { description: 'The client.' })
  client: Client;

  @Field(() => [ClientDataReader], { description: 'Everyone who read the client\'s data, latest reader first; the receivers\' staff included, and the reads of outcomes\' person-level records (participant entries, placements, badge awards).' })
  readers: ClientDataReader[];

  @Field(() => [ClientDataRecipient], { description: 'Organisations that received the client\'s data through referrals, latest first.' })
  recipients: ClientDataRecipient[];
}
