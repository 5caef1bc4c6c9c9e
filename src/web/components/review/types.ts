/** What the two staff review consoles (supplier applications, brands) share as data shapes. */

/** A choice in a <select>: the value sent to the API and the text staff read. */
export interface Option<Value extends string = string> {
  value: Value;
  label: string;
}

/** One coded reason of a rejection: what it concerns, why, and an optional note for the submitter. */
export interface Reason<Code extends string> {
  target: string;
  code: Code;
  note?: string;
}

/** What "Reject" sends (besides the version read): at least one reason and an optional overall note. */
export interface RejectInput<Code extends string> {
  reasons: Reason<Code>[];
  note?: string;
}

/** The queue filters, kept in the URL: `?status=&q=&overdue=true`. */
export interface QueueFilter<Status extends string> {
  status: Status;
  q: string;
  overdue: boolean;
}

/** What every queue row carries, whatever is reviewed: the shared columns and the overdue flag. */
export interface QueueRow {
  id: string;
  submittedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
}
