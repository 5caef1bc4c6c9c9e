import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  CONVERSATION_SIDES,
  type ConversationSide,
  type ConversationSummary,
} from '../../../shared/schemas/messages.js';
import { productPictureUrl, useConversationList, type ConversationFilter } from '../../api/messages.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { useNow } from '../../hooks/useNow.js';
import { cardName, listTime, partyName } from '../../lib/messageThread.js';
import { FormAlert } from '../forms/FormAlert.js';
import { Pagination } from '../Pagination.js';

/** The list's filters as the URL carries them (?q=&side=&page=), so a reload or "Back" keeps them. */
function useListFilter(): [ConversationFilter, (patch: ConversationFilter) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const side = params.get('side');
  const page = Number(params.get('page'));
  const filter: ConversationFilter = {
    q: params.get('q') ?? undefined,
    side: (CONVERSATION_SIDES as readonly string[]).includes(side ?? '') ? (side as ConversationSide) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  const update = (patch: ConversationFilter) =>
    setParams((current) => {
      const next = new URLSearchParams();
      const merged = { q: current.get('q') ?? undefined, side: current.get('side') ?? undefined, ...patch };
      for (const [key, value] of Object.entries(merged)) if (value) next.set(key, String(value));
      return next;
    });
  return [filter, update, params];
}

function Row({ item, active, search }: { item: ConversationSummary; active: boolean; search: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const format = useFormat();
  const now = useNow();
  const name = partyName(item.otherParty, locale) || t('messages.unknownParty');
  const preview = item.lastMessagePreview ?? '';
  return (
    <li className={item.unread ? 'conversation conversation-unread' : 'conversation'} data-testid="conversation">
      <Link
        to={`${href(`/messages/${item.id}`)}${search}`}
        aria-current={active ? 'page' : undefined}
        className="conversation-link"
      >
        <span className="conversation-top">
          <span className="conversation-name" data-testid="conversation-name">
            {name}
          </span>
          {item.lastMessageAt ? (
            <time dateTime={item.lastMessageAt} className="muted conversation-time">
              {listTime(locale, item.lastMessageAt, new Date(now))}
            </time>
          ) : null}
        </span>
        <span className="conversation-preview muted" data-testid="conversation-preview">
          {item.lastMessageMine ? t('messages.list.youPrefix', { text: preview }) : preview}
        </span>
        {item.productCard ? (
          <span className="conversation-product" data-testid="conversation-product">
            {item.productCard.pictureFileId ? (
              <img
                src={productPictureUrl(item.productCard.pictureFileId)}
                alt=""
                width={24}
                height={24}
                loading="lazy"
              />
            ) : null}
            {cardName(item.productCard.names, locale)}
          </span>
        ) : null}
        {item.unread ? (
          <span className="unread-badge" data-testid="conversation-unread">
            <span aria-hidden="true">{format.number(item.unread)}</span>
            <span className="visually-hidden">
              {t('messages.list.unread', { count: item.unread, number: format.number(item.unread) })}
            </span>
          </span>
        ) : null}
        {item.blocked ? <span className="muted">{t('messages.list.blocked')}</span> : null}
      </Link>
    </li>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string | undefined) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [q, setQ] = useState(initial);
  return (
    <form
      role="search"
      className="conversation-search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(q.trim() || undefined);
      }}
    >
      <label htmlFor={`${ids}q`} className="visually-hidden">
        {t('messages.list.searchLabel')}
      </label>
      <input
        id={`${ids}q`}
        type="search"
        className="input"
        value={q}
        maxLength={100}
        onChange={(event) => setQ(event.target.value)}
        placeholder={t('messages.list.searchPlaceholder')}
        data-testid="conversation-search"
      />
      <button type="submit" className="btn btn-ghost btn-small">
        {t('messages.list.search')}
      </button>
    </form>
  );
}

/** Conversations, unread first then newest (the server's order): search, buying/selling, pages. */
export function ConversationList({ activeId }: { activeId?: string }) {
  const { t } = useTranslation();
  const [filter, update, params] = useListFilter();
  const list = useConversationList(filter);
  const keep = new URLSearchParams();
  for (const key of ['q', 'side', 'page']) {
    const value = params.get(key);
    if (value) keep.set(key, value);
  }
  const search = keep.size ? `?${keep}` : '';
  const sides = [
    ['', 'messages.list.all'],
    ['buyer', 'messages.list.buying'],
    ['supplier', 'messages.list.selling'],
  ] as const;

  return (
    <div className="conversation-list" data-testid="conversation-list">
      {/* Keyed by the URL's q: "Back" to another search shows that search's text. */}
      <SearchForm key={filter.q ?? ''} initial={filter.q ?? ''} onSearch={(q) => update({ q, page: undefined })} />
      <div className="segmented" role="group" aria-label={t('messages.list.sideLabel')} data-testid="conversation-side">
        {sides.map(([value, key]) => (
          <button
            key={key}
            type="button"
            className="btn btn-ghost btn-small"
            aria-pressed={(filter.side ?? '') === value}
            onClick={() => update({ side: value || undefined, page: undefined })}
          >
            {t(key)}
          </button>
        ))}
      </div>
      {list.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {list.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {list.data && !list.data.items.length ? (
        <p className="muted" data-testid="conversation-empty">
          {filter.q ? t('messages.list.noMatch') : t('messages.list.empty')}
        </p>
      ) : null}
      <ul className="conversations">
        {list.data?.items.map((item) => (
          <Row key={item.id} item={item} active={item.id === activeId} search={search} />
        ))}
      </ul>
      {list.data ? (
        <Pagination
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => update({ page: page > 1 ? page : undefined })}
        />
      ) : null}
    </div>
  );
}
