import { useMemo } from 'react';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatRelativeTime,
} from '../lib/format.js';
import { useLocale } from './useLocale.js';

/** The Intl formatters of src/web/lib/format.ts, bound to the page's locale. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      number: (value: number) => formatNumber(locale, value),
      seconds: (value: number, display: 'long' | 'short' = 'long') => formatDuration(locale, value, 'second', display),
      minutes: (value: number) => formatDuration(locale, value, 'minute'),
      date: (value: string | Date, timeZone?: string) => formatDate(locale, value, timeZone),
      dateTime: (value: string | Date) => formatDateTime(locale, value),
      relative: (value: string | Date, now: number) => formatRelativeTime(locale, value, now),
      fileSize: (bytes: number) => formatFileSize(locale, bytes),
      percent: (fraction: number) => formatPercent(locale, fraction),
    }),
    [locale],
  );
}
