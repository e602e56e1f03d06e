import { describe, expect, it } from 'vitest';
import { Locale, localeOfRequest } from './locale.js';

const localeOf = (header?: string) => localeOfRequest({ headers: header === undefined ? {} : { 'accept-language': header } });

describe('localeOfRequest', () => {
  it('takes the best-ranked supported language', () => {
    expect(localeOf('sv-FI,sv;q=0.9,en;q=0.8')).toBe(Locale.SV);
    expect(localeOf('de-DE, en;q=0.5, fi;q=0.7')).toBe(Locale.FI);
    expect(localeOf('en-GB')).toBe(Locale.EN);
  });

  it('falls back to Finnish', () => {
    expect(localeOf()).toBe(Locale.FI);
    expect(localeOf('de, fr;q=0.9')).toBe(Locale.FI);
    expect(localeOf('sv;q=0')).toBe(Locale.FI);
  });
});
