import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/** The personal center's way to the buyer's "My Orders" (every account can buy). */
export function MyOrdersEntryCard() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  return (
    <section className="card supplier-entry" aria-labelledby="my-orders-entry-title" data-testid="my-orders-entry">
      <div>
        <h2 id="my-orders-entry-title">{t('orders.myOrders')}</h2>
        <p>{t('orders.entry.body')}</p>
      </div>
      <Link className="btn btn-ghost btn-lg" to={href('/account/orders')}>
        {t('orders.myOrders')}
      </Link>
    </section>
  );
}
