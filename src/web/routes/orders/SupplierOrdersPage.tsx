import { useTranslation } from 'react-i18next';
import { OrderListView } from '../../components/orders/OrderListView.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/**
 * "Order Management" (guide 5.1, 5.4) in the supplier center: new orders wait under
 * "Waiting for perfection"; "View Details" opens one to complete and follow it.
 */
export function SupplierOrdersPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(t('terms.orderManagement'));
  return (
    <section aria-labelledby="orders-title" data-testid="order-management">
      <h2 id="orders-title">{t('terms.orderManagement')}</h2>
      <p className="lead-small">
        {t('orders.list.lead.supplier', {
          waiting: t('orders.status.waiting_for_perfection'),
          viewDetails: t('terms.viewDetails'),
        })}
      </p>
      <OrderListView
        viewer="supplier"
        detailPath={(id) => href(`/supplier/orders/${encodeURIComponent(id)}`)}
        searchHint={t('orders.list.searchHint.supplier')}
      />
    </section>
  );
}
