import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { DeclineDialog } from './DeclineDialog.js';
import { DeliveryFields, MoneyFields, OfferFields, PaymentFields } from './TermsFields.js';
import { TermsLines } from './TermsLines.js';
import { TermsTotals } from './TermsTotals.js';
import type { SetNotice } from './usePanelNotice.js';
import { useTermsEditor } from './useTermsEditor.js';

/**
 * "Waiting for perfection" (待完善): the supplier completes the order information and product
 * prices (guide 5.1), saves (the server answers the totals), then "Confirm" sends the terms to
 * the buyer as an offer; or "Decline" with a reason.
 */
export function TermsForm({ order, setNotice }: { order: OrderDetail; setNotice: SetNotice }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const editor = useTermsEditor(order, formRef, setNotice);
  const [declining, setDeclining] = useState(false);
  const can = (event: 'confirm' | 'decline') => order.allowedEvents.includes(event);
  const { busy, errors } = editor;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void editor.onSave();
  };

  return (
    <form ref={formRef} className="form order-terms-form" onSubmit={onSubmit} noValidate data-testid="terms-form">
      <h3>{t('orderSupplier.terms.title')}</h3>
      <p className="lead-small">{t('orderSupplier.terms.lead')}</p>
      {order.statusReason ? (
        <FormAlert tone="info" testId="buyer-change-request">
          {t('orderSupplier.terms.changesRequested', { reason: order.statusReason })}
        </FormAlert>
      ) : null}
      {errors.formError ? (
        <FormAlert tone="error" testId="form-error">
          {errors.formError}
        </FormAlert>
      ) : null}
      <TermsLines
        order={order}
        values={editor.values}
        saved={editor.saved}
        edit={editor.edit}
        fieldError={errors.fieldError}
      />
      <fieldset className="form-section" data-testid="terms-money">
        <legend>{t('orderSupplier.sections.money')}</legend>
        <MoneyFields order={order} editor={editor} />
        <TermsTotals order={order} outdated={editor.totalsOutdated} />
      </fieldset>
      <DeliveryFields order={order} editor={editor} />
      <PaymentFields order={order} editor={editor} />
      <OfferFields order={order} editor={editor} />
      <div className="form-actions order-terms-actions">
        <button type="submit" className="btn btn-ghost" disabled={busy} data-testid="terms-save">
          {editor.saving ? t('orderSupplier.actions.saving') : t('orderSupplier.actions.save')}
        </button>
        {can('confirm') ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            data-testid="terms-confirm"
            onClick={() => void editor.onConfirm()}
          >
            {t('orderSupplier.actions.confirm')}
          </button>
        ) : null}
        {can('decline') ? (
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy}
            data-testid="terms-decline"
            onClick={() => setDeclining(true)}
          >
            {t('orderSupplier.actions.decline')}
          </button>
        ) : null}
        <span className="muted small" role="status" data-testid="terms-unsaved">
          {editor.unsaved ? t('orderSupplier.terms.unsaved') : ''}
        </span>
      </div>
      <p className="field-hint">{t('orderSupplier.terms.confirmHint')}</p>
      <DeclineDialog
        open={declining}
        orderNumber={order.number}
        onDecline={editor.onDecline}
        onClose={() => setDeclining(false)}
      />
    </form>
  );
}
