import { Connection } from '@polku/kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { FunderKind } from './funder-kind.js';

@ObjectType({ description: 'Who funds projects: an ELY centre, STEA, the EU (ESF+), THL or a municipality.' })
export class Funder {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => FunderKind, { description: 'Kind of funder.' })
  kind: FunderKind;

  @Field({ description: 'The kind of funder in the requested language.' })
  kindLabel: string;

  @Field({ description: 'Name, e.g. "Kaakkois-Suomen ELY-keskus".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Region an ELY centre serves, e.g. "Kaakkois-Suomi".' })
  region: string | null;

  @Field(() => [FundingProgramme], { description: "The funder's programmes, by name." })
  programmes: FundingProgramme[];
}

@ObjectType({ description: 'A funding programme of a funder, e.g. "Paikka auki II" of STEA or employment-policy project funding (typo) of an ELY centre.' })
export class FundingProgramme {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name of the programme.' })
  name: string;

  @Field({
    description:
      'Whether projects it funds are employment-policy projects (typo-hanke): from 2024 these must be joint projects with at least two implementing organisations.',
  })
  employmentPolicy: boolean;

  @Field(() => Funder, { description: 'The funder running the programme.' })
  funder: Funder;
}

export const FunderConnection = Connection(Funder, 'Funder', 'A page of funders, by name.');

@InputType({ description: 'A new funder.' })
export class CreateFunderInput {
  @Field(() => FunderKind, { description: 'Kind of funder.' })
  kind: FunderKind;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Region; required for an ELY centre.' })
  region?: string | null;
}

@InputType({ description: 'A new funding programme.' })
export class CreateFundingProgrammeInput {
  @Field(() => ID, { description: 'The funder running the programme.' })
  funderId: string;

  @Field({ description: 'Name of the programme.' })
  name: string;

  @Field({ description: 'Whether it funds employment-policy projects (typo).' })
  employmentPolicy: boolean;
}
