import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const PRODUCTION = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.com' } as const;

/** Issue 11 finding 4: a development server (with its /dev/mailbox) listened on every interface. */
describe('listening address', () => {
  it('listens on loopback only outside production unless HOST widens it', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
  });

  it('listens on every interface in production (containers, no mailbox there)', () => {
    expect(loadConfig(PRODUCTION).host).toBe('0.0.0.0');
    expect(loadConfig({ ...PRODUCTION, HOST: '10.0.0.2' }).host).toBe('10.0.0.2');
  });
});

/** The browser journeys register every account from 127.0.0.1 and scale the per-key limits up. */
describe('rate limit scale', () => {
  it('is 1 unless set, and never anything else in production', () => {
    expect(loadConfig({}).RATE_LIMIT_SCALE).toBe(1);
    expect(loadConfig({ NODE_ENV: 'test', RATE_LIMIT_SCALE: '20' }).RATE_LIMIT_SCALE).toBe(20);
    expect(() => loadConfig({ ...PRODUCTION, RATE_LIMIT_SCALE: '20' })).toThrow(/RATE_LIMIT_SCALE/);
    expect(loadConfig({ ...PRODUCTION, RATE_LIMIT_SCALE: '1' }).RATE_LIMIT_SCALE).toBe(1);
  });
});
