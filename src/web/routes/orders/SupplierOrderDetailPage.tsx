import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OrderDetailLoader } from '../../components/orders/OrderDetailLoader.js';
import { OrderConversationButton } from '../../components/messages/ContactSupplierButton.js';
import { OrderDetailView } from '../../components/orders/OrderDetailView.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { SupplierOrderPanel } from './supplier/SupplierOrderPanel.js';

/** "View Details" from "Order Management": the order and the supplier's panel to complete and progress it. */
export function SupplierOrderDetailPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const { id = '' } = useParams();
  return (
    <OrderDetailLoader viewer="supplier" id={id}>
      {(order) => (
        <OrderDetailView
          order={order}
          backTo={{ label: t('terms.orderManagement'), path: href('/supplier/orders') }}
          actions={
            <>
              <OrderConversationButton orderId={order.id} viewer="supplier" />
              <SupplierOrderPanel order={order} />
            </>
          }
        />
      )}
    </OrderDetailLoader>
  );
}
