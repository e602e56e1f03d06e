import { Connection } from '@polku/kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../references/organisation.reference.js';
import { EducationLevel, Obstacle } from '../vocabulary/client-background.js';

@ObjectType({ description: "A client's personal data: readable only by staff of the organisation serving the client." })
export class ClientPersonalData {
  @Field({ description: 'Full name.' })
  fullName: string;

  @Field(() => Int, { nullable: true, description: 'Year of birth.' })
  birthYear: number | null;

  @Field(() => String, { nullable: true, description: 'Henkilötunnus (Finnish personal identity code), normalised to upper case; recorded only to count the person once across partners (docs/linkage.md).' })
  personalIdentityCode: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Birth date, recorded for a person without a henkilötunnus so that name and birth date link the person across partners.' })
  birthDate: string | null;

  @Field(() => String, { nullable: true, description: 'Home municipality.' })
  municipality: string | null;

  @Field(() => [String], { description: 'Languages the client speaks, e.g. ["fi", "so"].' })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'How to reach the client (phone, e-mail).' })
  contact: string | null;
}

@ObjectType({ description: 'What a path is planned on: education and recorded obstacles to employment.' })
export class ClientBackground {
  @Field(() => EducationLevel, { nullable: true, description: 'Highest completed education, when recorded.' })
  educationLevel: EducationLevel | null;

  @Field(() => String, { nullable: true, description: 'The education level in the requested language.' })
  educationLevelLabel: string | null;

  @Field(() => [Obstacle], { description: 'Recorded obstacles to employment.' })
  obstacles: Obstacle[];

  @Field(() => [String], { description: 'The obstacles in the requested language, in the same order.' })
  obstacleLabels: string[];
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A client (hankeasiakas) on a path towards work or studies, known inside the platform only by a pseudonymous code.' })
export class Client {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Pseudonymous code the owning organisation uses for the client, e.g. "SOT-0001".' })
  code: string;

  @Field(() => Organisation, { description: 'The organisation that serves the client and owns its data.' })
  organisation: Organisation;

  @Extensions({ sensitive: true })
  @Field(() => ClientPersonalData, { nullable: true, description: 'Personal data, kept apart from the pseudonymous record; null when none is recorded.' })
  personal: ClientPersonalData | null;

  @Extensions({ sensitive: true })
  @Field(() => ClientBackground, { description: 'Education and obstacles to employment (special-category data).' })
  background: ClientBackground;
}

@InputType({ description: 'Personal data of a client.' })
export class ClientPersonalInput {
  @Field({ description: 'Full name.' })
  fullName: string;

  @Field(() => Int, { nullable: true, description: 'Year of birth.' })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Henkilötunnus, e.g. "131052-308T" (any century sign, also the 2023 ones); checked and normalised to upper case. Used only to count the person once across partners (docs/linkage.md).' })
  personalIdentityCode?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Birth date of a person without a henkilötunnus: with the full name, it links the person across partners. With a henkilötunnus, it must agree with it.' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Home municipality.' })
  municipality?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages the client speaks.' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'How to reach the client.' })
  contact?: string | null;
}

@InputType({ description: 'A new client of the caller\'s organisation.' })
export class CreateClientInput {
  @Field({ description: 'Pseudonymous code, unique within the organisation: capitals, digits and dashes, e.g. "SOT-0042".' })
  code: string;

  @Field(() => ClientPersonalInput, { nullable: true, description: 'Personal data, stored apart from the pseudonymous record.' })
  personal?: ClientPersonalInput | null;

  @Field(() => EducationLevel, { nullable: true, description: 'Highest completed education.' })
  educationLevel?: EducationLevel | null;

  @Field(() => [Obstacle], { nullable: true, description: 'Obstacles to employment.' })
  obstacles?: Obstacle[] | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried request return the first result instead of creating a duplicate (unique per organisation).' })
  idempotencyKey?: string | null;
}

@InputType({ description: "The identity a client is counted once by across a project's partners (docs/linkage.md): a henkilötunnus or, without one, the birth date (with the recorded full name). Both null clears it." })
export class ClientIdentityInput {
  @Field(() => String, { nullable: true, description: 'Henkilötunnus, e.g. "131052-308T"; checked (date and check character) and normalised to upper case.' })
  personalIdentityCode?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Birth date; with a henkilötunnus, it must agree with it.' })
  birthDate?: string | null;
}

export const ClientConnection = Connection(Client, 'Client', "A page of the caller's organisation's clients, by code.");
