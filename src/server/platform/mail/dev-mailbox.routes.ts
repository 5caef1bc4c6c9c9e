import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../../shared/schemas/text.js';
import type { Db } from '../../db/client.js';
import { findOutboxMessage, latestOutboxMessages } from './dev-mailbox.repo.js';
import { escapeHtml } from '../html.js';
import { jsonNotFound } from '../error-handler.js';

const messageSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  template: z.string(),
  status: z.string(),
  createdAt: z.string(),
});

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.x.y.z). */
function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^\[|\]$/g, '').replace(/^::ffff:/i, '');
  return plain === '::1' || /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(plain);
}

/** The client addresses a Forwarded header (RFC 7239) names in its for= parameters. */
function forwardedFor(header: string): string[] {
  return [...header.matchAll(/for=("?)([^";,]*)\1/gi)].map((m) => m[2]!.replace(/:\d+$/, ''));
}

type PeerRequest = { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> };

/**
 * Whether a request comes from this machine: the TCP peer is loopback and so is every hop a
 * forwarding header names. It reads the socket, never request.ip: with TRUST_PROXY on, request.ip
 * is whatever X-Forwarded-For claims, and a remote client can claim 127.0.0.1. A proxy on this
 * machine relaying a remote client is refused too (its headers name the remote client).
 */
export function isLoopbackRequest(request: PeerRequest): boolean {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  const claimed: string[] = [];
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const xff = header('x-forwarded-for');
  if (xff !== undefined) claimed.push(...xff.split(',').map((a) => a.trim()));
  const realIp = header('x-real-ip');
  if (realIp !== undefined) claimed.push(realIp.trim());
  const forwarded = header('forwarded');
  if (forwarded !== undefined) {
    const hops = forwardedFor(forwarded);
    // A Forwarded header we cannot read names someone we cannot vouch for.
    if (hops.length === 0) return false;
    claimed.push(...hops);
  }
  return claimed.every(isLoopbackAddress);
}

/**
 * /dev/mailbox: every message the platform wrote, newest first, so a developer (or a new
 * user trying the platform without SMTP) can read verification codes. Never registered
 * in production, and it answers this machine only (404 to everyone else, as if absent): it holds
 * every password-reset mail, so whoever reads it can take over any account.
 */
export function devMailboxRoutes(db: Db): FastifyPluginAsyncZod {
  const latest = async (to?: string) => {
    const rows = await latestOutboxMessages(db, to);
    return rows.map((r) => ({
      id: r.id,
      to: r.toAddress,
      subject: r.subject,
      text: r.textBody,
      html: r.htmlBody,
      template: r.template,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    }));
  };

  return async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      if (!isLoopbackRequest(request.raw)) return jsonNotFound(request, reply);
    });

    app.get(
      '/dev/mailbox/messages.json',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          querystring: z.object({ to: safeText().optional() }),
          response: { 200: z.object({ messages: z.array(messageSchema) }) },
        },
      },
      async (request) => ({ messages: await latest(request.query.to) }),
    );

    app.get('/dev/mailbox', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      const messages = await latest();
      const items = messages
        .map(
          (m) =>
            `<article><header><strong>${escapeHtml(m.subject)}</strong><br><small>To ${escapeHtml(m.to)} · ${escapeHtml(m.createdAt)} · ${escapeHtml(m.status)} · <a href="/dev/mailbox/${m.id}.html">HTML</a></small></header><pre>${escapeHtml(m.text)}</pre></article>`,
        )
        .join('');
      const body = messages.length ? items : '<p>No mail yet.</p>';
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev mailbox — Buttress Roots</title><style>body{font-family:system-ui,sans-serif;max-width:860px;margin:24px auto;padding:0 16px}article{border:1px solid #ccc;border-radius:8px;padding:12px;margin:12px 0}pre{white-space:pre-wrap}</style></head><body><h1>Dev mailbox</h1><p>Mail is kept here because no SMTP_URL is configured. Newest first.</p>${body}</body></html>`,
        );
    });

    app.get(
      '/dev/mailbox/:id.html',
      { config: { access: 'public' }, schema: { hide: true, params: z.object({ id: z.uuid() }) } },
      async (request, reply) => {
        const row = await findOutboxMessage(db, request.params.id);
        if (!row) return reply.status(404).type('text/plain').send('Not found');
        // The message's own HTML, sandboxed: no scripts, no same-origin access.
        return reply
          .header('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
          .type('text/html; charset=utf-8')
          .send(row.htmlBody);
      },
    );
  };
}
