import { platformDay } from '../../../../shared/working-days.js';

/** Calendar days as "yyyy-mm-dd" strings, counted on the platform's calendar (China, as the server). */

export function today(now: Date = new Date()): string {
  return platformDay(now);
}

/** "2026-12-06" + 14 → "2026-12-20" (UTC arithmetic on a date without a time: no DST surprises). */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
