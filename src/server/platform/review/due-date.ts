import { addWorkingDays } from '../../../shared/working-days.js';

/** A review is due within 3 working days of submission (guide 2.1: "usually 1-3 working days"). */
export const REVIEW_WORKING_DAYS = 3;

/** When a submission made at `submittedAt` is due for a decision, in the platform's working-day calendar. */
export function reviewDueAt(
  submittedAt: Date,
  calendar: { holidays: ReadonlySet<string>; extraWorkdays: ReadonlySet<string> },
): Date {
  return addWorkingDays(submittedAt, REVIEW_WORKING_DAYS, calendar.holidays, calendar.extraWorkdays);
}
