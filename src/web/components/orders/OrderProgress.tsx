import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { Fact } from '../facts/Fact.js';
import { useOrderFormat } from './useOrderFormat.js';

/** The shipment (carrier, tracking or B/L number, dates) and the payments received; nothing before they exist. */
export function OrderProgress({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const { shipment, payments } = order;
  const shipped = Boolean(shipment.carrier || shipment.trackingNumber || shipment.shippedOn || shipment.deliveredOn);
  if (!shipped && payments.length === 0) return null;
  return (
    <>
      {shipped ? (
        <section className="card order-section" aria-labelledby="order-shipment-title" data-testid="order-shipment">
          <h3 id="order-shipment-title">{t('orders.detail.shipment')}</h3>
          <dl className="facts">
            <Fact label={t('orders.fields.carrier')}>{shipment.carrier}</Fact>
            <Fact label={t('orders.fields.trackingNumber')}>
              {shipment.trackingNumber ? <span className="mono">{shipment.trackingNumber}</span> : null}
            </Fact>
            <Fact label={t('orders.fields.shippedOn')}>{shipment.shippedOn ? of.day(shipment.shippedOn) : null}</Fact>
            <Fact label={t('orders.fields.deliveredOn')}>
              {shipment.deliveredOn ? of.day(shipment.deliveredOn) : null}
            </Fact>
          </dl>
        </section>
      ) : null}
      {payments.length ? (
        <section className="card order-section" aria-labelledby="order-payments-title" data-testid="order-payments">
          <h3 id="order-payments-title">{t('orders.detail.payments')}</h3>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('orders.fields.paymentKind')}</th>
                  <th scope="col" className="num">
                    {t('orders.fields.amount')}
                  </th>
                  <th scope="col">{t('orders.fields.receivedOn')}</th>
                  <th scope="col">{t('orders.fields.proof')}</th>
                </tr>
              </thead>
              <tbody>
                {payments.map((payment) => (
                  <tr key={payment.id} data-testid="order-payment">
                    <td>{t(`orders.paymentKinds.${payment.kind}`)}</td>
                    <td className="num nowrap">{of.money(payment.amount, payment.currency)}</td>
                    <td className="nowrap">{of.day(payment.receivedOn)}</td>
                    <td>{payment.proofFileId ? t('orders.detail.proofAttached') : t('orders.detail.noProof')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
