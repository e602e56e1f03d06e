import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalisedTextInput } from '../localised-text.js';
import { Project } from '../references/directory.reference.js';

@ObjectType({ description: 'One question of a feedback survey, answered on the survey\'s scale.' })
export class FeedbackQuestion {
  @Field({ description: 'Short code, unique in the survey.' })
  code: string;

  @Field({ description: "The question in the caller's language." })
  text: string;
}

@ObjectType({ description: "An anonymous client feedback survey of a project: responses are linked to no client, organisation or day (only the month)." })
export class FeedbackSurvey {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Project, { description: 'The project.' })
  project: Project;

  @Field({ description: 'Short code, unique in the project.' })
  code: string;

  @Field({ description: "The title in the caller's language." })
  title: string;

  @Field(() => Int, { description: 'Every question is answered 1..scaleMax.' })
  scaleMax: number;

  @Field(() => [FeedbackQuestion], { description: 'The questions, in order.' })
  questions: FeedbackQuestion[];
}

@InputType({ description: 'A question of a feedback survey.' })
export class FeedbackQuestionInput {
  @Field({ description: 'Short code: lowercase letters, digits and -, 1–40 characters; unique in the survey.' })
  code: string;

  @Field(() => LocalisedTextInput, { description: 'The question (each at most 200 characters).' })
  text: LocalisedTextInput;
}

@InputType({ description: "An anonymous feedback survey for a project the caller's organisation leads." })
export class DefineFeedbackSurveyInput {
  @Field(() => ID, { description: "The project; the caller's organisation must lead it." })
  projectId: string;

  @Field({ description: 'Short code: lowercase letters, digits and -, 1–40 characters; unique in the project.' })
  code: string;

  @Field(() => LocalisedTextInput, { description: 'The title (each at most 120 characters).' })
  title: LocalisedTextInput;

  @Field(() => Int, { description: 'Answers run 1..scaleMax (2 to 10).' })
  scaleMax: number;

  @Field(() => [FeedbackQuestionInput], { description: 'One to twenty questions. No free-text questions: a written answer can identify its writer.' })
  questions: FeedbackQuestionInput[];
}

@ObjectType({ description: "A closed month's responses to a feedback survey, protected like other pooled figures." })
export class FeedbackPeriod {
  @Field(() => LocalDateResolver, { description: 'The first day of the month.' })
  month: string;

  @Field(() => Int, { nullable: true, description: "Responses in the month; null when suppressed (1..k-1 responses, k from the project's settings)." })
  responses: number | null;

  @Field({ description: 'Whether the month is suppressed.' })
  suppressed: boolean;

  @Field(() => [Float], { nullable: true, description: 'Mean answer per question, in order; null when suppressed.' })
  questionMeans: number[] | null;
}

@ObjectType({ description: "A feedback survey's results: responses per closed month." })
export class FeedbackSurveyResults {
  @Field(() => FeedbackSurvey, { description: 'The survey.' })
  survey: FeedbackSurvey;

  @Field(() => [FeedbackPeriod], { description: 'Closed months with responses, earliest first; the running month never shows.' })
  periods: FeedbackPeriod[];
}
