import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderEventRequestSchema } from '../../../../shared/schemas/orders.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { TextAreaField } from '../../../components/forms/TextAreaField.js';
import { useFieldErrors } from '../../../hooks/useFieldErrors.js';

const FIELDS = ['reason'] as const;
const reasonSchema = orderEventRequestSchema.shape.reason.unwrap();

/**
 * "Decline" with a reason the buyer reads (required, as the server requires it), confirmed in a
 * modal dialog. The order closes as declined.
 */
export function DeclineDialog({
  open,
  orderNumber,
  onDecline,
  onClose,
}: {
  open: boolean;
  orderNumber: string;
  /** Rejects with the API's error when the server refuses the reason. */
  onDecline: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors(FIELDS);

  const close = () => {
    errors.clear();
    onClose();
  };

  const onConfirm = async () => {
    errors.clear();
    if (!errors.validate('reason', reasonSchema.min(1, 'required'), reason.trim())) return;
    setBusy(true);
    try {
      await onDecline(reason.trim());
      setReason('');
      close();
    } catch (error) {
      errors.applyApiError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      title={t('orderSupplier.decline.title', { number: orderNumber })}
      confirmLabel={t('orderSupplier.actions.decline')}
      cancelLabel={t('orderSupplier.actions.cancel')}
      tone="danger"
      busy={busy}
      testId="decline-dialog"
      onConfirm={() => void onConfirm()}
      onCancel={close}
    >
      <p>{t('orderSupplier.decline.body')}</p>
      {errors.formError && !errors.fieldError('reason') ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
      <TextAreaField
        label={t('orderSupplier.decline.reason')}
        name="reason"
        rows={3}
        required
        value={reason}
        error={errors.fieldError('reason')}
        onChange={(e) => {
          setReason(e.target.value);
          errors.setError('reason', undefined);
        }}
      />
    </ConfirmDialog>
  );
}
