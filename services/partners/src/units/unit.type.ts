import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { UnitKind } from './unit-kind.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "An organisation's workplace (yksikkö, toimipiste), e.g. a second-hand store or a workshop where work trials happen." })
export class Unit {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name of the unit, e.g. "Sotek Myötätuuli".' })
  name: string;

  @Field(() => UnitKind, { description: 'What kind of workplace it is.' })
  kind: UnitKind;

  @Field({ description: 'The kind of workplace in the requested language.' })
  kindLabel: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  streetAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (five digits).' })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality.' })
  municipality: string | null;

  @Field({ description: 'Whether the unit is in use.' })
  active: boolean;

  @Field(() => Organisation, { description: 'The organisation the unit belongs to.' })
  organisation: Organisation;
}

@InputType({ description: 'A new workplace of an organisation.' })
export class CreateUnitInput {
  @Field(() => ID, { description: "The organisation the unit belongs to: the caller's own." })
  organisationId: string;

  @Field({ description: 'Name of the unit.' })
  name: string;

  @Field(() => UnitKind, { description: 'What kind of workplace it is.' })
  kind: UnitKind;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  streetAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (five digits).' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality.' })
  municipality?: string | null;
}

@InputType({ description: 'Changes to a unit; omitted fields stay as they are, null clears an optional field.' })
export class UpdateUnitInput {
  @Field(() => String, { nullable: true, description: 'Name of the unit.' })
  name?: string | null;

  @Field(() => UnitKind, { nullable: true, description: 'What kind of workplace it is.' })
  kind?: UnitKind | null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  streetAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (five digits).' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality.' })
  municipality?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the unit is in use.' })
  active?: boolean | null;
}
