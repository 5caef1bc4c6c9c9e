import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Locale } from '../../../shared/locales.js';
import {
  messageSchema,
  streamQuerySchema,
  type ConversationSide,
  type Message,
} from '../../../shared/schemas/messages.js';
import type { Database, Db } from '../../db/client.js';
import { signedIn } from '../../platform/access.js';
import { formatSseFrame, Hub, isLiveSocket, SseStream, type HubConnection } from '../../platform/realtime/index.js';
import { MESSAGES_CHANNEL, type MessageNotice } from './message-notify.repo.js';
import {
  highestMessageId,
  messagesAfter,
  messagesByIds,
  type StreamMessageRow,
  type StreamParty,
} from './message-stream.repo.js';

/**
 * The communication window's real-time stream (docs/decisions/0012-messages-realtime.md):
 * `GET /api/messages/stream`, Server-Sent Events. A connection catches up from its cursor, then
 * hears what this instance's one LISTEN on `br_messages` brings: new messages (loaded once per
 * instance), read/delivered marks and block changes of its conversations.
 */

/** At most this many messages in a catch-up; more means the client reloads (`event: reset`). */
export const CATCH_UP_LIMIT = 500;

declare module 'fastify' {
  interface FastifyInstance {
    /** The stream's connections on this instance (metrics, the benchmark). */
    messageStream: { counts(): { connections: number; keys: number } };
  }
}

export interface MessageStreamDeps {
  db: Db;
  database: Pick<Database, 'listen'>;
  /** A slow client's bound (bytes waiting in its socket); tests make it small. */
  maxBufferedBytes?: number;
}

const partyKeys = (party: StreamParty) =>
  party.supplierId ? [`u:${party.userId}`, `s:${party.supplierId}`] : [`u:${party.userId}`];
const noticeKeys = (notice: MessageNotice) => [`u:${notice.b}`, `s:${notice.s}`];

export function toMessage(row: StreamMessageRow): Message {
  return {
    id: row.id,
    conversationId: row.conversationId,
    senderSide: row.senderSide as ConversationSide,
    body: row.body,
    language: row.language as Locale,
    productCard: row.productCard ?? null,
    order: row.orderId ? { id: row.orderId, number: row.orderNumber ?? '' } : null,
    attachments: row.attachments,
    createdAt: row.createdAt.toISOString(),
  };
}

const messageFrame = (message: Message) => formatSseFrame({ id: message.id, event: 'message', data: message });

/** One stream: its cursor (the highest message id written) and, while catching up, what waits. */
class StreamConnection implements HubConnection {
  /** Highest message id sent: a message at or below it was sent already (ids grow per party). */
  cursor = 0;
  private pending: { id?: number; text: string }[] | undefined = [];

  constructor(readonly stream: SseStream) {}

  get isClosed(): boolean {
    return this.stream.isClosed;
  }

  ping(): boolean {
    return this.stream.ping();
  }

  /** A live event: held back while the catch-up runs, written at once afterwards. */
  deliver(text: string, messageId?: number): void {
    if (this.pending) this.pending.push({ id: messageId, text });
    else this.write(text, messageId);
  }

  write(text: string, messageId?: number): void {
    if (messageId !== undefined) {
      if (messageId <= this.cursor) return; // caught up already, or heard twice
      this.cursor = messageId;
    }
    this.stream.sendFormatted(text);
  }

  /** Ends the catch-up: what arrived meanwhile goes out in arrival order, without repeats. */
  goLive(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    for (const event of pending) this.write(event.text, event.id);
  }
}

function parseNotice(payload: string): MessageNotice | undefined {
  try {
    const notice = JSON.parse(payload) as Partial<MessageNotice> | null;
    if (!notice || typeof notice.c !== 'string' || typeof notice.b !== 'string' || typeof notice.s !== 'string') {
      return undefined;
    }
    if (notice.t === 'message' && typeof notice.id === 'number') {
      // The message itself when it fitted the payload; a malformed one is loaded instead.
      const carried = notice.m === undefined ? undefined : messageSchema.safeParse(notice.m);
      const m = carried?.success && carried.data.id === notice.id ? carried.data : undefined;
      return { t: 'message', id: notice.id, c: notice.c, b: notice.b, s: notice.s, m };
    }
    if ((notice.t === 'read' || notice.t === 'delivered') && typeof notice.upTo === 'number')
      return notice as MessageNotice;
    if (notice.t === 'block') return notice as MessageNotice;
  } catch {
    // Anyone with the database's credentials may NOTIFY: a malformed payload is ignored.
  }
  return undefined;
}

/** The one listener of this instance and the connections it tells. */
class MessageFanOut {
  readonly hub = new Hub<StreamConnection>();
  private listening: Promise<() => Promise<void>> | undefined;
  private queue: MessageNotice[] = [];
  private draining = false;
  private closed = false;

  constructor(
    private readonly deps: MessageStreamDeps,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** LISTENs on first use; a stream subscribes before it catches up, so nothing falls between. */
  ensureListening(): Promise<unknown> {
    if (!this.listening) {
      this.listening = this.deps.database.listen(
        MESSAGES_CHANNEL,
        (payload) => this.onPayload(payload),
        () => this.resyncAll('listener reconnected'),
      );
      // A failed LISTEN (database down) is retried by the next stream, not remembered.
      this.listening.catch(() => (this.listening = undefined));
    }
    return this.listening;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.endAll();
    this.hub.stop();
    const stop = await this.listening?.catch(() => undefined);
    this.listening = undefined;
    await stop?.();
  }

  /** Ends every stream (app close): the server can then finish closing. */
  endAll(): void {
    for (const connection of this.hub.connections()) connection.stream.end();
  }

  /**
   * Notices may have been missed (the listener's connection dropped, or loading failed): each
   * client is told to reconnect with its cursor, and the catch-up fills the gap from the table.
   */
  private resyncAll(reason: string): void {
    this.log.warn({ connections: this.hub.counts().connections, reason }, 'message stream resync');
    for (const connection of this.hub.connections()) {
      connection.stream.send({ event: 'resync', data: {} });
      connection.stream.end();
    }
  }

  private onPayload(payload: string): void {
    const notice = parseNotice(payload);
    if (!notice || this.closed) return;
    // Nobody here is interested: nothing to load or write.
    if (!this.hub.has(noticeKeys(notice))) return;
    this.queue.push(notice);
    void this.drain();
  }

  /**
   * One batch at a time, in arrival (= commit) order, so each stream gets ids in order. A message
   * the notice carries is written at once; those it could not carry (too long for a payload) are
   * loaded, all of a batch in one statement.
   */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        try {
          await this.dispatch(batch);
        } catch (error) {
          this.log.error({ err: error }, 'message stream: loading notified messages failed');
          this.resyncAll('load failed');
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async dispatch(batch: MessageNotice[]): Promise<void> {
    const ids = batch.flatMap((n) => (n.t === 'message' && !n.m ? [n.id] : []));
    const loaded = ids.length ? await messagesByIds(this.deps.db, ids) : [];
    const rows = new Map(loaded.map((row) => [row.id, toMessage(row)]));
    for (const notice of batch) {
      const connections = this.hub.connectionsFor(noticeKeys(notice));
      if (connections.size === 0) continue;
      if (notice.t === 'message') {
        const message = notice.m ?? rows.get(notice.id);
        if (!message) continue;
        const text = messageFrame(message);
        for (const connection of connections) connection.deliver(text, message.id);
        continue;
      }
      const text =
        notice.t === 'block'
          ? formatSseFrame({ event: 'block', data: { conversationId: notice.c, blockedBySide: notice.blockedBySide } })
          : formatSseFrame({
              event: notice.t,
              data: { conversationId: notice.c, side: notice.side, upTo: notice.upTo },
            });
      for (const connection of connections) connection.deliver(text);
    }
  }

  /**
   * What the stream owes a new connection before it goes live: the messages after its cursor
   * (or, with none, just the cursor to start from), then `ready`.
   */
  async catchUp(connection: StreamConnection, party: StreamParty, after: number | undefined): Promise<void> {
    const { db } = this.deps;
    if (after === undefined) {
      connection.cursor = await highestMessageId(db, party);
    } else {
      connection.cursor = after;
      const rows = await messagesAfter(db, party, after, CATCH_UP_LIMIT + 1);
      if (rows.length > CATCH_UP_LIMIT) {
        // Too far behind to replay: the client reloads its lists and continues from here.
        const lastId = await highestMessageId(db, party);
        connection.cursor = Math.max(after, lastId);
        connection.stream.send({ id: connection.cursor, event: 'reset', data: { lastId: connection.cursor } });
      } else {
        for (const row of rows) connection.write(messageFrame(toMessage(row)), row.id);
      }
    }
    connection.goLive();
    connection.stream.send({ id: connection.cursor, event: 'ready', data: { lastId: connection.cursor } });
  }
}

/** `Last-Event-ID` as EventSource sends it on reconnect: the id of the last frame it saw. */
function lastEventId(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

export function registerMessageStream(app: FastifyInstance, deps: MessageStreamDeps): void {
  const fanOut = new MessageFanOut(deps, app.log);
  app.decorate('messageStream', { counts: () => fanOut.hub.counts() });
  // Before the server stops taking requests and waits for open ones: the streams end now.
  app.addHook('preClose', async () => fanOut.endAll());
  app.addHook('onClose', async () => fanOut.close());

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/messages/stream',
    {
      config: { access: 'user' },
      schema: {
        querystring: streamQuerySchema,
        description:
          'Server-Sent Events: `message` (a Message; its id is the SSE id), `read`, `delivered`, `block`, ' +
          '`ready` after the catch-up, `reset` (too far behind: reload), `resync` (reconnect with your cursor).',
      },
    },
    async (request, reply) => {
      const user = signedIn(request);
      const party: StreamParty = { userId: user.id, supplierId: user.supplierId };
      const cursors = [request.query.after, lastEventId(request.headers['last-event-id'])].filter(
        (n): n is number => n !== undefined,
      );
      const after = cursors.length > 0 ? Math.max(...cursors) : undefined;
      // Listening before subscribing and catching up: a message committed meanwhile is heard.
      await fanOut.ensureListening();
      reply.hijack();
      const stream = new SseStream(reply.raw, { requestId: request.id, maxBufferedBytes: deps.maxBufferedBytes });
      const connection = new StreamConnection(stream);
      // app.inject() has no socket to hold open: it gets the catch-up and the end.
      const live = isLiveSocket(request);
      if (live) stream.onClose(fanOut.hub.subscribe(partyKeys(party), connection));
      try {
        await fanOut.catchUp(connection, party, after);
      } catch (error) {
        request.log.error({ err: error }, 'message stream: catch-up failed');
        stream.end();
        return;
      }
      if (!live) stream.end();
    },
  );
}
