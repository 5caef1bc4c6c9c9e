import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { INVOICE_CONTRACT_ANCHOR } from '../../../components/documents/InvoiceContractSection.js';
import { DeliverForm } from './DeliverForm.js';
import { ShipForm } from './ShipForm.js';
import type { SetNotice } from './usePanelNotice.js';
import { useProgressEvent } from './useProgressEvent.js';

/**
 * Order status tracking (guide 5.4), the supplier's side: "Shipped", "Delivered" — each offered
 * only when the server lists its event in allowedEvents. Production is no button: it starts by
 * itself once both parties' signed contract copies are in ("Invoice & Contract", guide 5.2).
 */
export function ProgressActions({ order, setNotice }: { order: OrderDetail; setNotice: SetNotice }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { send, busy } = useProgressEvent(order, setNotice);
  const allowed = new Set(order.allowedEvents);
  const signing = order.status === 'contract_signing';
  if (!signing && !allowed.has('ship') && !allowed.has('deliver')) return null;

  return (
    <section className="supplier-order-section" aria-labelledby={titleId} data-testid="progress-actions">
      <h3 id={titleId}>{t('orderSupplier.progress.title')}</h3>
      {signing ? (
        <FormAlert tone="info" testId="contract-signing-hint">
          {t('documents.contract.signingHint')}{' '}
          <a href={`#${INVOICE_CONTRACT_ANCHOR}`}>{t('terms.invoiceAndContract')}</a>
        </FormAlert>
      ) : null}
      {allowed.has('ship') ? (
        <ShipForm busy={busy} send={(input) => send({ event: 'ship', ...input }, 'shipped')} />
      ) : null}
      {allowed.has('deliver') ? (
        <DeliverForm busy={busy} send={(input) => send({ event: 'deliver', ...input }, 'delivered')} />
      ) : null}
    </section>
  );
}
