/** Today's date in Finland as YYYY-MM-DD: the platform's users and their deadlines live in Europe/Helsinki. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/**
 * A calendar day of years 0001–9999 (PostgreSQL has no year 0; four digits keep
 * string order equal to date order). Anything else is the caller's mistake.
 */
export const isDate = (value: string) =>
  datePattern.test(value) && value >= '0001-01-01' && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
