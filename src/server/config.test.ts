import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

/** Loads a config and expects it to fail; returns the error for further checks. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has safe defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.NODE_ENV).toBe('development');
    expect(c.isProduction).toBe(false);
    expect(c.host).toBe('127.0.0.1');
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATABASE_POOL_SIZE).toBe(10);
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.SUPPORT_PHONE).toBe('+86 15010706836');
    expect(c.TRUST_PROXY).toBe(false);
    expect(c.SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.webDistDir).toBe(path.resolve('./dist/web'));
    expect(path.isAbsolute(c.dataDir)).toBe(true);
  });

  it('parses the values it is given', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://mail.example.com:587',
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/br',
      DATABASE_POOL_SIZE: '25',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
      DATA_DIR: '/var/lib/br',
      SUPPORT_PHONE: '+1 555 0100',
    });
    expect(c.isProduction).toBe(true);
    expect(c.PORT).toBe(8080);
    expect(c.DATABASE_URL).toBe('postgresql://u:p@db:5432/br');
    expect(c.DATABASE_POOL_SIZE).toBe(25);
    expect(c.LOG_LEVEL).toBe('warn');
    expect(c.TRUST_PROXY).toBe(true);
    expect(c.dataDir).toBe('/var/lib/br');
    expect(c.SUPPORT_PHONE).toBe('+1 555 0100');
    expect(c.publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
  });

  it('allows PORT=0 (any free port)', () => {
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://root@localhost/br'],
    ['DATABASE_URL', 'localhost:5432'],
    ['LOG_LEVEL', 'verbose'],
    ['TRUST_PROXY', 'yes'],
    ['DATABASE_POOL_SIZE', '0'],
    ['PUBLIC_URL', 'not a url'],
  ])('rejects %s=%s with a ConfigError naming the variable', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(`${name}=${JSON.stringify(value)}`);
    expect(error.message).toContain(name);
    expect(error.message).toMatch(/^Invalid configuration:/);
  });

  it('reports every bad variable at once', () => {
    const error = configError({ PORT: 'x', NODE_ENV: 'prod', LOG_LEVEL: 'loud' });
    expect(error.problems).toHaveLength(3);
    for (const name of ['PORT', 'NODE_ENV', 'LOG_LEVEL']) expect(error.message).toContain(name);
  });

  it('treats empty strings (and undefined) as unset', () => {
    const c = loadConfig({
      PORT: '',
      NODE_ENV: '',
      DATABASE_URL: '',
      LOG_LEVEL: '',
      PUBLIC_URL: '',
      SUPPORT_PHONE: undefined,
    });
    expect(c.PORT).toBe(3000);
    expect(c.NODE_ENV).toBe('development');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.SUPPORT_PHONE).toBe('+86 15010706836');
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('trims trailing slashes from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://trade.example.com/' }).publicUrl).toBe('https://trade.example.com');
    expect(loadConfig({ PUBLIC_URL: 'https://trade.example.com//' }).publicUrl).toBe('https://trade.example.com');
    expect(loadConfig({ PUBLIC_URL: 'https://example.com/br/' }).publicUrl).toBe('https://example.com/br');
    expect(loadConfig({ PUBLIC_URL: 'https://example.com' }).publicUrl).toBe('https://example.com');
  });

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ SOMETHING_ELSE: 'x', PATH: '/usr/bin' })).not.toThrow();
  });

  it('reads process.env when given nothing', () => {
    const saved = process.env.SUPPORT_PHONE;
    process.env.SUPPORT_PHONE = '+7 495 000 00 00';
    try {
      expect(loadConfig().SUPPORT_PHONE).toBe('+7 495 000 00 00');
    } finally {
      if (saved === undefined) delete process.env.SUPPORT_PHONE;
      else process.env.SUPPORT_PHONE = saved;
    }
  });
});

describe('mail configuration', () => {
  it('fills an empty platform with demo data outside production only, and never lets production do it', () => {
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
    const production = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' };
    expect(loadConfig(production).demoData).toBe(false);
    expect(() => loadConfig({ ...production, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA: never in production/);
  });

  it('refuses production without SMTP_URL (the dev mailbox is never served there)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL/);
  });

  it('accepts smtp:// and smtps:// only', () => {
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.com:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example.com:465',
    );
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL/);
  });

  it('marks cookies Secure in production or behind an https PUBLIC_URL', () => {
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://trade.example.com' }).secureCookies).toBe(true);
  });
});
