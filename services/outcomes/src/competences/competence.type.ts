import { LocalDateResolver } from 'graphql-scalars';
import { Connection } from '@polku/kit';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Project } from '../references/directory.reference.js';
import { LocalisedText, LocalisedTextInput } from '../localised-text.js';
import { Enrolment } from '../references/enrolment.reference.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A competence badge (osaamismerkki) of an organisation's or a project's catalogue: what it recognises and who issues it." })
export class Badge {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short stable code, unique in its catalogue, e.g. "digitaidot-1".' })
  code: string;

  @Field(() => Project, { nullable: true, description: "The project whose catalogue it is in; null for the organisation's own catalogue." })
  project: Project | null;

  @Field({ description: "The name in the caller's language." })
  name: string;

  @Field({ description: "What earning it takes, in the caller's language." })
  criteria: string;

  @Field(() => LocalisedText, { description: 'The name in Finnish, Swedish and English.' })
  names: LocalisedText;

  @Field(() => LocalisedText, { description: 'The criteria in Finnish, Swedish and English.' })
  criteriaTexts: LocalisedText;

  @Field({ description: 'Who issues it, e.g. "Kuntoutussäätiö".' })
  issuerName: string;
}

@InputType({ description: "A badge for the caller's organisation's catalogue or, by the lead organisation's ORG_ADMIN, for a project's." })
export class DefineBadgeInput {
  @Field(() => ID, { nullable: true, description: "The project whose catalogue it goes in (the caller's organisation must lead it); null: the organisation's own catalogue." })
  projectId?: string | null;

  @Field({ description: 'Short stable code: letters, digits, _ and -, 1–40 characters; unique in its catalogue.' })
  code: string;

  @Field(() => LocalisedTextInput, { description: 'The name (each at most 120 characters).' })
  name: LocalisedTextInput;

  @Field(() => LocalisedTextInput, { description: 'What earning it takes (each at most 2000 characters).' })
  criteria: LocalisedTextInput;

  @Field({ description: 'Who issues it (1–200 characters).' })
  issuerName: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A badge awarded to a client on an enrolment.' })
export class BadgeAward {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Enrolment, { description: 'The enrolment.' })
  enrolment: Enrolment;

  @Field(() => Badge, { description: 'The badge.' })
  badge: Badge;

  @Field(() => LocalDateResolver, { description: 'The day it was awarded.' })
  awardedOn: string;

  @Field(() => String, { nullable: true, description: "The coach's note of the evidence; erased with the client's data." })
  evidence: string | null;
}

@InputType({ description: "A badge to award on an enrolment of the caller's organisation." })
export class AwardBadgeInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field(() => ID, { description: "A badge of the caller's organisation's catalogue or of the enrolment's project's." })
  badgeId: string;

  @Field(() => LocalDateResolver, { description: "The day: inside the project's period, not before the enrolment started, not in the future." })
  awardedOn: string;

  @Field(() => String, { nullable: true, description: 'A note of the evidence (at most 1000 characters). No health or other special-category data.' })
  evidence?: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A qualification unit (tutkinnon osa) a client passed, coded as in ePerusteet.' })
export class QualificationUnit {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Enrolment, { description: 'The enrolment.' })
  enrolment: Enrolment;

  @Field({ description: 'The unit\'s code (ePerusteet tutkinnon osa code, digits), e.g. "106727".' })
  unitCode: string;

  @Field(() => String, { nullable: true, description: "The unit's name." })
  unitName: string | null;

  @Field({ description: 'The qualification\'s six-digit code (koulutuskoodi), e.g. "351407".' })
  qualificationCode: string;

  @Field(() => String, { nullable: true, description: "The qualification's name." })
  qualificationName: string | null;

  @Field(() => LocalDateResolver, { description: 'The day it was passed.' })
  passedOn: string;
}

@InputType({ description: "A qualification unit passed, to record on an enrolment of the caller's organisation." })
export class RecordQualificationUnitInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;

  @Field({ description: 'The unit\'s code: 1–9 digits (ePerusteet), e.g. "106727".' })
  unitCode: string;

  @Field(() => String, { nullable: true, description: "The unit's name (at most 200 characters)." })
  unitName?: string | null;

  @Field({ description: 'The qualification\'s code: six digits, e.g. "351407".' })
  qualificationCode: string;

  @Field(() => String, { nullable: true, description: "The qualification's name (at most 200 characters)." })
  qualificationName?: string | null;

  @Field(() => LocalDateResolver, { description: "The day passed: inside the project's period, not before the enrolment started, not in the future." })
  passedOn: string;
}

export const BadgeAwardConnection = Connection(BadgeAward, 'BadgeAward', "A page of the caller's organisation's badge awards, latest first.");
export const QualificationUnitConnection = Connection(QualificationUnit, 'QualificationUnit', "A page of the caller's organisation's qualification units passed, latest first.");

@ObjectType({ description: "The caller's organisation's own competence figures in a project and year (unsuppressed: its own data)." })
export class CompetenceFigures {
  @Field(() => Int, { description: 'Badges awarded in the year.' })
  badgesAwarded: number;

  @Field(() => Int, { description: 'Qualification units passed in the year.' })
  qualificationUnitsPassed: number;
}
