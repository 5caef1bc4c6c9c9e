import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import { useOrderFormat } from '../../../components/orders/useOrderFormat.js';

/**
 * The totals as the server computed them for the last saved terms (never computed here). When a
 * price, the currency, shipping or the discount has been changed since, they say so.
 */
export function TermsTotals({ order, outdated }: { order: OrderDetail; outdated: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { money } = useOrderFormat();
  const { terms, currency } = order;
  return (
    <section className="supplier-order-totals" aria-labelledby={titleId} data-testid="terms-totals">
      <h4 id={titleId}>{t('orderSupplier.totals.title')}</h4>
      <dl className="facts">
        <div>
          <dt>{t('orderSupplier.totals.orderedTotal')}</dt>
          <dd data-testid="ordered-total">{money(order.request.orderedTotal, order.request.orderedCurrency)}</dd>
        </div>
        <div>
          <dt>{t('orderSupplier.totals.goods')}</dt>
          <dd data-testid="goods-total">{money(terms.goodsTotal, currency)}</dd>
        </div>
        <div>
          <dt>{t('orderSupplier.fields.shippingCost')}</dt>
          <dd>{money(terms.shippingCost ?? '0', currency)}</dd>
        </div>
        <div>
          <dt>{t('orderSupplier.fields.discount')}</dt>
          <dd>{money(terms.discount ?? '0', currency)}</dd>
        </div>
        <div>
          <dt>{t('orderSupplier.totals.total')}</dt>
          <dd data-testid="total-amount">
            <strong>{money(terms.totalAmount, currency)}</strong>
          </dd>
        </div>
      </dl>
      {outdated ? (
        <p className="alert alert-info" role="status" data-testid="totals-outdated">
          {t('orderSupplier.totals.updateOnSave')}
        </p>
      ) : null}
    </section>
  );
}
