import { Field, InputType, ObjectType } from 'type-graphql';
import { badInput, cleanText } from './input-rules.js';

@ObjectType({ description: 'A text in Finnish, Swedish and English.' })
export class LocalisedText {
  @Field({ description: 'Finnish.' })
  fi: string;

  @Field({ description: 'Swedish.' })
  sv: string;

  @Field({ description: 'English.' })
  en: string;
}

@InputType({ description: "A text in Finnish, Swedish and English (each 1 to the field's limit of characters)." })
export class LocalisedTextInput {
  @Field({ description: 'Finnish.' })
  fi: string;

  @Field({ description: 'Swedish.' })
  sv: string;

  @Field({ description: 'English.' })
  en: string;
}

/** All three languages, each 1..max characters. */
export function checkLocalised(text: LocalisedTextInput, max: number, argument: string) {
  const out = { fi: cleanText(text.fi, max, `${argument}.fi`), sv: cleanText(text.sv, max, `${argument}.sv`), en: cleanText(text.en, max, `${argument}.en`) };
  if (!out.fi || !out.sv || !out.en) throw badInput(`Give ${argument} in Finnish, Swedish and English.`, argument);
  return out as { fi: string; sv: string; en: string };
}
