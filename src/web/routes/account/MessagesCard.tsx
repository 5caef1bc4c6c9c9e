import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.js';
import { messageKeys, messagesApi, useMessageSettings, useUnreadCount } from '../../api/messages.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/**
 * The personal center's "Messages" (issue 14): the way to the conversations with the unread
 * count, and the setting for digest emails about messages left unread for 10 minutes.
 */
export function MessagesCard() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const queryClient = useQueryClient();
  const unread = useUnreadCount(true).data?.unread ?? 0;
  const settings = useMessageSettings();
  const save = useMutation({
    mutationFn: messagesApi.saveSettings,
    onSuccess: (data) => queryClient.setQueryData(messageKeys.settings, data),
  });
  const checked = save.isPending ? Boolean(save.variables) : (settings.data?.emailDigest ?? false);

  return (
    <section className="card" aria-labelledby="messages-card-title" data-testid="messages-card">
      <h2 id="messages-card-title">{t('messages.title')}</h2>
      <p>
        <Link to={href('/messages')} data-testid="account-messages-link">
          {unread
            ? t('messages.account.linkUnread', { count: unread, number: format.number(unread) })
            : t('messages.account.link')}
        </Link>
      </p>
      <label className="checkbox-inline">
        <input
          type="checkbox"
          checked={checked}
          disabled={!settings.data || save.isPending}
          onChange={(event) => save.mutate(event.target.checked)}
          data-testid="message-digest-setting"
        />{' '}
        {t('messages.account.digest')}
      </label>
      {save.isError ? (
        <p className="field-error" role="alert">
          {save.error instanceof ApiError
            ? t(`errors.${save.error.body.code}`, { defaultValue: t('errors.INTERNAL') })
            : t('errors.INTERNAL')}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {save.isSuccess ? t('common.saved') : ''}
      </p>
    </section>
  );
}
