import { Connection } from '@polku/kit';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { OrganisationKind } from './organisation-kind.js';

@ObjectType({ description: "How to reach an organisation: its public contact details (no person's own details)." })
export class Contact {
  @Field(() => String, { nullable: true, description: 'General e-mail address, e.g. info@example.fi.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'General phone number.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Web site address.' })
  website: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'An organisation (foundation, association, municipality or company) taking part in joint employment projects.' })
export class Organisation {
  @Field(() => ID, { description: 'Stable identifier; tokens name the caller organisation by it.' })
  id: string;

  @Field({ description: 'Short, URL-safe name, e.g. "sotek".' })
  slug: string;

  @Field({ description: 'Official name, e.g. "Sotek-säätiö".' })
  name: string;

  @Field(() => OrganisationKind, { description: 'Legal form of the organisation.' })
  kind: OrganisationKind;

  @Field({ description: 'The legal form in the requested language.' })
  kindLabel: string;

  @Field(() => String, { nullable: true, description: 'Finnish business ID (Y-tunnus), e.g. "0112038-9"; its check digit is validated.' })
  businessId: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality of the home office, e.g. "Kotka".' })
  municipality: string | null;

  @Field(() => Contact, { description: 'Public contact details.' })
  contact: Contact;

  @Field({ description: 'Whether the organisation currently takes part in the platform.' })
  active: boolean;

  // units, staff, partnerships and serviceOfferings are declared in organisation.resolver.ts:
  // declaring them here would make this file import theirs, a cycle that ES modules cannot initialise.
}

export const OrganisationConnection = Connection(Organisation, 'Organisation', 'A page of organisations, by name.');

@InputType({ description: 'Narrows a list of organisations; every given field must match.' })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Municipality of the home office (case-insensitive).' })
  municipality?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Legal form.' })
  kind?: OrganisationKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) organisations.' })
  active?: boolean | null;
}

@InputType({ description: 'Public contact details of an organisation; a null field clears it.' })
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'General e-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'General phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site address (http or https).' })
  website?: string | null;
}

@InputType({ description: 'A new organisation on the platform.' })
export class CreateOrganisationInput {
  @Field({ description: 'Short, URL-safe name: lower-case letters, digits and single hyphens.' })
  slug: string;

  @Field({ description: 'Official name.' })
  name: string;

  @Field(() => OrganisationKind, { description: 'Legal form.' })
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Finnish business ID (Y-tunnus), e.g. "0112038-9".' })
  businessId?: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality of the home office.' })
  municipality?: string | null;

  @Field(() => ContactInput, { nullable: true, description: 'Public contact details.' })
  contact?: ContactInput | null;
}

@InputType({ description: 'Changes to an organisation; omitted fields stay as they are.' })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true, description: 'Official name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Finnish business ID (Y-tunnus).' })
  businessId?: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality of the home office.' })
  municipality?: string | null;

  @Field(() => ContactInput, { nullable: true, description: 'Public contact details (replaces all three).' })
  contact?: ContactInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the organisation takes part in the platform (platform admins only).' })
  active?: boolean | null;
}
