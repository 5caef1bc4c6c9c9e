import { ORDER_STATES, type OrderState } from '../../../shared/state-machines/order.js';
import type { OrderListFilter } from '../../api/orders.js';

/**
 * The order lists' filter lives in the URL query (?status=…&q=…&from=…&to=…&page=…), so back,
 * forward and reload show the same list. Anything malformed in the URL is ignored, never sent.
 */

/** The tabs: "All", then "Waiting for perfection" and the later states in the machine's order. */
export const ORDER_TABS: readonly ('all' | OrderState)[] = ['all', ...ORDER_STATES];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_QUERY = 100;
const MAX_PAGE = 10_000;

const isState = (value: string | null): value is OrderState =>
  value !== null && (ORDER_STATES as readonly string[]).includes(value);

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** URL query → the filter the API is asked with (undefined fields are left out of the request). */
export function filterFromParams(params: URLSearchParams): OrderListFilter {
  const status = params.get('status');
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  const from = params.get('from');
  const to = params.get('to');
  const page = Number(params.get('page'));
  const filter: OrderListFilter = {};
  if (isState(status)) filter.status = status;
  if (q) filter.q = q;
  if (isIsoDay(from)) filter.from = from;
  if (isIsoDay(to)) filter.to = to;
  filter.page = Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
  return filter;
}

/** The filter → URL query, in a fixed order and without defaults (page 1 is not written). */
export function paramsFromFilter(filter: OrderListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/**
 * A change of the filter: any change other than the page itself starts again at page 1
 * (page 3 of another tab is rarely what one wants).
 */
export function changeFilter(
  current: OrderListFilter,
  patch: Partial<Record<'status' | 'q' | 'from' | 'to', string | undefined>> | { page: number },
): OrderListFilter {
  if ('page' in patch) return { ...current, page: patch.page };
  const next: OrderListFilter = { ...current, page: 1 };
  for (const [key, value] of Object.entries(patch) as [keyof typeof patch, string | undefined][]) {
    if (value) Object.assign(next, { [key]: value });
    else delete next[key as 'status' | 'q' | 'from' | 'to'];
  }
  return next;
}

/** The "All" tab's count: the sum over the states the answer counted. */
export function totalCount(counts: Partial<Record<OrderState, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}
