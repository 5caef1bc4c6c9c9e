import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { findOutboxMessage, latestOutboxMessages } from './dev-mailbox.repo.js';
import { escapeHtml } from '../html.js';

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

/**
 * /dev/mailbox: every message the platform wrote, newest first, so a developer (or a new
 * user trying the platform without SMTP) can read verification codes. Never registered
 * in production.
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
    app.get(
      '/dev/mailbox/messages.json',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          querystring: z.object({ to: z.string().optional() }),
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
