import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderEventRequestSchema } from '../../../../shared/schemas/orders.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { FormField } from '../../../components/forms/FormField.js';
import { useFieldErrors } from '../../../hooks/useFieldErrors.js';
import { today } from './dates.js';

const FIELDS = ['carrier', 'trackingNumber', 'shippedOn'] as const;
const shape = orderEventRequestSchema.shape;

/** "Shipped": the carrier, the tracking or B/L number and the ship date (today unless changed); all required. */
export function ShipForm({
  send,
  busy,
}: {
  send: (input: { carrier: string; trackingNumber: string; shippedOn: string }) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [shippedOn, setShippedOn] = useState(today);
  const errors = useFieldErrors(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    const ok = [
      errors.validate('carrier', shape.carrier.unwrap().min(1, 'required'), carrier.trim()),
      errors.validate('trackingNumber', shape.trackingNumber.unwrap().min(1, 'required'), trackingNumber.trim()),
      errors.validate('shippedOn', shape.shippedOn.unwrap(), shippedOn),
    ].every(Boolean);
    if (!ok) return;
    try {
      await send({ carrier: carrier.trim(), trackingNumber: trackingNumber.trim(), shippedOn });
    } catch (error) {
      errors.applyApiError(error);
    }
  };

  return (
    <form className="form form-section" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="ship-form">
      <h4>{t('orderSupplier.ship.title')}</h4>
      {errors.formError ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
      <div className="form-grid">
        <FormField
          label={t('orderSupplier.ship.carrier')}
          name="carrier"
          required
          value={carrier}
          error={errors.fieldError('carrier')}
          onChange={(e) => setCarrier(e.target.value)}
        />
        <FormField
          label={t('orderSupplier.ship.trackingNumber')}
          name="trackingNumber"
          required
          autoComplete="off"
          value={trackingNumber}
          error={errors.fieldError('trackingNumber')}
          onChange={(e) => setTrackingNumber(e.target.value)}
        />
        <FormField
          label={t('orderSupplier.ship.shippedOn')}
          name="shippedOn"
          type="date"
          required
          value={shippedOn}
          error={errors.fieldError('shippedOn')}
          onChange={(e) => setShippedOn(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="mark-shipped">
          {t('orderSupplier.actions.shipped')}
        </button>
      </div>
    </form>
  );
}
