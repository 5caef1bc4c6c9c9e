import { describe, expect, it } from 'vitest';
import { ORDER_STATES } from '../../../shared/state-machines/order.js';
import {
  changeFilter,
  filterFromParams,
  isIsoDay,
  ORDER_TABS,
  paramsFromFilter,
  totalCount,
} from './orderListFilter.js';

const parse = (query: string) => filterFromParams(new URLSearchParams(query));

describe('order list filter ⇄ URL', () => {
  it('reads every field from the query', () => {
    expect(parse('status=waiting_for_perfection&q=BR-2026&from=2026-12-01&to=2026-12-06&page=3')).toEqual({
      status: 'waiting_for_perfection',
      q: 'BR-2026',
      from: '2026-12-01',
      to: '2026-12-06',
      page: 3,
    });
  });

  it('ignores what is malformed instead of sending it', () => {
    expect(parse('status=shipping&q=%20%20&from=2026-02-30&to=yesterday&page=-2')).toEqual({ page: 1 });
    expect(parse('page=2.5')).toEqual({ page: 1 });
    expect(parse('page=99999999')).toEqual({ page: 10_000 });
    expect(parse(`q=${'x'.repeat(150)}`).q).toHaveLength(100);
  });

  it('writes the filter back without defaults, so a reload reads the same filter', () => {
    const filter = { status: 'shipped' as const, q: 'tools', from: '2026-11-01', page: 2 };
    const written = paramsFromFilter(filter);
    expect(written.toString()).toBe('status=shipped&q=tools&from=2026-11-01&page=2');
    expect(filterFromParams(written)).toEqual(filter);
    expect(paramsFromFilter({ page: 1 }).toString()).toBe('');
  });

  it('starts at page 1 on any change but the page itself', () => {
    const current = { status: 'shipped' as const, q: 'tools', page: 4 };
    expect(changeFilter(current, { status: 'completed' })).toEqual({ status: 'completed', q: 'tools', page: 1 });
    expect(changeFilter(current, { q: undefined })).toEqual({ status: 'shipped', page: 1 });
    expect(changeFilter(current, { status: undefined })).toEqual({ q: 'tools', page: 1 });
    expect(changeFilter(current, { page: 5 })).toEqual({ status: 'shipped', q: 'tools', page: 5 });
  });

  it('checks calendar days', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-1-01')).toBe(false);
    expect(isIsoDay(null)).toBe(false);
  });
});

describe('status tabs', () => {
  it('are "All", then "Waiting for perfection", then the later states in the machine order', () => {
    expect(ORDER_TABS[0]).toBe('all');
    expect(ORDER_TABS[1]).toBe('waiting_for_perfection');
    expect(ORDER_TABS.slice(1)).toEqual([...ORDER_STATES]);
  });

  it('"All" counts every state in the answer', () => {
    expect(totalCount({ waiting_for_perfection: 3, shipped: 2, completed: 0 })).toBe(5);
    expect(totalCount({})).toBe(0);
  });
});
