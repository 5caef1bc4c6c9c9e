import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../api/client.js';
import { formatDuration, formatRelativeTime } from './format.js';

describe('formatDuration', () => {
  it('lets Intl choose the plural form of each language', () => {
    expect(formatDuration('en', 1, 'second')).toBe('1 second');
    expect(formatDuration('ru', 5, 'minute')).toBe('5 минут');
    expect(formatDuration('ru', 2, 'minute')).toBe('2 минуты');
    expect(formatDuration('es', 30, 'minute')).toBe('30 minutos');
  });
});

const now = Date.parse('2026-11-01T12:00:00Z');

describe('formatRelativeTime', () => {
  it('says "now" for the last seconds and counts minutes and hours within a day', () => {
    expect(formatRelativeTime('en', new Date(now - 10_000), now)).toBe('now');
    expect(formatRelativeTime('en', new Date(now - 5 * 60_000), now)).toBe('5 minutes ago');
    expect(formatRelativeTime('es', new Date(now - 3 * 3600_000), now)).toBe('hace 3 horas');
  });
  it('gives a date and time beyond a day', () => {
    expect(formatRelativeTime('en', new Date(now - 3 * 86_400_000), now)).toMatch(/2026/);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('42')).toBe(42);
    expect(parseRetryAfter(new Date(now + 60_000).toUTCString(), now)).toBe(60);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
