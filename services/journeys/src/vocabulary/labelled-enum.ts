import type { EnumLabels, Locale } from '@polku/kit';

export const labelIn = <Value extends string>(labels: EnumLabels<Value>, value: Value, locale: Locale) => labels[value][locale];
