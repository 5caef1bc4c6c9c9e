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

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "812 kB" / "1,4 МБ" / "3.2 MB": the largest unit below 1024, one decimal past bytes. */
export function formatFileSize(locale: Locale, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** 0.42 → "42 %" / "42%" as the language writes it. */
export function formatPercent(locale: Locale, fraction: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(fraction);
}
