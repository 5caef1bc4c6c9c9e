import '../../styles/messages.css';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { ConversationList } from '../../components/messages/ConversationList.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/**
 * /:lang/messages and /:lang/messages/:id (issue 14): the conversation list and the open thread,
 * side by side on wide screens; on phones one at a time (the list, or the thread with "Back").
 */
export function MessagesPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const { id } = useParams();
  usePageTitle(t('messages.title'), { fallback: Boolean(id) });
  return (
    <div className="container messages-page" data-testid="messages-page">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: t('terms.personalCenter'), to: href('/account') },
          { label: t('messages.title') },
        ]}
      />
      <div className={id ? 'messages-layout has-thread' : 'messages-layout'}>
        <div className="messages-list-pane">
          <h1>{t('messages.title')}</h1>
          <ConversationList activeId={id} />
        </div>
        <div className="messages-thread-pane">
          <Outlet />
        </div>
      </div>
    </div>
  );
}

/** The right pane before a conversation is chosen (wide screens only). */
export function NoThreadChosen() {
  const { t } = useTranslation();
  return <p className="muted no-thread">{t('messages.chooseConversation')}</p>;
}
