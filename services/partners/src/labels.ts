import { Locale, type EnumLabels } from '@polku/kit';
import { Arg, registerEnumType } from 'type-graphql';

/**
 * Registers a user-facing enum with its Finnish, Swedish and English labels:
 * the schema describes each value by its English label, and fields named
 * `…Label(locale:)` answer in the caller's language.
 */
export function registerLabelledEnum<Value extends string>(
  enumObject: Record<string, Value>,
  name: string,
  description: string,
  labels: EnumLabels<Value>,
) {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries<Record<Locale, string>>(labels).map(([value, label]) => [value, { description: label.EN }])),
  });
}

/** The `locale` argument every label field takes. */
export const LocaleArg = () =>
  Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." });

/** A value's label in the requested language, or the request's own. */
export function labelOf<Value extends string>(labels: EnumLabels<Value>, value: Value, locale: Locale | null | undefined, ctx: { locale: Locale }) {
  return labels[value][locale ?? ctx.locale];
}
