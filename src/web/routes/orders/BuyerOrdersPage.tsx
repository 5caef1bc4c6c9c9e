import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { OrderListView } from '../../components/orders/OrderListView.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/** The buyer's "My Orders": the same tabs and search as the supplier's list, the supplier as the other party. */
export function BuyerOrdersPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(t('orders.myOrders'));
  return (
    <div className="container" data-testid="my-orders">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: t('terms.personalCenter'), to: href('/account') },
          { label: t('orders.myOrders') },
        ]}
      />
      <h1>{t('orders.myOrders')}</h1>
      <OrderListView
        viewer="buyer"
        detailPath={(id) => href(`/account/orders/${encodeURIComponent(id)}`)}
        searchHint={t('orders.list.searchHint.buyer')}
      />
    </div>
  );
}
