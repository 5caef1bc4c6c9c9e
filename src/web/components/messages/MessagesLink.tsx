import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadCount } from '../../api/messages.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/**
 * The header's "Messages" link with the unread count (issue 14), on every page while signed in.
 * The count is refreshed by the stream (MessageStreamProvider), so it changes without a reload.
 */
export function MessagesLink() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const unread = useUnreadCount(true).data?.unread ?? 0;
  return (
    <NavLink
      to={href('/messages')}
      className="btn btn-ghost messages-link"
      aria-label={unread ? t('messages.badge.label', { count: unread, number: format.number(unread) }) : undefined}
      data-testid="header-messages"
    >
      {t('messages.title')}
      {unread ? (
        <span className="unread-badge" aria-hidden="true" data-testid="header-unread">
          {format.number(unread)}
        </span>
      ) : null}
    </NavLink>
  );
}
