/**
 * Review due dates: "1–3 working days" counted in the platform's time zone (China, UTC+8,
 * no daylight saving), skipping weekends and the configured public holidays.
 */
export const PLATFORM_UTC_OFFSET_HOURS = 8;

const DAY_MS = 86_400_000;

/** yyyy-mm-dd of the platform-local calendar day containing `instant`. */
export function platformDay(instant: Date): string {
  return new Date(instant.getTime() + PLATFORM_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

function isWorkingDay(day: string, holidays: ReadonlySet<string>, extraWorkdays: ReadonlySet<string>): boolean {
  if (extraWorkdays.has(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * The end (23:59:59.999 platform time) of the n-th working day after `from`'s day.
 * Submitted on Friday with n=3 → due at the end of Wednesday.
 */
export function addWorkingDays(
  from: Date,
  n: number,
  holidays: ReadonlySet<string> = new Set(),
  extraWorkdays: ReadonlySet<string> = new Set(),
): Date {
  let day = platformDay(from);
  let counted = 0;
  while (counted < n) {
    day = new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day, holidays, extraWorkdays)) counted++;
  }
  const endOfDayUtc = new Date(`${day}T00:00:00Z`).getTime() + DAY_MS - 1 - PLATFORM_UTC_OFFSET_HOURS * 3_600_000;
  return new Date(endOfDayUtc);
}
