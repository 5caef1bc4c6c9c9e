import { useTranslation } from 'react-i18next';
import type { ConversationDetail } from '../../../shared/schemas/messages.js';
import { useQuery } from '@tanstack/react-query';
import { catalogApi } from '../../api/catalog.js';
import { useOrderDetail } from '../../api/orders.js';
import { useLocale } from '../../hooks/useLocale.js';
import { ProductCardView } from './Cards.js';
import type { PendingReference } from './Composer.js';

function PendingProduct({ productId, conversation }: { productId: string; conversation: ConversationDetail }) {
  const locale = useLocale();
  // The conversation's own product card when it is this product; else the public product page.
  const own = conversation.productCard?.productId === productId ? conversation.productCard : null;
  const product = useQuery({
    queryKey: ['catalog', 'product', productId, locale],
    queryFn: () => catalogApi.product(productId, locale),
    enabled: !own,
  });
  if (own) return <ProductCardView card={own} />;
  const data = product.data?.product;
  return data ? <span className="message-card-title">{data.name}</span> : null;
}

function PendingOrder({ orderId, conversation }: { orderId: string; conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const order = useOrderDetail(conversation.side, orderId).data?.order;
  return <span className="message-card-title">{t('messages.card.order', { number: order?.number ?? '…' })}</span>;
}

/** The product or order the next message will carry ("Contact supplier", an order's page), removable. */
export function PendingCard({
  pending,
  conversation,
  onRemove,
}: {
  pending: PendingReference;
  conversation: ConversationDetail;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="pending-card" data-testid="pending-card">
      <p className="muted">{t('messages.compose.pending')}</p>
      {pending.productId ? <PendingProduct productId={pending.productId} conversation={conversation} /> : null}
      {pending.orderId ? <PendingOrder orderId={pending.orderId} conversation={conversation} /> : null}
      <button type="button" className="btn btn-ghost btn-small" onClick={onRemove} data-testid="pending-card-remove">
        {t('messages.compose.removePending')}
      </button>
    </div>
  );
}
