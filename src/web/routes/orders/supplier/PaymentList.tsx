import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import { useFormat } from '../../../hooks/useFormat.js';
import { useProductFormat } from '../../../hooks/useProductFormat.js';

/** The payments recorded so far (as the server keeps them), oldest first. */
export function PaymentList({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { money } = useProductFormat();
  if (order.payments.length === 0) return <p className="muted">{t('orderSupplier.payment.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="payment-list">
        <thead>
          <tr>
            <th scope="col">{t('orderSupplier.payment.kind')}</th>
            <th scope="col">{t('orderSupplier.payment.amountColumn')}</th>
            <th scope="col">{t('orderSupplier.payment.receivedOn')}</th>
            <th scope="col">{t('orderSupplier.payment.proof')}</th>
          </tr>
        </thead>
        <tbody>
          {order.payments.map((payment) => (
            <tr key={payment.id} data-testid="payment-row">
              <td>{t(`orderSupplier.paymentKinds.${payment.kind}`)}</td>
              <td className="nowrap">{money(payment.amount, payment.currency)}</td>
              <td className="nowrap">{format.date(payment.receivedOn, 'UTC')}</td>
              <td>
                {payment.proofFileId ? (
                  <a href={`/api/files/${encodeURIComponent(payment.proofFileId)}`} target="_blank" rel="noopener">
                    {t('orderSupplier.payment.viewProof')}
                  </a>
                ) : (
                  t('orderSupplier.payment.noProof')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
