import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A count that may be suppressed: value is null when suppressed.' })
export class Count {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value: number | null;

  @Field({ description: 'True when the count is hidden (a small count, or a complement protecting one).' })
  suppressed: boolean;
}

@ObjectType({ description: 'A rate (0..1) or an average that may be suppressed: value is null when suppressed or undefined (no denominator).' })
export class Measure {
  @Field(() => Float, { nullable: true, description: 'The value; null when suppressed or when there is nothing to divide by.' })
  value: number | null;

  @Field({ description: 'True when hidden because a count it is built on is suppressed.' })
  suppressed: boolean;
}
