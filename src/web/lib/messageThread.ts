import type { Locale } from '../../shared/locales.js';

/**
 * Pure rules of the messages pages (issue 14): merging pages and live messages, delivery state,
 * names in the reader's language, and dates in the reader's time zone (Intl only).
 */

interface WithId {
  id: number;
}

/** Oldest first, each id once (a live message may also come back in a page or a catch-up). */
export function mergeMessages<M extends WithId>(current: readonly M[], incoming: readonly M[]): M[] {
  if (!incoming.length) return current as M[];
  const byId = new Map<number, M>();
  for (const m of current) byId.set(m.id, m);
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

export type DeliveryState = 'sent' | 'delivered' | 'read';

/** An own message's state from the other side's marks (message ids; a mark covers everything up to it). */
export function deliveryState(id: number, otherReadId: number, otherDeliveredId: number): DeliveryState {
  if (otherReadId >= id) return 'read';
  if (otherDeliveredId >= id) return 'delivered';
  return 'sent';
}

/** A company name: Chinese for a Chinese reader, English for the others, either when one is missing. */
export function partyName(party: { nameZh: string | null; nameEn: string | null }, locale: Locale): string {
  const [first, second] = locale === 'zh-CN' ? [party.nameZh, party.nameEn] : [party.nameEn, party.nameZh];
  return first || second || '';
}

/** A product card's name in the reader's language, else English, else Chinese, else any. */
export function cardName(names: Partial<Record<Locale, string>>, locale: Locale): string {
  return names[locale] || names.en || names['zh-CN'] || Object.values(names).find(Boolean) || '';
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD (comparable). */
export function dayKey(value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(value),
  );
}

/** How many calendar days `value` is before `now` in the time zone (0 = today). */
export function daysAgo(value: string | Date, now: Date, timeZone?: string): number {
  const toUtc = (key: string) => Date.parse(`${key}T00:00:00Z`);
  return Math.round((toUtc(dayKey(now, timeZone)) - toUtc(dayKey(value, timeZone))) / 86_400_000);
}

export function formatTime(locale: Locale, value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(value));
}

export function formatDay(locale: Locale, value: string | Date, now: Date, timeZone?: string): string {
  const sameYear = dayKey(value, timeZone).slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: sameYear ? undefined : 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(value));
}

/** The list's time column: the time for today's messages, else the date. */
export function listTime(locale: Locale, value: string, now: Date, timeZone?: string): string {
  if (daysAgo(value, now, timeZone) === 0) return formatTime(locale, value, timeZone);
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short' }).format(new Date(value));
}

export type DayLabel = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'date'; text: string };

/** A day separator's label: "Today", "Yesterday", else the date. */
export function dayLabel(locale: Locale, value: string, now: Date, timeZone?: string): DayLabel {
  const ago = daysAgo(value, now, timeZone);
  if (ago === 0) return { kind: 'today' };
  if (ago === 1) return { kind: 'yesterday' };
  return { kind: 'date', text: formatDay(locale, value, now, timeZone) };
}

/** Messages in day groups (oldest first), days in the reader's time zone. */
export function groupByDay<M extends { createdAt: string }>(messages: readonly M[], timeZone?: string) {
  const groups: { day: string; first: string; items: M[] }[] = [];
  for (const m of messages) {
    const day = dayKey(m.createdAt, timeZone);
    const group = groups.at(-1);
    if (group?.day === day) group.items.push(m);
    else groups.push({ day, first: m.createdAt, items: [m] });
  }
  return groups;
}

/** The language a message is in, named in the reader's language ("Russian", "俄语"). */
export function languageName(reader: Locale, language: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** A send's idempotency key: a retry of the same send carries the same key. */
export function newClientKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

export interface SendKey {
  key: string;
  /** The body the key was made for. */
  content: string;
}

/**
 * The clientKey of a send: the same as the previous (failed) try while the content is unchanged,
 * so the server answers the first message if it did get it; a new key for new content.
 */
export function keyForSend(previous: SendKey | null, content: string): SendKey {
  return previous?.content === content ? previous : { key: newClientKey(), content };
}

/** The compose box after an answer: emptied only when it still holds what was sent. */
export function textAfterSend(current: string, sent: string): string {
  return current === sent ? '' : current;
}

/** The body of POST …/messages from the compose area. */
export function sendBody(
  text: string,
  attachmentFileIds: string[],
  pending: { productId?: string; orderId?: string } | null,
) {
  return {
    body: text.trim(),
    attachmentFileIds,
    ...(pending?.productId ? { productId: pending.productId } : {}),
    ...(pending?.orderId ? { orderId: pending.orderId } : {}),
  };
}
