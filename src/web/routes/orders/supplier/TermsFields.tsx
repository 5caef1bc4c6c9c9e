import { useTranslation } from 'react-i18next';
import {
  INCOTERMS_2020,
  ORDER_CURRENCIES,
  type OrderDetail,
  PAYMENT_METHODS,
  SEA_INCOTERMS,
} from '../../../../shared/schemas/orders.js';
import { FormField } from '../../../components/forms/FormField.js';
import { SelectField } from '../../../components/forms/SelectField.js';
import { TextAreaField } from '../../../components/forms/TextAreaField.js';
import { useOrderFormat } from '../../../components/orders/useOrderFormat.js';
import { takesDeposit } from './paymentTerms.js';
import type { ScalarField } from './termsForm.js';
import type { TermsEditor } from './useTermsEditor.js';

interface Props {
  order: OrderDetail;
  editor: TermsEditor;
}

/** Props shared by every scalar field: name, value, change, error. */
function bindTo({ editor }: Props) {
  return (field: ScalarField) => ({
    name: field,
    value: editor.values[field],
    error: editor.errors.fieldError(field),
    onChange: (e: { target: { value: string } }) => editor.edit(field, e.target.value),
  });
}

/** Currency, shipping cost and discount: what, with the line prices, makes the total. */
export function MoneyFields(props: Props) {
  const { t } = useTranslation();
  const bind = bindTo(props);
  const currency = props.editor.values.currency;
  return (
    <div className="form-grid">
      <SelectField
        label={t('orderSupplier.fields.currency')}
        options={ORDER_CURRENCIES.map((c) => ({ value: c, label: c }))}
        {...bind('currency')}
      />
      <FormField
        label={t('orderSupplier.fields.shippingCostIn', { currency })}
        inputMode="decimal"
        autoComplete="off"
        hint={t('orderSupplier.hints.optionalAmount')}
        {...bind('shippingCost')}
      />
      <FormField
        label={t('orderSupplier.fields.discountIn', { currency })}
        inputMode="decimal"
        autoComplete="off"
        hint={t('orderSupplier.hints.discount')}
        {...bind('discount')}
      />
    </div>
  );
}

/** Delivery date and/or lead time, Incoterms 2020 with the named place, ports for export. */
export function DeliveryFields(props: Props) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const bind = bindTo(props);
  const { request, tradeType } = props.order;
  const incoterm = props.editor.values.incoterm;
  return (
    <fieldset className="form-section" data-testid="terms-delivery">
      <legend>{t('orderSupplier.sections.delivery')}</legend>
      <p className="field-hint">{t('orderSupplier.hints.dateOrLeadTime')}</p>
      {tradeType === 'export' ? <p className="field-hint">{t('orderSupplier.hints.exportTerms')}</p> : null}
      <div className="form-grid">
        <FormField
          label={t('orderSupplier.fields.deliveryDate')}
          type="date"
          hint={
            request.requestedDeliveryDate
              ? t('orderSupplier.hints.requestedDate', { date: of.day(request.requestedDeliveryDate) })
              : undefined
          }
          {...bind('deliveryDate')}
        />
        <FormField
          label={t('orderSupplier.fields.leadTimeDays')}
          inputMode="numeric"
          autoComplete="off"
          {...bind('leadTimeDays')}
        />
        <SelectField
          label={t('orderSupplier.fields.incoterm')}
          placeholder={t('orderSupplier.fields.noIncoterm')}
          options={INCOTERMS_2020.map((term) => ({ value: term, label: t(`orderSupplier.incoterms.${term}`) }))}
          hint={
            request.preferredIncoterm
              ? t('orderSupplier.hints.preferredIncoterm', { term: request.preferredIncoterm })
              : undefined
          }
          {...bind('incoterm')}
        />
        <FormField
          label={t('orderSupplier.fields.namedPlace')}
          hint={
            SEA_INCOTERMS.includes(incoterm) ? t('orderSupplier.hints.namedPort') : t('orderSupplier.hints.namedPlace')
          }
          {...bind('namedPlace')}
        />
        {tradeType === 'export' ? (
          <>
            <FormField label={t('orderSupplier.fields.portOfLoading')} {...bind('portOfLoading')} />
            <FormField
              label={t('orderSupplier.fields.portOfDestination')}
              hint={
                request.destinationPort
                  ? t('orderSupplier.hints.buyerPort', { port: request.destinationPort })
                  : undefined
              }
              {...bind('portOfDestination')}
            />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}

/** Method, deposit and the payment terms text (proposed from both, editable). */
export function PaymentFields(props: Props) {
  const { t } = useTranslation();
  const bind = bindTo(props);
  const { editor } = props;
  const { values, proposal } = editor;
  const differs = proposal !== '' && values.paymentTerms.trim() !== proposal;
  return (
    <fieldset className="form-section" data-testid="terms-payment">
      <legend>{t('orderSupplier.sections.payment')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('orderSupplier.fields.paymentMethod')}
          placeholder={t('orderSupplier.fields.choose')}
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`orderSupplier.paymentMethods.${m}`) }))}
          {...bind('paymentMethod')}
          onChange={(e) => editor.editPayment('paymentMethod', e.target.value)}
        />
        {takesDeposit(values.paymentMethod) ? (
          <FormField
            label={t('orderSupplier.fields.depositPercent')}
            inputMode="numeric"
            autoComplete="off"
            hint={t('orderSupplier.hints.deposit')}
            {...bind('depositPercent')}
            onChange={(e) => editor.editPayment('depositPercent', e.target.value)}
          />
        ) : null}
      </div>
      <TextAreaField
        label={t('orderSupplier.fields.paymentTerms')}
        rows={2}
        hint={t('orderSupplier.hints.paymentTerms')}
        {...bind('paymentTerms')}
      />
      {differs ? (
        <div className="row-actions">
          <span className="muted small">{t('orderSupplier.proposal.label', { proposal })}</span>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => editor.edit('paymentTerms', proposal)}
          >
            {t('orderSupplier.proposal.use')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}

/** Packaging, offer validity, the note to the buyer. */
export function OfferFields(props: Props) {
  const { t } = useTranslation();
  const bind = bindTo(props);
  return (
    <fieldset className="form-section" data-testid="terms-offer">
      <legend>{t('orderSupplier.sections.offer')}</legend>
      <div className="form-grid">
        <FormField label={t('orderSupplier.fields.packaging')} {...bind('packaging')} />
        <FormField
          label={t('orderSupplier.fields.offerValidUntil')}
          type="date"
          hint={t('orderSupplier.hints.offerValidUntil')}
          {...bind('offerValidUntil')}
        />
      </div>
      <TextAreaField label={t('orderSupplier.fields.supplierNote')} rows={3} {...bind('supplierNote')} />
    </fieldset>
  );
}
