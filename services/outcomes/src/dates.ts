/** Today's date in Finland as YYYY-MM-DD: the platform's users and their deadlines live in Europe/Helsinki. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
export const isDate = (value: string) => datePattern.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
