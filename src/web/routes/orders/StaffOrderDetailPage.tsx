import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { OrderDetailLoader } from '../../components/orders/OrderDetailLoader.js';
import { OrderDetailView } from '../../components/orders/OrderDetailView.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/** Staff's view of any order: read-only (no actions; the server audits each view). */
export function StaffOrderDetailPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const { id = '' } = useParams();
  return (
    <div className="container">
      <OrderDetailLoader viewer="staff" id={id}>
        {(order) => (
          <OrderDetailView
            order={order}
            titleLevel="h1"
            backTo={{ label: t('orders.staff.title'), path: href('/admin/orders') }}
            notice={
              <FormAlert tone="info" testId="read-only-notice">
                {t('orders.staff.readOnly')}
              </FormAlert>
            }
          />
        )}
      </OrderDetailLoader>
    </div>
  );
}
