import { useTranslation } from 'react-i18next';
import type { ConversationSide, Message, MessageAttachment } from '../../../shared/schemas/messages.js';
import { attachmentUrl } from '../../api/messages.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale } from '../../hooks/useLocale.js';
import { formatTime, languageName, type DeliveryState } from '../../lib/messageThread.js';
import { OrderRefCard, ProductCardView } from './Cards.js';
import { MessageText } from './MessageText.js';

/** Thumbnails are shown at most this wide; width and height keep the picture's proportions. */
const THUMB_MAX = 240;

function Attachment({ conversationId, file }: { conversationId: string; file: MessageAttachment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const full = attachmentUrl(conversationId, file.fileId);
  if (file.contentType.startsWith('image/')) {
    const scale = file.width && file.width > THUMB_MAX ? THUMB_MAX / file.width : 1;
    return (
      <a href={full} target="_blank" rel="noopener" className="message-picture" data-testid="message-picture">
        <img
          src={attachmentUrl(conversationId, file.fileId, true)}
          alt={t('messages.attachment.picture', { name: file.name })}
          width={file.width ? Math.round(file.width * scale) : undefined}
          height={file.height ? Math.round(file.height * scale) : undefined}
          loading="lazy"
        />
      </a>
    );
  }
  return (
    <a href={full} download={file.name} className="message-file" data-testid="message-file">
      {t('messages.attachment.download', { name: file.name, size: format.fileSize(file.size) })}
    </a>
  );
}

/** One message: text, attachments, product/order card, time, language and (own) delivery state. */
export function MessageItem({
  message,
  side,
  state,
  orderFrom,
  timeZone,
}: {
  message: Message;
  /** The reader's side in the conversation. */
  side: ConversationSide;
  /** Own messages only. */
  state: DeliveryState | null;
  orderFrom: { supplierId: string; supplierName: string } | null;
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mine = message.senderSide === side;
  return (
    <li
      className={mine ? 'message message-mine' : 'message message-theirs'}
      data-testid="message"
      data-message-id={message.id}
      data-mine={mine}
    >
      <div className="message-bubble">
        <span className="visually-hidden">{mine ? t('messages.thread.you') : t('messages.thread.them')}</span>
        {message.body ? <MessageText body={message.body} /> : null}
        {message.body && message.language !== locale ? (
          <p className="message-language muted" lang={locale} data-testid="message-language">
            {t('messages.thread.writtenIn', { language: languageName(locale, message.language) })}
          </p>
        ) : null}
        {message.attachments.length ? (
          <div className="message-attachments">
            {message.attachments.map((file) => (
              <Attachment key={file.fileId} conversationId={message.conversationId} file={file} />
            ))}
          </div>
        ) : null}
        {message.productCard ? (
          <ProductCardView card={message.productCard} orderFrom={side === 'buyer' ? orderFrom : null} />
        ) : null}
        {message.order ? <OrderRefCard order={message.order} side={side} /> : null}
        <p className="message-meta">
          <time dateTime={message.createdAt}>{formatTime(locale, message.createdAt, timeZone)}</time>
          {state ? (
            <span className={`message-state message-state-${state}`} data-testid="message-state" data-state={state}>
              {t(`messages.state.${state}`)}
            </span>
          ) : null}
        </p>
      </div>
    </li>
  );
}
