import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConversationDetail } from '../../../shared/schemas/messages.js';
import { messageErrorText } from './messageError.js';
import { messageKeys, messagesApi } from '../../api/messages.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { partyName } from '../../lib/messageThread.js';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { ReportDialog } from './ReportDialog.js';

/** The thread's header: the other party (their supplier page when they supply), "Block"/"Unblock", "Report". */
export function ThreadHeader({ conversation, backTo }: { conversation: ConversationDetail; backTo: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const name = partyName(conversation.otherParty, locale) || t('messages.unknownParty');
  const blockedByMe = conversation.blockedBy === 'me';

  const toggleBlock = async () => {
    setBusy(true);
    setNotice(null);
    try {
      if (blockedByMe) await messagesApi.unblock(conversation.id);
      else await messagesApi.block(conversation.id);
      setConfirming(false);
    } catch (error) {
      setNotice(messageErrorText(t, error));
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: messageKeys.conversation(conversation.id) });
      await queryClient.invalidateQueries({ queryKey: messageKeys.lists });
    }
  };

  return (
    <header className="thread-header" data-testid="thread-header">
      <Link to={backTo} className="thread-back btn btn-ghost btn-small">
        {t('messages.thread.back')}
      </Link>
      <h2 className="thread-title" data-testid="thread-party">
        {conversation.otherParty.supplierId ? (
          <Link to={href(`/suppliers/${conversation.otherParty.supplierId}`)}>{name}</Link>
        ) : (
          name
        )}
      </h2>
      <div className="thread-actions">
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => setConfirming(true)}
          data-testid={blockedByMe ? 'thread-unblock' : 'thread-block'}
        >
          {blockedByMe ? t('messages.block.unblock') : t('messages.block.block')}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => setReporting(true)}
          disabled={conversation.reported}
          data-testid="thread-report"
        >
          {conversation.reported ? t('messages.report.done') : t('messages.report.open')}
        </button>
      </div>
      {notice ? (
        <p className="field-error" role="alert">
          {notice}
        </p>
      ) : null}
      <p role="status" className="visually-hidden">
        {conversation.reported ? t('messages.report.thanks') : ''}
      </p>
      <ConfirmDialog
        open={confirming}
        title={blockedByMe ? t('messages.block.unblockTitle', { name }) : t('messages.block.blockTitle', { name })}
        confirmLabel={blockedByMe ? t('messages.block.unblock') : t('messages.block.block')}
        cancelLabel={t('messages.cancel')}
        onConfirm={() => void toggleBlock()}
        onCancel={() => setConfirming(false)}
        busy={busy}
        tone={blockedByMe ? 'primary' : 'danger'}
        testId="block-dialog"
      >
        <p>{blockedByMe ? t('messages.block.unblockBody') : t('messages.block.blockBody')}</p>
      </ConfirmDialog>
      <ReportDialog
        conversationId={conversation.id}
        open={reporting}
        onClose={() => setReporting(false)}
        onReported={() => {
          setReporting(false);
          void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(conversation.id) });
        }}
      />
    </header>
  );
}
