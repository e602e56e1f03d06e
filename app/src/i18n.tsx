import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@polku/client';
import { dictionaries, languages, type Language, type Strings } from './strings.js';

const storageKey = 'polku.language';

interface I18n {
  language: Language;
  /** The API's Locale for label arguments. */
  locale: Locale;
  setLanguage(language: Language): void;
  t(key: keyof Strings, values?: Record<string, string | number>): string;
  formatDate(value: string | null | undefined): string;
  formatDateTime(value: string | null | undefined): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored && stored in dictionaries) return stored as Language;
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2)).find((code) => code in dictionaries);
  return (preferred as Language | undefined) ?? 'fi';
}

/** The chosen language, remembered in this browser; the app's words and the API's labels follow it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const strings = dictionaries[language];
    const tag = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language];
    const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' });
    const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
    return {
      language,
      locale: language.toUpperCase() as Locale,
      setLanguage,
      t: (key, values) => strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`)),
      // LocalDate values are calendar days: format them without a time zone shift.
      formatDate: (day) => (day ? dateFormat.format(new Date(`${day.slice(0, 10)}T12:00:00Z`)) : ''),
      formatDateTime: (at) => (at ? dateTimeFormat.format(new Date(at)) : ''),
      formatNumber: (number, options) => new Intl.NumberFormat(tag, options).format(number),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language-picker">
      <span>{t('language')}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {languages.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
