import type { EnumLabels, Locale } from '@polku/kit';

export const labelIn = <Value extends string>(labels: EnumLabels<Value>, value: Value, locale: Locale) => labels[value][locale];

/** SQL list of an enum's values, for CHECK constraints in migrations. */
export const sqlValues = (enumObject: Record<string, string>) =>
  Object.values(enumObject)
    .map((value) => `'${value}'`)
    .join(', ');
