import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const localeOf = async (headers: Record<string, string>) =>
  (await t.app.inject({ url: '/api/site', headers })).json<{ locale: string }>().locale;

describe('request locale', () => {
  it('prefers the page language the web app sends over the cookie and the browser', async () => {
    expect(await localeOf({ 'x-locale': 'ru', cookie: 'br_lang=es', 'accept-language': 'zh-CN' })).toBe('ru');
  });

  it('ignores an unknown X-Locale and falls back to the cookie, then Accept-Language', async () => {
    expect(await localeOf({ 'x-locale': 'klingon', cookie: 'br_lang=es' })).toBe('es');
    expect(await localeOf({ 'x-locale': 'klingon', 'accept-language': 'zh-TW,zh;q=0.9' })).toBe('zh-CN');
    expect(await localeOf({})).toBe('en');
  });
});
