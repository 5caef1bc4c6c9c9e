import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safeNextPath.js';

const ORIGIN = 'https://buttressroots.example';

describe('safeNextPath', () => {
  it('keeps a page of this site with its query and anchor', () => {
    expect(safeNextPath('/ru/account?tab=1#sessions', ORIGIN)).toBe('/ru/account?tab=1#sessions');
    expect(safeNextPath('/zh-CN/account/supplier-authentication', ORIGIN)).toBe(
      '/zh-CN/account/supplier-authentication',
    );
  });

  it('refuses other sites, however they are spelled', () => {
    for (const raw of [
      'https://evil.example/en/account',
      '//evil.example/en/account',
      '/\\evil.example/en/account',
      '/\t/evil.example/en/account',
      'javascript:alert(1)',
      'en/account',
    ]) {
      expect(safeNextPath(raw, ORIGIN), raw).toBeUndefined();
    }
  });

  it('refuses paths outside the localized pages, and nothing at all', () => {
    expect(safeNextPath('/api/auth/logout', ORIGIN)).toBeUndefined();
    expect(safeNextPath('/de/account', ORIGIN)).toBeUndefined();
    expect(safeNextPath('', ORIGIN)).toBeUndefined();
    expect(safeNextPath(null, ORIGIN)).toBeUndefined();
  });
});
