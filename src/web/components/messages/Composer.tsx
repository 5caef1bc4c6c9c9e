import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MESSAGE_MAX_ATTACHMENTS,
  MESSAGE_MAX_LENGTH,
  type Message,
  type SendMessage,
} from '../../../shared/schemas/messages.js';
import { messageErrorText } from './messageError.js';
import { messagesApi } from '../../api/messages.js';
import { uploadFile } from '../../api/upload.js';
import { useFormat } from '../../hooks/useFormat.js';
import { keyForSend, newClientKey, sendBody, textAfterSend, type SendKey } from '../../lib/messageThread.js';
import { DOCUMENT_ACCEPT } from '../upload/accept.js';
import { useUploadErrorText } from '../upload/uploadErrors.js';

interface PendingFile {
  localId: string;
  name: string;
  progress: number;
  fileId: string | null;
  error: string | null;
  abort: AbortController;
}

export interface PendingReference {
  productId?: string;
  orderId?: string;
}

/**
 * The compose area: Enter makes a new line, Ctrl/Cmd+Enter or "Send" sends. Attachments are
 * uploaded as soon as they are chosen (progress shown) and sent by id. Each send has a clientKey,
 * kept for retries of the same content, so a retry after a lost answer makes no second message.
 * On an error the text and files stay; a late answer clears only what it sent, never text
 * typed since.
 */
export function Composer({
  conversationId,
  pending,
  pendingCard,
  onSent,
}: {
  conversationId: string;
  pending: PendingReference | null;
  /** How the pending product or order looks, with its "Remove" button. */
  pendingCard?: ReactNode;
  onSent: (message: Message, sentReference: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const uploadError = useUploadErrorText();
  const ids = useId();
  const [text, setText] = useState('');
  /** What is typed now, for an answer that arrives later. */
  const textRef = useRef(text);
  useEffect(() => {
    textRef.current = text;
  }, [text]);
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keyRef = useRef<SendKey | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const uploading = files.some((f) => !f.fileId && !f.error);
  const ready = files.filter((f) => f.fileId);
  const trimmed = text.trim();
  const tooLong = text.length > MESSAGE_MAX_LENGTH;
  const canSend = !sending && !uploading && !tooLong && (trimmed.length > 0 || ready.length > 0 || Boolean(pending));

  const addFiles = (chosen: FileList | null) => {
    if (!chosen) return;
    const room = MESSAGE_MAX_ATTACHMENTS - files.filter((f) => !f.error).length;
    if (chosen.length > room)
      setError(t('messages.compose.tooManyFiles', { max: format.number(MESSAGE_MAX_ATTACHMENTS) }));
    for (const file of [...chosen].slice(0, Math.max(0, room))) {
      const entry: PendingFile = {
        localId: newClientKey(),
        name: file.name,
        progress: 0,
        fileId: null,
        error: null,
        abort: new AbortController(),
      };
      const update = (patch: Partial<PendingFile>) =>
        setFiles((list) => list.map((f) => (f.localId === entry.localId ? { ...f, ...patch } : f)));
      setFiles((list) => [...list, entry]);
      uploadFile(file, 'message_attachment', {
        signal: entry.abort.signal,
        onProgress: (progress) => update({ progress }),
      }).then(
        (info) => update({ fileId: info.id, progress: 1 }),
        (reason: unknown) => update({ error: uploadError(reason) }),
      );
    }
  };

  const removeFile = (localId: string) =>
    setFiles((list) => {
      list.find((f) => f.localId === localId)?.abort.abort();
      return list.filter((f) => f.localId !== localId);
    });

  const send = async () => {
    if (!canSend) return;
    const sentText = text;
    const sentFiles = ready.map((f) => f.localId);
    const body: SendMessage = sendBody(
      text,
      ready.flatMap((f) => (f.fileId ? [f.fileId] : [])),
      pending,
    );
    const sendKey = keyForSend(keyRef.current, JSON.stringify(body));
    keyRef.current = sendKey;
    setSending(true);
    setError(null);
    try {
      const message = await messagesApi.send(conversationId, { ...body, clientKey: sendKey.key });
      keyRef.current = null;
      // Only what was sent goes: text typed while waiting stays.
      setText(textAfterSend(textRef.current, sentText));
      setFiles((list) => list.filter((f) => !sentFiles.includes(f.localId)));
      onSent(message, Boolean(pending));
    } catch (reason) {
      setError(messageErrorText(t, reason));
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="composer"
      data-testid="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {pendingCard}
      <label htmlFor={`${ids}text`} className="visually-hidden">
        {t('messages.compose.label')}
      </label>
      <textarea
        id={`${ids}text`}
        className="input composer-text"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('messages.compose.placeholder')}
        aria-describedby={`${ids}hint ${ids}count`}
        aria-invalid={tooLong || undefined}
        data-testid="compose-text"
      />
      <div className="composer-bar">
        <span id={`${ids}hint`} className="muted composer-hint">
          {t('messages.compose.hint')}
        </span>
        <span
          id={`${ids}count`}
          className={tooLong ? 'composer-count field-error' : 'composer-count muted'}
          data-testid="compose-count"
        >
          {t('messages.compose.count', {
            used: format.number(text.length),
            max: format.number(MESSAGE_MAX_LENGTH),
          })}
        </span>
      </div>
      {files.length ? (
        <ul className="composer-files" data-testid="compose-files">
          {files.map((f) => (
            <li key={f.localId} data-testid="compose-file">
              <span>{f.name}</span>{' '}
              {f.error ? (
                <span className="field-error" role="alert">
                  {f.error}
                </span>
              ) : f.fileId ? null : (
                <progress max={1} value={f.progress} aria-label={t('messages.compose.uploading', { name: f.name })} />
              )}{' '}
              <button type="button" className="btn btn-ghost btn-small" onClick={() => removeFile(f.localId)}>
                {t('messages.compose.removeFile', { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="field-error" role="alert" data-testid="compose-error">
          {error}
        </p>
      ) : null}
      <div className="composer-actions">
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={DOCUMENT_ACCEPT}
          hidden
          onChange={(event) => {
            addFiles(event.target.files);
            event.target.value = '';
          }}
          data-testid="compose-file-input"
        />
        <button type="button" className="btn btn-ghost" onClick={() => fileInput.current?.click()}>
          {t('messages.compose.attach')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={!canSend} data-testid="compose-send">
          {sending ? t('messages.compose.sending') : t('messages.compose.send')}
        </button>
      </div>
    </form>
  );
}
