import { useTranslation } from 'react-i18next';
import { OrderListView } from '../../components/orders/OrderListView.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { BuyerFrame } from '../buyers/BuyerFrame.js';

/**
 * The buyer's "My Orders", among the buyer pages of the personal center: the same tabs and search
 * as the supplier's list, the supplier as the other party.
 */
export function BuyerOrdersPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  return (
    <BuyerFrame
      title={t('orders.myOrders')}
      lead={t('orders.list.lead.buyer', { viewDetails: t('terms.viewDetails') })}
    >
      <div data-testid="my-orders">
        <OrderListView
          viewer="buyer"
          detailPath={(id) => href(`/account/orders/${encodeURIComponent(id)}`)}
          searchHint={t('orders.list.searchHint.buyer')}
        />
      </div>
    </BuyerFrame>
  );
}
