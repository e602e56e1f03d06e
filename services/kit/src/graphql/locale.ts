import type { IncomingMessage } from 'node:http';
import { Arg, registerEnumType } from 'type-graphql';

/** Languages the platform labels things in: Finland's users work in Finnish and Swedish. */
export enum Locale {
  FI = 'FI',
  SV = 'SV',
  EN = 'EN',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language for labels.',
  valuesConfig: {
    FI: { description: 'Finnish (suomi).' },
    SV: { description: 'Swedish (svenska).' },
    EN: { description: 'English.' },
  },
});

export type Labels = Record<Locale, string>;
/** Finnish, Swedish and English labels for every value of an enum. */
export type EnumLabels<Value extends string> = Record<Value, Labels>;

/** The first supported language in the request's Accept-Language, Finnish otherwise. */
export function localeOfRequest(request: Pick<IncomingMessage, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return Locale.FI;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { language: tag!.trim().slice(0, 2).toUpperCase(), quality: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter(({ quality }) => quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return (ranked.find(({ language }) => language in Locale)?.language as Locale | undefined) ?? Locale.FI;
}

/**
 * Registers a user-facing enum with its Finnish, Swedish and English labels:
 * the schema describes each value by its English label, and fields named
 * `…Label(locale:)` answer in the caller's language.
 */
export function registerLabelledEnum<Value extends string>(enumObject: Record<string, Value>, name: string, description: string, labels: EnumLabels<Value>) {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries<Labels>(labels).map(([value, label]) => [value, { description: label.EN }])),
  });
}

/** The `locale` argument every label field takes. */
export const LocaleArg = () => Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." });

/** A value's label in the requested language, or else the request's own. */
export function labelOf<Value extends string>(labels: EnumLabels<Value>, value: Value, locale: Locale | null | undefined, ctx: { locale: Locale }) {
  return labels[value][locale ?? ctx.locale];
}
