import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { ConversationDetail, Message } from '../../../shared/schemas/messages.js';
import { ApiError } from '../../api/client.js';
import { messageKeys, messagesApi, useConversation } from '../../api/messages.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { Composer, type PendingReference } from '../../components/messages/Composer.js';
import { MessageItem } from '../../components/messages/MessageItem.js';
import { PendingCard } from '../../components/messages/PendingCard.js';
import { useMessageStream, useStreamEvents } from '../../components/messages/MessageStreamProvider.js';
import { ThreadHeader } from '../../components/messages/ThreadHeader.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { dayLabel, deliveryState, groupByDay, mergeMessages, partyName } from '../../lib/messageThread.js';
import { NotFoundPage } from '../NotFoundPage.js';

/** /:lang/messages/:id — one conversation (the right pane on wide screens, the whole page on phones). */
export function ThreadPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useConversation(id);
  const conversation = query.data;
  const locale = useLocale();
  usePageTitle(conversation ? partyName(conversation.otherParty, locale) : undefined, { fallback: !conversation });
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) {
    if (query.error instanceof ApiError && [400, 404].includes(query.error.status)) return <NotFoundPage />;
    return <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>;
  }
  return <Thread key={id} conversation={query.data} />;
}

/** Distance from the bottom within which a new message keeps the view at the bottom. */
const STICK_PX = 120;

function Thread({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const queryClient = useQueryClient();
  const { markSeen } = useMessageStream();
  const [params, setParams] = useSearchParams();
  const [messages, setMessages] = useState<Message[]>([]);
  const [hasOlder, setHasOlder] = useState(false);
  const [loading, setLoading] = useState<'first' | 'older' | null>('first');
  const [loadError, setLoadError] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  /** Set before older messages are put on top: the view stays on what the reader was looking at. */
  const anchor = useRef<{ height: number; top: number } | null>(null);
  const stickToBottom = useRef(true);
  const lastRead = useRef(conversation.myReadId);
  const id = conversation.id;

  const pending: PendingReference | null =
    params.get('product') || params.get('order')
      ? { productId: params.get('product') ?? undefined, orderId: params.get('order') ?? undefined }
      : null;
  const removePending = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('product');
        next.delete('order');
        return next;
      },
      { replace: true },
    );

  /** Bumped to load the latest page again (the stream's `reset`); merged with what is shown. */
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let live = true;
    messagesApi.messages(id).then(
      (page) => {
        if (!live) return;
        setMessages((current) => mergeMessages(current, page.items));
        setHasOlder((older) => older || page.hasOlder);
        setLoadError(false);
        setLoading(null);
      },
      () => {
        if (!live) return;
        setLoadError(true);
        setLoading(null);
      },
    );
    return () => {
      live = false;
    };
  }, [id, reloads]);

  const loadOlder = async () => {
    const first = messages[0];
    if (!first || loading) return;
    setLoading('older');
    const el = scroller.current;
    try {
      const page = await messagesApi.messages(id, { before: first.id });
      if (el) anchor.current = { height: el.scrollHeight, top: el.scrollTop };
      setMessages((current) => mergeMessages(current, page.items));
      setHasOlder(page.hasOlder);
    } catch {
      setLoadError(true);
    } finally {
      setLoading(null);
    }
  };

  // Keep the reader's place when older messages arrive on top; follow new ones at the bottom.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (anchor.current) {
      el.scrollTop = anchor.current.top + (el.scrollHeight - anchor.current.height);
      anchor.current = null;
    } else if (stickToBottom.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [messages]);

  /** Marks read up to the newest message while the thread is on screen. */
  const markRead = useCallback(() => {
    const newest = messages.at(-1)?.id ?? 0;
    if (newest <= lastRead.current || document.visibilityState !== 'visible') return;
    lastRead.current = newest;
    messagesApi.markRead(id, newest).then(
      () => {
        void queryClient.invalidateQueries({ queryKey: messageKeys.unread });
        void queryClient.invalidateQueries({ queryKey: messageKeys.lists });
      },
      () => undefined,
    );
  }, [messages, id, queryClient]);

  useEffect(() => {
    markRead();
    document.addEventListener('visibilitychange', markRead);
    return () => document.removeEventListener('visibilitychange', markRead);
  }, [markRead]);

  const patchDetail = (patch: Partial<ConversationDetail>) =>
    queryClient.setQueryData<ConversationDetail>(messageKeys.conversation(id), (old) =>
      old ? { ...old, ...patch } : old,
    );

  useStreamEvents((event) => {
    if (event.type === 'reset') {
      setReloads((n) => n + 1);
      return;
    }
    if (event.type === 'message') {
      if (event.message.conversationId === id) setMessages((current) => mergeMessages(current, [event.message]));
      return;
    }
    if (event.conversationId !== id || event.type === 'block') return;
    // The other side's marks move this reader's ✓ / ✓✓ / "Read".
    if (event.side === conversation.side) return;
    if (event.type === 'read') {
      patchDetail({
        otherReadId: Math.max(conversation.otherReadId, event.upTo),
        otherDeliveredId: Math.max(conversation.otherDeliveredId, event.upTo),
      });
    } else {
      patchDetail({ otherDeliveredId: Math.max(conversation.otherDeliveredId, event.upTo) });
    }
  });

  const onSent = (message: Message, sentReference: boolean) => {
    markSeen(message.id);
    stickToBottom.current = true;
    setMessages((current) => mergeMessages(current, [message]));
    if (sentReference) removePending();
    void queryClient.invalidateQueries({ queryKey: messageKeys.lists });
  };

  const orderFrom = conversation.otherParty.supplierId
    ? { supplierId: conversation.otherParty.supplierId, supplierName: partyName(conversation.otherParty, locale) }
    : null;
  const now = new Date();
  const groups = groupByDay(messages);

  return (
    <section className="thread" data-testid="thread" aria-labelledby="thread-title">
      <h1 id="thread-title" className="visually-hidden">
        {t('messages.thread.title', { name: partyName(conversation.otherParty, locale) })}
      </h1>
      <ThreadHeader conversation={conversation} backTo={href('/messages')} />
      <div
        ref={scroller}
        className="thread-scroll"
        data-testid="thread-messages"
        tabIndex={0}
        aria-label={t('messages.thread.messages')}
        onScroll={(event) => {
          const el = event.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
          if (el.scrollTop < 40 && hasOlder && !loading) void loadOlder();
        }}
      >
        {hasOlder ? (
          <button
            type="button"
            className="btn btn-ghost btn-small thread-older"
            onClick={() => void loadOlder()}
            disabled={loading !== null}
            data-testid="thread-load-earlier"
          >
            {loading === 'older' ? t('common.loading') : t('messages.thread.loadEarlier')}
          </button>
        ) : null}
        {loading === 'first' ? <p role="status">{t('common.loading')}</p> : null}
        {loadError ? <FormAlert tone="error">{t('errors.NETWORK')}</FormAlert> : null}
        {!loading && !messages.length ? <p className="muted thread-empty">{t('messages.thread.empty')}</p> : null}
        {/* role=log: messages that arrive are read out politely, the history is not. */}
        <ol className="thread-list" role="log" aria-live="polite" aria-relevant="additions">
          {groups.map((group) => {
            const label = dayLabel(locale, group.first, now);
            return [
              <li key={`day-${group.day}`} className="day-separator" data-testid="day-separator">
                <span>{label.kind === 'date' ? label.text : t(`messages.thread.${label.kind}`)}</span>
              </li>,
              ...group.items.map((message) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  side={conversation.side}
                  state={
                    message.senderSide === conversation.side
                      ? deliveryState(message.id, conversation.otherReadId, conversation.otherDeliveredId)
                      : null
                  }
                  orderFrom={orderFrom}
                />
              )),
            ];
          })}
        </ol>
      </div>
      {conversation.blockedBy === 'them' ? (
        <p className="thread-blocked alert alert-info" data-testid="thread-blocked">
          {t('messages.block.blockedByThem')}
        </p>
      ) : (
        <>
          {/* Blocking stops the other side; the one who blocked may still write. */}
          {conversation.blockedBy === 'me' ? (
            <p className="thread-blocked alert alert-info" data-testid="thread-blocked-by-me">
              {t('messages.block.blockedByMe')}
            </p>
          ) : null}
          <Composer
            conversationId={id}
            pending={pending}
            pendingCard={
              pending ? <PendingCard pending={pending} conversation={conversation} onRemove={removePending} /> : null
            }
            onSent={onSent}
          />
        </>
      )}
    </section>
  );
}
