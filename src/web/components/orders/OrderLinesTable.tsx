import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { type ProductUnit, useProductFormat } from '../../hooks/useProductFormat.js';
import { ChangedValue } from './ChangedValue.js';
import { unitPriceDifference } from './termsDifference.js';
import { useOrderFormat } from './useOrderFormat.js';

/** The order's lines: product as frozen at ordering, quantity, ordered vs final unit price, amount. */
export function OrderLinesTable({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const pf = useProductFormat();
  const price = (value: string) => of.unitPrice(value, order.currency);
  // The buyer ordered at catalog prices, in the catalog's currency (the supplier may complete in another).
  const orderedPrice = (value: string) => of.unitPrice(value, order.request.orderedCurrency);
  const sameCurrency = order.request.orderedCurrency === order.currency;
  return (
    <div className="table-scroll">
      <table className="table order-lines" data-testid="order-lines">
        <caption className="visually-hidden">{t('orders.detail.lines')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orders.fields.product')}</th>
            <th scope="col" className="num">
              {t('orders.fields.quantity')}
            </th>
            <th scope="col" className="num">
              {t('orders.fields.orderedUnitPrice')}
            </th>
            <th scope="col" className="num">
              {t('orders.fields.finalUnitPrice')}
            </th>
            <th scope="col" className="num">
              {t('orders.fields.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => {
            const difference = unitPriceDifference(line, sameCurrency);
            const { snapshot } = line;
            return (
              <tr key={line.position} data-testid="order-line" data-changed={difference ? 'true' : undefined}>
                <td>
                  <div>{of.lineName(snapshot.names)}</div>
                  <div className="muted small">
                    {[
                      snapshot.modelNumber ? t('orders.line.model', { model: snapshot.modelNumber }) : null,
                      snapshot.brandName,
                      snapshot.hsCode ? t('orders.line.hsCode', { code: snapshot.hsCode }) : null,
                      snapshot.origin ? t('orders.line.origin', { origin: snapshot.origin }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </td>
                <td className="num nowrap">{pf.quantity(line.quantity, snapshot.unit as ProductUnit)}</td>
                <td className="num nowrap">{orderedPrice(line.orderedUnitPrice)}</td>
                <td className="num nowrap" data-testid="final-unit-price">
                  {difference ? (
                    <ChangedValue ordered={orderedPrice(difference.ordered)} final={price(difference.final)} />
                  ) : line.finalUnitPrice !== null ? (
                    price(line.finalUnitPrice)
                  ) : (
                    <span className="muted">{t('orders.detail.notCompleted')}</span>
                  )}
                </td>
                <td className="num nowrap">{of.money(line.amount, order.currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
