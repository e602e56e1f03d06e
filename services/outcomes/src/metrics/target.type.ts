import { registerLabelledEnum } from '@polku/kit';
import { Field, Float, ObjectType } from 'type-graphql';
import { Measure } from './count.type.js';

/** The partners subgraph's TargetMetric (it owns projects and their targets), the same values and labels. */
export enum TargetMetric {
  QUALITY_PATH_SHARE = 'QUALITY_PATH_SHARE',
  EMPLOYMENT_SHARE = 'EMPLOYMENT_SHARE',
  EDUCATION_SHARE = 'EDUCATION_SHARE',
  CLIENTS_SERVED = 'CLIENTS_SERVED',
  ENTRIES = 'ENTRIES',
  UNIQUE_PARTICIPANTS = 'UNIQUE_PARTICIPANTS',
  EXITS = 'EXITS',
  QUALITY_PATHS = 'QUALITY_PATHS',
}
registerLabelledEnum(TargetMetric, 'TargetMetric', "What a project's target measures; shares are percentages of exited clients.", {
  QUALITY_PATH_SHARE: { FI: 'Laadullisten jatkopolkujen osuus (%)', SV: 'Andel kvalitativa fortsättningsvägar (%)', EN: 'Quality continuation path share (%)' },
  EMPLOYMENT_SHARE: { FI: 'Työllistyneiden osuus (%)', SV: 'Andel sysselsatta (%)', EN: 'Employed share (%)' },
  EDUCATION_SHARE: { FI: 'Opiskelemaan siirtyneiden osuus (%)', SV: 'Andel som börjat studera (%)', EN: 'Education share (%)' },
  CLIENTS_SERVED: { FI: 'Asiakkaita (lkm)', SV: 'Klienter (antal)', EN: 'Clients served (count)' },
  ENTRIES: { FI: 'Aloittaneita osallistujia (lkm)', SV: 'Deltagare som börjat (antal)', EN: 'Entries (count)' },
  UNIQUE_PARTICIPANTS: { FI: 'Eri henkilöitä (lkm)', SV: 'Unika deltagare (antal)', EN: 'Unique participants (count)' },
  EXITS: { FI: 'Päättäneitä (lkm)', SV: 'Avslutade (antal)', EN: 'Exits (count)' },
  QUALITY_PATHS: { FI: 'Laadullisia jatkopolkuja (lkm)', SV: 'Kvalitativa fortsättningsvägar (antal)', EN: 'Quality continuation paths (count)' },
});

@ObjectType({ description: "One of the project's targets against the actual figures." })
export class TargetFigure {
  @Field(() => TargetMetric, { description: 'What is measured.' })
  metric: TargetMetric;

  @Field(() => Float, { description: "The target's minimum: a percentage (0–100) for shares, a count otherwise (for the whole project)." })
  minimum: number;

  @Field(() => Measure, { description: 'The actual figure in the period: a count, or a percentage (0–100) for shares. Hidden when a count it is built on is.' })
  actual: Measure;

  @Field(() => Measure, {
    description:
      "The actual figure from the project's start to the period's end (POOLED: the sum of the years' releases, hidden when any part is). UNIQUE_PARTICIPANTS has none (null): people are counted per year, and a sum over years would count a returning person twice.",
  })
  actualToDate: Measure;

  @Field(() => Boolean, { nullable: true, description: 'Whether the figure to date has reached the minimum; null when it is hidden or not defined.' })
  reached: boolean | null;
}
