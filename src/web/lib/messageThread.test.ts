import { describe, expect, it } from 'vitest';
import {
  cardName,
  dayLabel,
  daysAgo,
  deliveryState,
  groupByDay,
  keyForSend,
  languageName,
  listTime,
  mergeMessages,
  newClientKey,
  partyName,
  sendBody,
  textAfterSend,
} from './messageThread.js';

describe('mergeMessages', () => {
  it('keeps each id once, oldest first, the newer copy winning', () => {
    const merged = mergeMessages(
      [
        { id: 3, v: 'a' },
        { id: 5, v: 'a' },
      ],
      [
        { id: 4, v: 'b' },
        { id: 5, v: 'b' },
        { id: 1, v: 'b' },
      ],
    );
    expect(merged).toEqual([
      { id: 1, v: 'b' },
      { id: 3, v: 'a' },
      { id: 4, v: 'b' },
      { id: 5, v: 'b' },
    ]);
  });
});

describe('deliveryState', () => {
  it('is read, delivered or sent from the other side marks', () => {
    expect(deliveryState(10, 10, 12)).toBe('read');
    expect(deliveryState(10, 9, 10)).toBe('delivered');
    expect(deliveryState(10, 9, 9)).toBe('sent');
  });
});

describe('names in the reader language', () => {
  it('chooses the Chinese company name for zh-CN, English otherwise, and falls back', () => {
    const both = { nameZh: '华东五金', nameEn: 'East China Hardware' };
    expect(partyName(both, 'zh-CN')).toBe('华东五金');
    expect(partyName(both, 'ru')).toBe('East China Hardware');
    expect(partyName({ nameZh: '华东五金', nameEn: null }, 'es')).toBe('华东五金');
    expect(partyName({ nameZh: null, nameEn: 'Acme' }, 'zh-CN')).toBe('Acme');
  });
  it('chooses a product name in the reader language, else English, else Chinese', () => {
    expect(cardName({ en: 'Bolt', ru: 'Болт' }, 'ru')).toBe('Болт');
    expect(cardName({ en: 'Bolt', 'zh-CN': '螺栓' }, 'es')).toBe('Bolt');
    expect(cardName({ 'zh-CN': '螺栓' }, 'es')).toBe('螺栓');
  });
});

describe('dates in the reader time zone', () => {
  const now = new Date('2026-03-10T01:30:00Z');
  it('counts calendar days in the time zone, not in UTC', () => {
    // 23:00 UTC on the 9th is the 10th in Shanghai (UTC+8), the 9th in New York.
    expect(daysAgo('2026-03-09T23:00:00Z', now, 'Asia/Shanghai')).toBe(0);
    expect(daysAgo('2026-03-09T16:00:00Z', now, 'Asia/Shanghai')).toBe(0);
    expect(daysAgo('2026-03-09T15:00:00Z', now, 'Asia/Shanghai')).toBe(1);
    expect(daysAgo('2026-03-09T12:00:00Z', now, 'America/New_York')).toBe(0);
  });
  it('labels day separators Today, Yesterday or a date in the reader language', () => {
    expect(dayLabel('en', '2026-03-09T23:00:00Z', now, 'Asia/Shanghai')).toEqual({ kind: 'today' });
    expect(dayLabel('en', '2026-03-09T10:00:00Z', now, 'Asia/Shanghai')).toEqual({ kind: 'yesterday' });
    expect(dayLabel('ru', '2026-03-01T10:00:00Z', now, 'UTC')).toEqual({ kind: 'date', text: '1 марта' });
    expect(dayLabel('en', '2025-12-24T10:00:00Z', now, 'UTC')).toEqual({ kind: 'date', text: 'December 24, 2025' });
  });
  it('shows the time for today in the list, else the date', () => {
    expect(listTime('en', '2026-03-10T01:05:00Z', now, 'UTC')).toBe('1:05 AM');
    expect(listTime('ru', '2026-03-10T01:05:00Z', now, 'Asia/Shanghai')).toBe('9:05');
    expect(listTime('en', '2026-03-08T01:05:00Z', now, 'UTC')).toBe('3/8/26');
  });
  it('groups messages by day in the time zone', () => {
    const groups = groupByDay(
      [
        { id: 1, createdAt: '2026-03-09T10:00:00Z' },
        { id: 2, createdAt: '2026-03-09T17:00:00Z' },
        { id: 3, createdAt: '2026-03-10T01:00:00Z' },
      ],
      'Asia/Shanghai',
    );
    expect(groups.map((g) => [g.day, g.items.map((m) => m.id)])).toEqual([
      ['2026-03-09', [1]],
      ['2026-03-10', [2, 3]],
    ]);
  });
});

describe('languageName and newClientKey', () => {
  it('names a message language in the reader language', () => {
    expect(languageName('en', 'ru')).toBe('Russian');
    expect(languageName('zh-CN', 'en')).toBe('英语');
    expect(languageName('es', 'zh-CN')).toMatch(/^chino/);
  });
  it('makes keys the API accepts (8–64 characters), never the same twice', () => {
    const a = newClientKey();
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(newClientKey()).not.toBe(a);
  });
});

describe('sending', () => {
  it('keeps the clientKey for a retry of the same content and makes a new one for new content', () => {
    const first = keyForSend(null, '{"body":"hi"}');
    expect(keyForSend(first, '{"body":"hi"}')).toBe(first);
    const changed = keyForSend(first, '{"body":"hi!"}');
    expect(changed.key).not.toBe(first.key);
    expect(changed.content).toBe('{"body":"hi!"}');
  });
  it('empties the compose box only when it still holds what was sent', () => {
    expect(textAfterSend('hello', 'hello')).toBe('');
    expect(textAfterSend('hello, and more', 'hello')).toBe('hello, and more');
  });
  it('builds the send body: trimmed text, files, and the pending product or order', () => {
    expect(sendBody('  hi \n', ['f1'], { productId: 'p1' })).toEqual({
      body: 'hi',
      attachmentFileIds: ['f1'],
      productId: 'p1',
    });
    expect(sendBody('x', [], { orderId: 'o1' })).toEqual({ body: 'x', attachmentFileIds: [], orderId: 'o1' });
    expect(sendBody('x', [], null)).toEqual({ body: 'x', attachmentFileIds: [] });
  });
});
