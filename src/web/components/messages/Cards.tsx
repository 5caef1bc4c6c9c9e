import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ConversationSide, ProductCard } from '../../../shared/schemas/messages.js';
import type { PRODUCT_UNITS } from '../../../shared/schemas/products.js';
import { useMe } from '../../api/auth.js';
import { productPictureUrl } from '../../api/messages.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { useProductFormat } from '../../hooks/useProductFormat.js';
import { addToDraft } from '../../lib/orderDraft.js';
import { cardName } from '../../lib/messageThread.js';

type Unit = (typeof PRODUCT_UNITS)[number];

/** The product a message is about: picture, name in the reader's language, model, price range. */
export function ProductCardView({
  card,
  orderFrom,
}: {
  card: ProductCard;
  /** The supplier to order from, when the reader is the buyer ("Place order"). */
  orderFrom?: { supplierId: string; supplierName: string } | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const pf = useProductFormat();
  const navigate = useNavigate();
  const user = useMe().data?.user;
  const name = cardName(card.names, locale);
  const price = card.minPrice && card.maxPrice ? pf.priceRange(card.minPrice, card.maxPrice, card.currency) : null;

  // "Place order": the product goes into its supplier's order draft at the minimum order
  // quantity (the buyer changes it on the form), then the order form opens with it.
  const placeOrder = () => {
    if (!user || !orderFrom) return;
    const result = addToDraft(
      user.id,
      { id: orderFrom.supplierId, name: orderFrom.supplierName },
      {
        productId: card.productId,
        quantity: card.moq,
        name,
        unit: card.unit,
        moq: card.moq,
        modelNumber: card.modelNumber,
        pictureUrl: card.pictureFileId ? productPictureUrl(card.pictureFileId) : null,
      },
    ).result;
    if (result !== 'full') {
      void navigate(`${href('/orders/new')}?${new URLSearchParams({ supplier: orderFrom.supplierId })}`);
    }
  };

  return (
    <div className="message-card product-card-ref" data-testid="message-product-card">
      {card.pictureFileId ? (
        <img src={productPictureUrl(card.pictureFileId)} alt="" width={64} height={64} loading="lazy" />
      ) : null}
      <div>
        <Link to={href(`/products/${card.productId}`)} className="message-card-title">
          {name}
        </Link>
        {card.modelNumber ? <div className="muted">{t('messages.card.model', { model: card.modelNumber })}</div> : null}
        {price ? <div data-testid="message-product-price">{price}</div> : null}
        <div className="muted">{t('messages.card.moq', { quantity: pf.quantity(card.moq, card.unit as Unit) })}</div>
        {orderFrom ? (
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={placeOrder}
            data-testid="message-place-order"
          >
            {t('messages.card.placeOrder')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** An order a message refers to: opens the order's details for the reader's side. */
export function OrderRefCard({ order, side }: { order: { id: string; number: string }; side: ConversationSide }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const path = side === 'buyer' ? `/account/orders/${order.id}` : `/supplier/orders/${order.id}`;
  return (
    <div className="message-card" data-testid="message-order-card">
      <Link to={href(path)}>{t('messages.card.order', { number: order.number })}</Link>
    </div>
  );
}
