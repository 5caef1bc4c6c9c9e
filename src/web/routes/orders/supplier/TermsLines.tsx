import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/schemas/orders.js';
import { useOrderFormat } from '../../../components/orders/useOrderFormat.js';
import { type ProductUnit, useProductFormat } from '../../../hooks/useProductFormat.js';
import { type ErrorField, lineField, type TermsField, type TermsValues } from './termsForm.js';

/**
 * The product prices: each line with what the buyer ordered (price shown beside the field) and
 * the final unit price the supplier sets. Line amounts are the server's, from the last save.
 */
export function TermsLines({
  order,
  values,
  saved,
  edit,
  fieldError,
}: {
  order: OrderDetail;
  values: TermsValues;
  saved: TermsValues;
  edit: (field: TermsField, value: string) => void;
  fieldError: (field: ErrorField) => string | undefined;
}) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const productFormat = useProductFormat();
  return (
    <fieldset className="form-section" data-testid="terms-lines">
      <legend>{t('orderSupplier.lines.legend')}</legend>
      <div className="table-scroll">
        <table className="table order-terms-lines">
          <thead>
            <tr>
              <th scope="col">{t('orderSupplier.lines.product')}</th>
              <th scope="col">{t('orderSupplier.lines.quantity')}</th>
              <th scope="col">{t('orderSupplier.lines.ordered')}</th>
              <th scope="col">{t('orderSupplier.lines.final', { currency: values.currency })}</th>
              <th scope="col">{t('orderSupplier.lines.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line, i) => {
              const name = of.lineName(line.snapshot.names);
              const field = lineField(i);
              const error = fieldError(field);
              const errorId = `terms-line-${i}-error`;
              const changed = values.unitPrices[i] !== saved.unitPrices[i];
              return (
                <tr key={line.position} data-testid="terms-line">
                  <th scope="row">
                    <span className="order-line-name">{name}</span>
                    {line.snapshot.modelNumber ? (
                      <span className="muted small"> · {line.snapshot.modelNumber}</span>
                    ) : null}
                  </th>
                  <td className="nowrap">{productFormat.quantity(line.quantity, line.snapshot.unit as ProductUnit)}</td>
                  <td className="nowrap" data-testid="ordered-price">
                    {of.unitPrice(line.orderedUnitPrice, order.request.orderedCurrency)}
                  </td>
                  <td>
                    <div className={error ? 'field field-invalid' : 'field'}>
                      <input
                        className="input order-price-input"
                        name={field}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={t('orderSupplier.lines.finalFor', { name })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        value={values.unitPrices[i] ?? ''}
                        onChange={(e) => edit(field, e.target.value)}
                      />
                      {error ? (
                        <p id={errorId} className="field-error" data-testid="field-error">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  </td>
                  <td className="nowrap" data-testid="line-amount">
                    {changed ? (
                      <span className="muted small">{t('orderSupplier.totals.updateOnSave')}</span>
                    ) : (
                      of.money(line.amount, order.currency)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {fieldError('lines') ? (
        <p className="field-error" data-testid="field-error">
          {fieldError('lines')}
        </p>
      ) : null}
    </fieldset>
  );
}
