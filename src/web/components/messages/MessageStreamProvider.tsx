import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ConversationList, ConversationSide, Message } from '../../../shared/schemas/messages.js';
import { useMe } from '../../api/auth.js';
import { messageKeys, messagesApi, useUnreadCount } from '../../api/messages.js';
import { MessageStream } from '../../lib/messageStream.js';

/** What the stream tells the pages (thread, list): already de-duplicated. */
export type StreamEvent =
  | { type: 'message'; message: Message }
  | { type: 'read'; conversationId: string; side: ConversationSide; upTo: number }
  | { type: 'delivered'; conversationId: string; side: ConversationSide; upTo: number }
  | { type: 'block'; conversationId: string }
  | { type: 'reset' };

type Listener = (event: StreamEvent) => void;

interface StreamContext {
  subscribe: (listener: Listener) => () => void;
  /** A message this tab sent: the stream will not hand it back as new. */
  markSeen: (id: number) => void;
}

const Context = createContext<StreamContext>({ subscribe: () => () => undefined, markSeen: () => undefined });

/** Wait after a burst of events before refreshing the badge and the lists (one request, not one per message). */
const REFRESH_DEBOUNCE_MS = 400;
/** Wait before telling the server what arrived (POST /api/messages/delivered). */
const DELIVERED_DEBOUNCE_MS = 1000;

interface MarkEvent {
  conversationId: string;
  side: ConversationSide;
  upTo: number;
}
const isMark = (data: unknown): data is MarkEvent =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as MarkEvent).conversationId === 'string' &&
  typeof (data as MarkEvent).upTo === 'number';

/** The reader's side in a conversation, from what the page already loaded (null when unknown). */
function mySide(queryClient: QueryClient, conversationId: string): ConversationSide | null {
  const detail = queryClient.getQueryData<{ side: ConversationSide }>(messageKeys.conversation(conversationId));
  if (detail) return detail.side;
  for (const [, list] of queryClient.getQueriesData<ConversationList>({ queryKey: messageKeys.lists })) {
    const found = list?.items.find((c) => c.id === conversationId);
    if (found) return found.side;
  }
  return null;
}

/**
 * One messages stream per tab while signed in (mounted by Layout, around header and pages).
 * The first cursor is GET /api/messages/unread's lastMessageId; after that the stream keeps its
 * own (src/web/lib/messageStream.ts). It refreshes the badge and the conversation lists after
 * messages and read marks, reports deliveries of the other side's messages, and passes every
 * event on to the pages that subscribe (an open thread).
 */
export function MessageStreamProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const userId = useMe().data?.user?.id;
  const unread = useUnreadCount(Boolean(userId));
  const cursor = unread.data?.lastMessageId;
  const cursorRef = useRef(0);
  // Declared before the stream's effect, so the first connection already sees the cursor.
  useEffect(() => {
    if (cursor !== undefined && cursor > cursorRef.current) cursorRef.current = cursor;
  }, [cursor]);
  const listeners = useRef(new Set<Listener>());
  const streamRef = useRef<MessageStream<Message> | null>(null);
  const haveCursor = cursor !== undefined;

  useEffect(() => {
    if (!userId || !haveCursor || typeof EventSource === 'undefined') return;
    const emit = (event: StreamEvent) => {
      for (const listener of listeners.current) listener(event);
    };
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let deliveredTimer: ReturnType<typeof setTimeout> | undefined;
    let deliveredUpTo = 0;
    const refresh = () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: messageKeys.unread });
        void queryClient.invalidateQueries({ queryKey: messageKeys.lists });
      }, REFRESH_DEBOUNCE_MS);
    };
    const delivered = (id: number) => {
      deliveredUpTo = Math.max(deliveredUpTo, id);
      clearTimeout(deliveredTimer);
      deliveredTimer = setTimeout(() => {
        messagesApi.delivered(deliveredUpTo).catch(() => undefined);
      }, DELIVERED_DEBOUNCE_MS);
    };

    const stream = new MessageStream<Message>({
      cursor: cursorRef.current,
      url: messagesApi.streamUrl,
      open: (url) => new EventSource(url),
      handlers: {
        message: (message) => {
          emit({ type: 'message', message });
          refresh();
          if (mySide(queryClient, message.conversationId) !== message.senderSide) delivered(message.id);
        },
        read: (data) => {
          if (!isMark(data)) return;
          emit({ type: 'read', ...data });
          refresh();
        },
        delivered: (data) => {
          if (isMark(data)) emit({ type: 'delivered', ...data });
        },
        block: (data) => {
          const conversationId = (data as { conversationId?: unknown } | undefined)?.conversationId;
          if (typeof conversationId !== 'string') return;
          emit({ type: 'block', conversationId });
          void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(conversationId) });
          void queryClient.invalidateQueries({ queryKey: messageKeys.lists });
        },
        reset: () => {
          emit({ type: 'reset' });
          void queryClient.invalidateQueries({ queryKey: messageKeys.all });
        },
      },
    });
    streamRef.current = stream;
    stream.start();
    return () => {
      stream.stop();
      streamRef.current = null;
      clearTimeout(refreshTimer);
      clearTimeout(deliveredTimer);
    };
  }, [userId, haveCursor, queryClient]);

  const value = useMemo<StreamContext>(
    () => ({
      subscribe: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      markSeen: (id) => streamRef.current?.markSeen(id),
    }),
    [],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The tab's messages stream (events already de-duplicated). */
export function useMessageStream(): StreamContext {
  return useContext(Context);
}

/** Calls `listener` for each stream event while mounted (always the latest listener). */
export function useStreamEvents(listener: Listener): void {
  const { subscribe } = useMessageStream();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}
