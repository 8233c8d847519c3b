/**
 * Dates from `<input type="date">` (YYYY-MM-DD, the user's local calendar day) as the
 * RFC 3339 date-times the API wants.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDate(value: string): Date | null {
  const match = datePattern.exec(value);
  if (match === null) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  // Reject 2026-02-31 and the like.
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date;
}

export function isDate(value: string): boolean {
  return localDate(value) !== null;
}

/** The start of the day (00:00 local time), e.g. for an inclusive "van" filter. */
export function startOfDayIso(value: string): string | null {
  return localDate(value)?.toISOString() ?? null;
}

/** The start of the next day: an exclusive "tot" bound that includes the whole chosen day. */
export function startOfNextDayIso(value: string): string | null {
  const date = localDate(value);
  if (date === null) return null;
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}

/** The last moment of the day (23:59:59 local time), e.g. "valid until and including". */
export function endOfDayIso(value: string): string | null {
  const date = localDate(value);
  if (date === null) return null;
  date.setHours(23, 59, 59, 0);
  return date.toISOString();
}

/** Today plus `days` as YYYY-MM-DD in local time (for min/max of date inputs). */
export function localDateString(date: Date, days = 0): string {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A timestamp for people: "27-11-2026 14:05" (nl) or "27/11/2026, 14:05" (en). */
export function formatDateTime(iso: string, locale: 'nl' | 'en'): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(t));
}

export function formatDate(iso: string, locale: 'nl' | 'en'): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date(t));
}

/** A calendar day (YYYY-MM-DD, no time zone) for people: "27 november 2026" / "27 November 2026". */
export function formatDay(value: string, locale: 'nl' | 'en'): string {
  const date = localDate(value);
  if (date === null) return value;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(date);
}

/** `value` (YYYY-MM-DD) plus `days` (negative: back), or null for an invalid date. */
export function addDays(value: string, days: number): string | null {
  const date = localDate(value);
  return date === null ? null : localDateString(date, days);
}
