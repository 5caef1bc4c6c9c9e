import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COUNTRY_CODES } from '../../../shared/countries.js';
import { INCOTERMS_2020, type TradeType } from '../../../shared/schemas/orders.js';
import type { Address, InvoiceProfile } from '../../../shared/schemas/buyers.js';
import { CheckboxField } from '../../components/forms/CheckboxField.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import type { DraftDetails } from '../../lib/orderDraft.js';
import { regionName, sortedRegions } from '../../lib/regions.js';

export type TermsField = Exclude<keyof DraftDetails, 'invoiceRequired'> | 'lines';

function addressLabel(locale: ReturnType<typeof useLocale>, a: Address): string {
  const place = [a.addressLine, a.city, a.region, a.postalCode, regionName(locale, a.country)].filter(Boolean);
  return `${a.recipient} · ${place.join(', ')}`;
}

/** Today in the browser's calendar, as the date input writes it (the earliest delivery date). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The order form's terms: trade type (the choices the server allows for this buyer and supplier),
 * delivery address, export (destination country, port, preferred Incoterms 2020 term) or domestic
 * (invoice needed?, invoice profile), requested delivery date, note to the supplier.
 */
export function OrderTermsFields({
  details,
  onChange,
  tradeTypes,
  addresses,
  invoiceProfiles,
  errorOf,
  disabled,
}: {
  details: DraftDetails;
  onChange: (patch: Partial<DraftDetails>) => void;
  /** From the preview; empty until it answers. */
  tradeTypes: readonly TradeType[];
  addresses: Address[] | undefined;
  invoiceProfiles: InvoiceProfile[] | undefined;
  errorOf: (field: TermsField) => string | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const ids = useId();
  const countries = useMemo(() => sortedRegions(locale, COUNTRY_CODES), [locale]);
  const tradeError = errorOf('tradeType');

  return (
    <fieldset className="order-terms" disabled={disabled}>
      <fieldset
        className={tradeError ? 'field field-invalid radio-group' : 'field radio-group'}
        aria-describedby={tradeError ? `${ids}trade-error` : undefined}
        data-testid="trade-type"
      >
        <legend className="field-label">{t('orderForm.fields.tradeType')}</legend>
        {tradeTypes.length === 0 ? <p className="field-hint">{t('orderForm.fields.tradeTypePending')}</p> : null}
        {tradeTypes.map((type) => (
          <label key={type} className="checkbox-inline">
            <input
              type="radio"
              name="tradeType"
              value={type}
              checked={details.tradeType === type}
              onChange={() => onChange({ tradeType: type })}
            />{' '}
            {t(`orderForm.tradeTypes.${type}`)}
          </label>
        ))}
        {tradeTypes.length === 1 ? (
          <p className="field-hint">{t(`orderForm.tradeTypeOnly.${tradeTypes[0]!}`)}</p>
        ) : null}
        {tradeError ? (
          <p id={`${ids}trade-error`} className="field-error" data-testid="field-error">
            {tradeError}
          </p>
        ) : null}
      </fieldset>

      <SelectField
        label={t('orderForm.fields.address')}
        name="addressId"
        value={details.addressId ?? ''}
        onChange={(event) => onChange({ addressId: event.target.value })}
        placeholder={t('orderForm.fields.choose')}
        options={(addresses ?? []).map((a) => ({ value: a.id, label: addressLabel(locale, a) }))}
        error={errorOf('addressId')}
        hint={
          <>
            {addresses && addresses.length === 0 ? `${t('orderForm.fields.noAddresses')} ` : null}
            <Link to={href('/account/addresses')} data-testid="manage-addresses">
              {t('orderForm.fields.manageAddresses')}
            </Link>
          </>
        }
      />

      {details.tradeType === 'export' ? (
        <div className="order-terms-group" data-testid="export-fields">
          <SelectField
            label={t('orderForm.fields.destinationCountry')}
            name="destinationCountry"
            value={details.destinationCountry ?? ''}
            onChange={(event) => onChange({ destinationCountry: event.target.value })}
            placeholder={t('orderForm.fields.choose')}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
            error={errorOf('destinationCountry')}
          />
          <FormField
            label={t('orderForm.fields.destinationPort')}
            name="destinationPort"
            value={details.destinationPort ?? ''}
            maxLength={100}
            onChange={(event) => onChange({ destinationPort: event.target.value })}
            hint={t('orderForm.fields.destinationPortHint')}
            error={errorOf('destinationPort')}
          />
          <SelectField
            label={t('orderForm.fields.incoterm')}
            name="preferredIncoterm"
            value={details.preferredIncoterm ?? ''}
            onChange={(event) => onChange({ preferredIncoterm: event.target.value })}
            placeholder={t('orderForm.fields.choose')}
            options={INCOTERMS_2020.map((term) => ({ value: term, label: t(`orderForm.incoterms.${term}`) }))}
            hint={t('orderForm.fields.incotermHint')}
            error={errorOf('preferredIncoterm')}
          />
        </div>
      ) : null}

      {details.tradeType === 'domestic' ? (
        <div className="order-terms-group" data-testid="domestic-fields">
          <CheckboxField
            name="invoiceRequired"
            checked={details.invoiceRequired ?? false}
            onChange={(event) => onChange({ invoiceRequired: event.target.checked })}
          >
            {t('orderForm.fields.invoiceRequired')}
          </CheckboxField>
          {details.invoiceRequired ? (
            <SelectField
              label={t('orderForm.fields.invoiceProfile')}
              name="invoiceProfileId"
              value={details.invoiceProfileId ?? ''}
              onChange={(event) => onChange({ invoiceProfileId: event.target.value })}
              placeholder={t('orderForm.fields.choose')}
              options={(invoiceProfiles ?? []).map((p) => ({
                value: p.id,
                label: `${p.title} · ${p.taxpayerId} · ${t(`orderForm.invoiceTypes.${p.invoiceType}`)}`,
              }))}
              error={errorOf('invoiceProfileId')}
              hint={
                <>
                  {invoiceProfiles && invoiceProfiles.length === 0
                    ? `${t('orderForm.fields.noInvoiceProfiles')} `
                    : null}
                  <Link to={href('/account/invoice-profiles')} data-testid="manage-invoice-profiles">
                    {t('orderForm.fields.manageInvoiceProfiles')}
                  </Link>
                </>
              }
            />
          ) : null}
        </div>
      ) : null}

      <FormField
        label={t('orderForm.fields.deliveryDate')}
        name="requestedDeliveryDate"
        type="date"
        min={today()}
        value={details.requestedDeliveryDate ?? ''}
        onChange={(event) => onChange({ requestedDeliveryDate: event.target.value })}
        hint={t('orderForm.fields.optional')}
        error={errorOf('requestedDeliveryDate')}
      />
      <TextAreaField
        label={t('orderForm.fields.note')}
        name="buyerNote"
        value={details.buyerNote ?? ''}
        maxLength={2000}
        onChange={(event) => onChange({ buyerNote: event.target.value })}
        hint={t('orderForm.fields.noteHint')}
        error={errorOf('buyerNote')}
      />
    </fieldset>
  );
}
