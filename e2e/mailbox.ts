import { type APIRequestContext, expect } from '@playwright/test';

interface DevMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** The newest message to `to` whose text matches `pattern` (the dev mailbox keeps mail when no SMTP is set). */
async function newestMatch(request: APIRequestContext, to: string, pattern: RegExp): Promise<RegExpMatchArray> {
  const found: { match?: RegExpMatchArray } = {};
  await expect
    .poll(
      async () => {
        const response = await request.get(`/dev/mailbox/messages.json?${new URLSearchParams({ to })}`);
        expect(response.ok(), `GET /dev/mailbox/messages.json → ${response.status()}`).toBe(true);
        const { messages } = (await response.json()) as { messages: DevMessage[] };
        found.match = messages.map((m) => m.text.match(pattern)).find((m) => m !== null) ?? undefined;
        return found.match !== undefined;
      },
      { message: `an email to ${to} matching ${pattern}`, timeout: 15_000 },
    )
    .toBe(true);
  if (!found.match) throw new Error(`no email to ${to} matching ${pattern}`);
  return found.match;
}

/** The 6-digit verification code most recently emailed to `to`. */
export async function readCode(request: APIRequestContext, to: string): Promise<string> {
  const match = await newestMatch(request, to, /(?<!\d)(\d{6})(?!\d)/);
  return match[1] ?? '';
}

/** The path of the newest reset-password link emailed to `to` (PUBLIC_URL may name another host). */
export async function readResetPath(request: APIRequestContext, to: string): Promise<string> {
  const match = await newestMatch(request, to, /https?:\/\/\S+?\/reset-password\?token=[^\s"<>]+/);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}

/** The path of the newest link emailed to `to` that leads to `path` (e.g. supplier/orders/<id>). */
export async function readLinkPath(request: APIRequestContext, to: string, path: string): Promise<string> {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = await newestMatch(request, to, new RegExp(`https?://\\S+?/${escaped}(?=[\\s"<>]|$)`));
  return new URL(match[0]).pathname;
}

/** Counts the messages to `to` (to check that no mail went to an unknown address, for instance). */
export async function countMessages(request: APIRequestContext, to: string): Promise<number> {
  const response = await request.get(`/dev/mailbox/messages.json?${new URLSearchParams({ to })}`);
  return ((await response.json()) as { messages: DevMessage[] }).messages.length;
}
