import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { isLoopbackRequest } from './dev-mailbox.routes.js';

const MAILBOX_URLS = [
  '/dev/mailbox',
  '/dev/mailbox/messages.json',
  '/dev/mailbox/00000000-0000-4000-8000-000000000000.html',
];

/**
 * Issue 11 finding 4: the mailbox holds every reset mail, so anyone who can reach it can take
 * over any account. It answers this machine only — by the socket's peer address, which a
 * forwarded header cannot change, even with TRUST_PROXY on.
 */
describe.each([{ trustProxy: 'false' }, { trustProxy: 'true' }])(
  '/dev/mailbox answers loopback clients only (TRUST_PROXY=$trustProxy)',
  ({ trustProxy }) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ TRUST_PROXY: trustProxy });
    });
    afterAll(async () => {
      await t?.close();
    });

    const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url, remoteAddress, headers });

    it('answers 127.0.0.1 and ::1', async () => {
      for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2']) {
        expect((await get('/dev/mailbox/messages.json', address)).statusCode, address).toBe(200);
      }
    });

    it('is not there for a client on the network', async () => {
      for (const url of MAILBOX_URLS) {
        for (const address of ['192.168.1.20', '10.0.0.5', '2001:db8::1', '::ffff:192.168.1.20']) {
          const res = await get(url, address);
          expect(res.statusCode, `${address} ${url}`).toBe(404);
          expect(res.json<{ code: string }>().code).toBe('NOT_FOUND');
        }
      }
    });

    it('does not let a forwarded header make a remote client look local', async () => {
      for (const headers of <Record<string, string>[]>[
        { 'x-forwarded-for': '127.0.0.1' },
        { 'x-forwarded-for': '::1' },
        { forwarded: 'for=127.0.0.1' },
        { 'x-real-ip': '127.0.0.1' },
      ]) {
        const res = await get('/dev/mailbox/messages.json', '203.0.113.9', headers);
        expect(res.statusCode, JSON.stringify(headers)).toBe(404);
      }
    });

    it('refuses a remote client relayed by a proxy on this machine', async () => {
      for (const headers of <Record<string, string>[]>[
        { 'x-forwarded-for': '203.0.113.9' },
        { 'x-forwarded-for': '127.0.0.1, 203.0.113.9' },
        { forwarded: 'for=203.0.113.9' },
        { 'x-real-ip': '203.0.113.9' },
      ]) {
        const res = await get('/dev/mailbox/messages.json', '127.0.0.1', headers);
        expect(res.statusCode, JSON.stringify(headers)).toBe(404);
      }
      // A local proxy relaying a local browser still works.
      expect(
        (await get('/dev/mailbox/messages.json', '127.0.0.1', { 'x-forwarded-for': '127.0.0.1' })).statusCode,
      ).toBe(200);
    });
  },
);

describe('isLoopbackRequest', () => {
  it('judges the socket peer and every forwarded hop', () => {
    const request = (remoteAddress: string | undefined, headers: Record<string, string> = {}) => ({
      socket: { remoteAddress },
      headers,
    });
    expect(isLoopbackRequest(request('127.0.0.1'))).toBe(true);
    expect(isLoopbackRequest(request(undefined))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, ::1' }))).toBe(true);
    expect(isLoopbackRequest(request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 10.1.1.1' }))).toBe(false);
    expect(isLoopbackRequest(request('127.0.0.1', { forwarded: 'for="[::1]"' }))).toBe(true);
    expect(isLoopbackRequest(request('127.0.0.1', { forwarded: 'for=127.0.0.1;proto=http, for=198.51.100.1' }))).toBe(
      false,
    );
    expect(isLoopbackRequest(request('1270.0.0.1'))).toBe(false);
  });
});
