import type { Locale } from '../../shared/locales.js';

/** Numbers, durations and dates in the page's language; never hand-made strings. */

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "59 seconds" / "59 секунд" / "59秒钟" (long) or "59 sec" / "59 с" (short). */
export function formatDuration(
  locale: Locale,
  value: number,
  unit: 'second' | 'minute',
  unitDisplay: 'long' | 'short' = 'long',
): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).format(value);
}

export function formatDate(locale: Locale, value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(value));
}

export function formatDateTime(locale: Locale, value: string | Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
];

/** "just now" / "5 minutes ago" within a day; a date and time beyond. */
export function formatRelativeTime(locale: Locale, value: string | Date, now: number): string {
  const then = new Date(value).getTime();
  let delta = Math.round((then - now) / 1000);
  if (Math.abs(delta) >= 24 * 3600) return formatDateTime(locale, value);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(delta) < 45) return rtf.format(0, 'second');
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(delta) < size) return rtf.format(delta, unit);
    delta = Math.round(delta / size);
  }
  return rtf.format(delta, 'day');
}
