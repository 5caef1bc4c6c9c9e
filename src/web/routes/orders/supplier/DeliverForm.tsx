import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderEventRequestSchema } from '../../../../shared/schemas/orders.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { FormField } from '../../../components/forms/FormField.js';
import { useFieldErrors } from '../../../hooks/useFieldErrors.js';
import { today } from './dates.js';

const FIELDS = ['deliveredOn'] as const;
const deliveredOn = orderEventRequestSchema.shape.deliveredOn.unwrap();

/** "Delivered" on a date (today unless changed); the buyer's confirmation of receipt completes the order. */
export function DeliverForm({
  send,
  busy,
}: {
  send: (input: { deliveredOn: string }) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const errors = useFieldErrors(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    if (!errors.validate('deliveredOn', deliveredOn, date)) return;
    try {
      await send({ deliveredOn: date });
    } catch (error) {
      errors.applyApiError(error);
    }
  };

  return (
    <form className="form form-section" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="deliver-form">
      <h4>{t('orderSupplier.deliver.title')}</h4>
      <p className="field-hint">{t('orderSupplier.deliver.hint')}</p>
      {errors.formError ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
      <div className="form-grid">
        <FormField
          label={t('orderSupplier.deliver.deliveredOn')}
          name="deliveredOn"
          type="date"
          required
          value={date}
          error={errors.fieldError('deliveredOn')}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="mark-delivered">
          {t('orderSupplier.actions.delivered')}
        </button>
      </div>
    </form>
  );
}
