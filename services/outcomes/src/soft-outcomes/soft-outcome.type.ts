import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalisedTextInput } from '../localised-text.js';
import { Project } from '../references/directory.reference.js';
import { Enrolment } from '../references/enrolment.reference.js';

export enum AssessmentTimePoint {
  START = 'START',
  MID = 'MID',
  END = 'END',
  OTHER = 'OTHER',
}
registerEnumType(AssessmentTimePoint, {
  name: 'AssessmentTimePoint',
  description: "When in the client's path an assessment was made (alku-, väli- ja loppuarvio).",
  valuesConfig: {
    START: { description: 'At the start of the path (alkuarvio).' },
    MID: { description: 'Midway (väliarvio).' },
    END: { description: 'At the end of the path (loppuarvio).' },
    OTHER: { description: 'At another time.' },
  },
});

@ObjectType({ description: 'A labelled point on an item\'s scale, e.g. what 1, 3 and 5 mean.' })
export class ScaleAnchor {
  @Field(() => Int, { description: 'The score the label describes.' })
  score: number;

  @Field({ description: "The label in the caller's language." })
  label: string;
}

@ObjectType({ description: 'One question of an instrument, scored on a scale from 1 to scaleMax.' })
export class InstrumentItem {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short stable code, e.g. "digital-skills".' })
  code: string;

  @Field({ description: "The item's name in the caller's language." })
  label: string;

  @Field(() => Int, { description: 'Highest score; scores run from 1 to this.' })
  scaleMax: number;

  @Field(() => [ScaleAnchor], { description: 'Labels of anchor points of the scale.' })
  anchors: ScaleAnchor[];
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A soft-outcome instrument: a set of items, each scored on a scale, to measure distance travelled.' })
export class Instrument {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short stable code, e.g. "polun-askeleet".' })
  code: string;

  @Field({ description: "The instrument's name in the caller's language." })
  name: string;

  @Field(() => [InstrumentItem], { description: 'The items, in order.' })
  items: InstrumentItem[];

  @Field({ description: "Whether it is the platform's own (e.g. Polun askeleet), usable by every organisation." })
  builtIn: boolean;

  @Field(() => Project, { nullable: true, description: "The project it was defined for by the project's lead; null for the platform's and an organisation's own." })
  project: Project | null;
}

@InputType({ description: 'A labelled point of the scale.' })
export class ScaleAnchorInput {
  @Field(() => Int, { description: 'The score, 1..scaleMax.' })
  score: number;

  @Field(() => LocalisedTextInput, { description: 'What the score means (each at most 200 characters).' })
  label: LocalisedTextInput;
}

@InputType({ description: 'One item of an instrument to define.' })
export class InstrumentItemInput {
  @Field({ description: 'Short code, unique in the instrument: lowercase letters, digits and -, 1–40 characters.' })
  code: string;

  @Field(() => LocalisedTextInput, { description: "The item's name (each at most 200 characters)." })
  label: LocalisedTextInput;

  @Field(() => [ScaleAnchorInput], { description: 'Anchors: at least the lowest (1) and the highest (scaleMax) score, each score once.' })
  anchors: ScaleAnchorInput[];
}

@InputType({ description: "A soft-outcome instrument for the caller's organisation or, by the lead organisation, for a project." })
export class DefineInstrumentInput {
  @Field(() => ID, { nullable: true, description: "The project it is for (the caller's organisation must lead it); null: the organisation's own." })
  projectId?: string | null;

  @Field({ description: 'Code, unique on the platform (pooled CSV rows are keyed by it): lowercase letters, digits and -, 1–40 characters.' })
  code: string;

  @Field(() => LocalisedTextInput, { description: 'The name (each at most 120 characters).' })
  name: LocalisedTextInput;

  @Field(() => Int, { description: 'Every item is scored 1..scaleMax (2 to 10).' })
  scaleMax: number;

  @Field(() => [InstrumentItemInput], { description: 'One to twenty items, in order.' })
  items: InstrumentItemInput[];
}

@ObjectType({ description: 'The score given to one item.' })
export class ItemScore {
  @Field(() => ID, { description: 'The item scored.' })
  itemId: string;

  @Field(() => Int, { description: 'The score, 1..scaleMax.' })
  score: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Item scores of one enrolment on one instrument at one time point.' })
export class Assessment {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Enrolment, { description: 'The assessed enrolment.' })
  enrolment: Enrolment;

  @Field(() => Instrument, { description: 'The instrument used.' })
  instrument: Instrument;

  @Field(() => LocalDateResolver, { description: 'The day of the assessment.' })
  assessedOn: string;

  @Field(() => AssessmentTimePoint, { description: 'Start, mid, end or other.' })
  timePoint: AssessmentTimePoint;

  @Field(() => Float, { description: 'Mean of the item scores.' })
  meanScore: number;

  @Field(() => [ItemScore], { description: 'Score per item.' })
  scores: ItemScore[];
}

@ObjectType({ description: 'Distance travelled on one instrument: the change of the mean score from the first to the last assessment.' })
export class DistanceTravelled {
  @Field(() => Instrument, { description: 'The instrument.' })
  instrument: Instrument;

  @Field(() => Int, { description: 'How many assessments there are.' })
  assessments: number;

  @Field(() => LocalDateResolver, { description: 'Day of the first assessment.' })
  firstAssessedOn: string;

  @Field(() => LocalDateResolver, { description: 'Day of the last assessment.' })
  lastAssessedOn: string;

  @Field(() => Float, { description: 'Mean score at the first assessment.' })
  firstMeanScore: number;

  @Field(() => Float, { description: 'Mean score at the last assessment.' })
  lastMeanScore: number;

  @Field(() => Float, { description: 'Last minus first mean score: positive is progress.' })
  change: number;
}

@InputType({ description: 'A score for one item.' })
export class ItemScoreInput {
  @Field(() => ID, { description: 'The item.' })
  itemId: string;

  @Field(() => Int, { description: 'The score, 1..scaleMax of the item.' })
  score: number;
}

@InputType({ description: "An assessment of an enrolment of the caller's organisation." })
export class RecordAssessmentInput {
  @Field(() => ID, { description: 'The assessed enrolment (owned by the journeys service).' })
  enrolmentId: string;

  @Field(() => ID, { description: 'The instrument used.' })
  instrumentId: string;

  @Field(() => LocalDateResolver, { description: 'The day of the assessment; not in the future.' })
  assessedOn: string;

  @Field(() => AssessmentTimePoint, { description: 'Start, mid, end or other.' })
  timePoint: AssessmentTimePoint;

  @Field(() => [ItemScoreInput], { description: 'One score for every item of the instrument.' })
  scores: ItemScoreInput[];
}
