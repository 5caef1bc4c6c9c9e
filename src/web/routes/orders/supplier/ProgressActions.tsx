import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { useFieldErrors } from '../../../hooks/useFieldErrors.js';
import { DeliverForm } from './DeliverForm.js';
import { ShipForm } from './ShipForm.js';
import type { SetNotice } from './usePanelNotice.js';
import { useProgressEvent } from './useProgressEvent.js';

const NO_FIELDS = [] as const;

/**
 * Order status tracking (guide 5.4), the supplier's side: "Production started", "Shipped",
 * "Delivered" — each offered only when the server lists its event in allowedEvents.
 */
export function ProgressActions({ order, setNotice }: { order: OrderDetail; setNotice: SetNotice }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { send, busy } = useProgressEvent(order, setNotice);
  const startErrors = useFieldErrors(NO_FIELDS);
  const [starting, setStarting] = useState(false);
  const allowed = new Set(order.allowedEvents);
  if (!allowed.has('start_production') && !allowed.has('ship') && !allowed.has('deliver')) return null;

  const startProduction = async () => {
    startErrors.clear();
    setStarting(true);
    try {
      await send({ event: 'start_production' }, 'started');
    } catch (error) {
      startErrors.applyApiError(error);
    } finally {
      setStarting(false);
    }
  };

  return (
    <section className="supplier-order-section" aria-labelledby={titleId} data-testid="progress-actions">
      <h3 id={titleId}>{t('orderSupplier.progress.title')}</h3>
      {allowed.has('start_production') ? (
        <div className="form-section">
          <p>{t('orderSupplier.progress.startHint')}</p>
          {startErrors.formError ? <FormAlert tone="error">{startErrors.formError}</FormAlert> : null}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || starting}
              data-testid="start-production"
              onClick={() => void startProduction()}
            >
              {t('orderSupplier.actions.startProduction')}
            </button>
          </div>
        </div>
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
