import type { EnumLabels, Locale } from '@polku/kit';
import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum whose values users see: each value is described
 * by its English label, and the fi/sv/en labels are served by `*Label` fields.
 */
export function registerLabelledEnum<Value extends string>(enumObject: Record<string, Value>, name: string, description: string, labels: EnumLabels<Value>) {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: (label as EnumLabels<Value>[Value]).EN }])),
  });
}

export const labelIn = <Value extends string>(labels: EnumLabels<Value>, value: Value, locale: Locale) => labels[value][locale];

/** SQL list of an enum's values, for CHECK constraints in migrations. */
export const sqlValues = (enumObject: Record<string, string>) =>
  Object.values(enumObject)
    .map((value) => `'${value}'`)
    .join(', ');
