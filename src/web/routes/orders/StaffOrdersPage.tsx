import { useTranslation } from 'react-i18next';
import { OrderListView } from '../../components/orders/OrderListView.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/** Staff: every order, found by its number (for disputes); each opens read-only. */
export function StaffOrdersPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(t('orders.staff.title'));
  return (
    <div className="container" data-testid="staff-orders">
      <h1>{t('orders.staff.title')}</h1>
      <p className="lead-small">{t('orders.staff.lead')}</p>
      <OrderListView
        viewer="staff"
        detailPath={(id) => href(`/admin/orders/${encodeURIComponent(id)}`)}
        searchHint={t('orders.list.searchHint.staff')}
      />
    </div>
  );
}
