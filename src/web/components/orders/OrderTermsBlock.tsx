import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { Fact } from '../facts/Fact.js';
import { ChangedValue } from './ChangedValue.js';
import { type RequestField, requestDifferences } from './termsDifference.js';
import { useOrderFormat } from './useOrderFormat.js';

/**
 * The supplier's completed terms (guide 5.1): totals, delivery, Incoterms and named place or
 * ports, payment terms, packaging, offer validity. Where they answer the buyer's request
 * differently (total, Incoterm, delivery date, destination port), the ordered value is struck through.
 */
export function OrderTermsBlock({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const { terms, currency } = order;
  const money = (value: string | null) => (value === null ? null : of.money(value, currency));
  const changed = new Map(requestDifferences(order).map((d) => [d.field, d]));
  const shown = (
    field: RequestField,
    value: string | null,
    display: (v: string) => string,
    displayOrdered: (v: string) => string = display,
  ) => {
    const difference = changed.get(field);
    if (difference) {
      return <ChangedValue ordered={displayOrdered(difference.ordered)} final={display(difference.final)} />;
    }
    return value === null ? null : display(value);
  };
  const completed = Boolean(terms.savedAt);

  return (
    <section className="card order-section" aria-labelledby="order-terms-title" data-testid="order-terms">
      <h3 id="order-terms-title">{t('orders.detail.terms')}</h3>
      {!completed ? (
        <p className="muted" data-testid="terms-not-completed">
          {t('orders.detail.termsPending')}
        </p>
      ) : null}
      <dl className="facts">
        <Fact label={t('orders.fields.goodsTotal')}>{money(terms.goodsTotal)}</Fact>
        <Fact label={t('orders.fields.shippingCost')}>{money(terms.shippingCost)}</Fact>
        <Fact label={t('orders.fields.discount')}>{money(terms.discount)}</Fact>
        <Fact label={t('orders.fields.total')} testId="order-total">
          <strong>
            {shown(
              'total',
              terms.totalAmount,
              (v) => of.money(v, currency),
              (v) => of.money(v, order.request.orderedCurrency),
            )}
          </strong>
        </Fact>
        <Fact label={t('orders.fields.deliveryDate')}>{shown('deliveryDate', terms.deliveryDate, of.day)}</Fact>
        <Fact label={t('orders.fields.leadTimeDays')}>
          {terms.leadTimeDays === null ? null : of.days(terms.leadTimeDays)}
        </Fact>
        <Fact label={t('orders.fields.incoterm')}>
          {shown('incoterm', terms.incoterm, (v) => v)}
          {terms.incoterm && terms.namedPlace ? ` ${terms.namedPlace}` : null}
        </Fact>
        <Fact label={t('orders.fields.portOfLoading')}>{terms.portOfLoading}</Fact>
        <Fact label={t('orders.fields.portOfDestination')}>
          {shown('portOfDestination', terms.portOfDestination, (v) => v)}
        </Fact>
        <Fact label={t('orders.fields.paymentMethod')}>
          {terms.paymentMethod ? t(`orders.paymentMethods.${terms.paymentMethod}`) : null}
        </Fact>
        <Fact label={t('orders.fields.depositPercent')}>
          {terms.depositPercent === null ? null : of.percent(terms.depositPercent)}
        </Fact>
        <Fact label={t('orders.fields.paymentTerms')}>{terms.paymentTerms}</Fact>
        <Fact label={t('orders.fields.packaging')}>{terms.packaging}</Fact>
        <Fact label={t('orders.fields.offerValidUntil')}>
          {terms.offerValidUntil ? of.day(terms.offerValidUntil) : null}
        </Fact>
        <Fact label={t('orders.fields.supplierNote')}>
          {terms.supplierNote ? <span className="pre-line">{terms.supplierNote}</span> : null}
        </Fact>
        <Fact label={t('orders.fields.savedAt')}>
          {terms.savedAt ? <time dateTime={terms.savedAt}>{of.dateTime(terms.savedAt)}</time> : null}
        </Fact>
      </dl>
    </section>
  );
}
