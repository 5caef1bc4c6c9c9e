import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { OrderDetailLoader } from '../../components/orders/OrderDetailLoader.js';
import { OrderConversationButton } from '../../components/messages/ContactSupplierButton.js';
import { OrderDetailView } from '../../components/orders/OrderDetailView.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { BuyerOrderActions } from './BuyerOrderActions.js';

/** One of the buyer's orders: the supplier's completed terms marked where they differ, the timeline, the buyer's actions. */
export function BuyerOrderDetailPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const { id = '' } = useParams();
  return (
    <div className="container">
      <OrderDetailLoader viewer="buyer" id={id}>
        {(order) => (
          <>
            <Breadcrumb
              items={[
                { label: t('terms.home'), to: href('/') },
                { label: t('terms.personalCenter'), to: href('/account') },
                { label: t('orders.myOrders'), to: href('/account/orders') },
                { label: order.number },
              ]}
            />
            <OrderDetailView
              order={order}
              titleLevel="h1"
              backTo={{ label: t('orders.myOrders'), path: href('/account/orders') }}
              actions={
                <>
                  <OrderConversationButton orderId={order.id} viewer="buyer" />
                  <BuyerOrderActions order={order} />
                </>
              }
            />
          </>
        )}
      </OrderDetailLoader>
    </div>
  );
}
