import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.js';
import { addWorkingDays, platformDay } from './working-days.js';

/** The end of a China-time calendar day, as a UTC instant: 23:59:59.999 at UTC+8. */
const endOfChinaDay = (day: string) => `${day}T15:59:59.999Z`;
const due = (from: string, n = 3, holidays: string[] = [], extra: string[] = []) =>
  addWorkingDays(new Date(from), n, new Set(holidays), new Set(extra)).toISOString();

describe('platformDay (China time, UTC+8)', () => {
  it('is the calendar day in China, which starts at 16:00 UTC the day before', () => {
    expect(platformDay(new Date('2026-11-27T15:59:59.999Z'))).toBe('2026-11-27');
    expect(platformDay(new Date('2026-11-27T16:00:00.000Z'))).toBe('2026-11-28');
    expect(platformDay(new Date('2026-11-27T17:30:00Z'))).toBe('2026-11-28'); // already Saturday in China
    expect(platformDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('addWorkingDays: the review due date (3 working days)', () => {
  it('Monday → end of Thursday', () => {
    expect(due('2026-11-23T02:00:00Z')).toBe(endOfChinaDay('2026-11-26'));
  });

  it('Friday → end of Wednesday (the weekend is skipped)', () => {
    expect(due('2026-11-27T02:00:00Z')).toBe(endOfChinaDay('2026-12-02'));
  });

  it('Saturday or Sunday → end of Wednesday (counting starts on Monday)', () => {
    expect(due('2026-11-28T03:00:00Z')).toBe(endOfChinaDay('2026-12-02'));
    expect(due('2026-11-29T12:00:00Z')).toBe(endOfChinaDay('2026-12-02'));
  });

  it('skips a public holiday inside the window', () => {
    expect(due('2026-11-23T02:00:00Z', 3, ['2026-11-25'])).toBe(endOfChinaDay('2026-11-27'));
    // Two holidays and a weekend: Tue 24 (holiday), Wed 25 (holiday), Thu, Fri, Mon.
    expect(due('2026-11-23T02:00:00Z', 3, ['2026-11-24', '2026-11-25'])).toBe(endOfChinaDay('2026-11-30'));
    // A holiday outside the window changes nothing.
    expect(due('2026-11-23T02:00:00Z', 3, ['2026-12-01'])).toBe(endOfChinaDay('2026-11-26'));
  });

  it('counts a weekend day made a working day (调休)', () => {
    expect(due('2026-11-27T02:00:00Z', 3, [], ['2026-11-28'])).toBe(endOfChinaDay('2026-12-01'));
    // An extra workday wins over a holiday listed for the same day.
    expect(due('2026-11-27T02:00:00Z', 3, ['2026-11-28'], ['2026-11-28'])).toBe(endOfChinaDay('2026-12-01'));
  });

  it('follows the shipped 2026 calendar over the Spring Festival and National Day', () => {
    const { holidays, extraWorkdays } = loadConfig({});
    const withCalendar = (from: string) => addWorkingDays(new Date(from), 3, holidays, extraWorkdays).toISOString();
    // Fri 13 Feb → Sat 14 (workday), 15–23 holidays, Tue 24, Wed 25.
    expect(withCalendar('2026-02-13T02:00:00Z')).toBe(endOfChinaDay('2026-02-25'));
    // Wed 30 Sep → 1–7 Oct holidays, Thu 8, Fri 9, Sat 10 (workday).
    expect(withCalendar('2026-09-30T02:00:00Z')).toBe(endOfChinaDay('2026-10-10'));
    // The same without the adjusted workday: Thu 8, Fri 9, Mon 12.
    expect(addWorkingDays(new Date('2026-09-30T02:00:00Z'), 3, holidays).toISOString()).toBe(
      endOfChinaDay('2026-10-12'),
    );
  });

  it('counts from the China-time day of a late-night submission, not the UTC day', () => {
    // Both are Thursday in UTC; the second is already Friday 00:30 in China.
    expect(due('2026-11-26T15:30:00Z')).toBe(endOfChinaDay('2026-12-01'));
    expect(due('2026-11-26T16:30:00Z')).toBe(endOfChinaDay('2026-12-02'));
    // Friday 17:30 UTC is Saturday 01:30 in China: due like any Saturday submission.
    expect(due('2026-11-27T17:30:00Z')).toBe(due('2026-11-28T10:00:00Z'));
    // And a submission at 07:00 China time on Monday is Sunday in UTC, but counts from Monday.
    expect(due('2026-11-22T23:00:00Z')).toBe(endOfChinaDay('2026-11-26'));
  });

  it('is due at 23:59:59.999 China time: one millisecond later is the next China day', () => {
    const at = addWorkingDays(new Date('2026-11-23T02:00:00Z'), 3);
    expect(at.toISOString()).toBe('2026-11-26T15:59:59.999Z');
    expect(platformDay(at)).toBe('2026-11-26');
    expect(platformDay(new Date(at.getTime() + 1))).toBe('2026-11-27');
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Shanghai',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).format(at),
    ).toBe('23:59:59');
  });

  it('counts other lengths and crosses a year end', () => {
    expect(due('2026-11-23T02:00:00Z', 1)).toBe(endOfChinaDay('2026-11-24'));
    expect(due('2026-11-27T02:00:00Z', 1)).toBe(endOfChinaDay('2026-11-30'));
    expect(due('2026-12-30T02:00:00Z', 3, ['2027-01-01'])).toBe(endOfChinaDay('2027-01-05'));
  });
});
