import '../../../styles/order-supplier.css';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import type { OrderState } from '../../../../shared/state-machines/order.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { useOrderFormat } from '../../../components/orders/useOrderFormat.js';
import { PaymentForm } from './PaymentForm.js';
import { ProgressActions } from './ProgressActions.js';
import { TermsForm } from './TermsForm.js';
import { usePanelNotice } from './usePanelNotice.js';

/** Payments are recorded once both agreed, until delivery (decision 0010; the server's rule). */
const PAYMENT_STATES: readonly OrderState[] = ['contract_signing', 'in_production', 'shipped', 'delivered'];

/**
 * The supplier's working panel on an order's "View Details" page (guide 5.1 and 5.4): completing
 * the order information while it is "waiting for perfection", waiting for the buyer's acceptance,
 * then production, shipping, delivery and payments received. The server's allowedEvents decide
 * every button; the page around it shows the order itself and its timeline.
 */
export function SupplierOrderPanel({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const { notice, setNotice } = usePanelNotice();
  const completing = order.status === 'waiting_for_perfection' && order.allowedEvents.includes('confirm');
  const takesPayments = PAYMENT_STATES.includes(order.status);

  return (
    <section
      className="supplier-order-panel"
      aria-label={t('orderSupplier.panel.label')}
      data-testid="supplier-order-panel"
    >
      {notice ? (
        <FormAlert tone={notice.tone} testId={`panel-notice-${notice.key}`}>
          {t(`orderSupplier.notices.${notice.key}`)}
        </FormAlert>
      ) : null}
      {completing ? <TermsForm key={order.id} order={order} setNotice={setNotice} /> : null}
      {order.status === 'awaiting_acceptance' ? (
        <FormAlert tone="info" testId="awaiting-buyer">
          {order.terms.offerValidUntil
            ? t('orderSupplier.awaiting.until', { date: of.day(order.terms.offerValidUntil) })
            : t('orderSupplier.awaiting.plain')}
        </FormAlert>
      ) : null}
      <ProgressActions order={order} setNotice={setNotice} />
      {takesPayments ? (
        <PaymentForm order={order} onRecorded={() => setNotice({ tone: 'success', key: 'paid' })} />
      ) : null}
    </section>
  );
}
