import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderPreview } from '../../../shared/schemas/orders.js';
import { useLocale } from '../../hooks/useLocale.js';
import { useProductFormat, type ProductUnit } from '../../hooks/useProductFormat.js';
import type { DraftLine } from '../../lib/orderDraft.js';

type PricedLine = OrderPreview['lines'][number];

/** The product's name in the page's language as the server has it, else as the product page showed it. */
function lineName(line: DraftLine, priced: PricedLine | undefined, locale: string): { name: string; lang?: string } {
  const names = priced?.snapshot.names;
  for (const lang of [locale, 'en', 'zh-CN'] as const) {
    const name = names?.[lang as keyof typeof names];
    if (name) return { name, lang: lang === locale ? undefined : lang };
  }
  return { name: line.name };
}

function pictureOf(line: DraftLine, priced: PricedLine | undefined): string | null {
  if (line.pictureUrl) return line.pictureUrl;
  const id = priced?.snapshot.pictureFileId;
  return id ? `/api/files/${encodeURIComponent(id)}` : null;
}

/**
 * The order form's lines: picture, name, model, an editable quantity, the server's unit price and
 * amount, "Remove", and the reason a line cannot be ordered (the server's, e.g. below the MOQ).
 */
export function OrderLines({
  lines,
  quantityTexts,
  onQuantity,
  onRemove,
  preview,
  updating,
  lineErrors,
}: {
  lines: DraftLine[];
  quantityTexts: Record<string, string>;
  onQuantity: (productId: string, text: string) => void;
  onRemove: (productId: string) => void;
  preview: OrderPreview | undefined;
  updating: boolean;
  /** Translated problems per product id. */
  lineErrors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pf = useProductFormat();
  const ids = useId();
  const priced = new Map(preview?.lines.map((l) => [l.productId, l]));
  const money = (amount: string | undefined) => (amount && preview ? pf.money(amount, preview.currency) : '—');

  return (
    <div className="table-scroll">
      <table className="table order-lines" data-testid="order-lines" aria-busy={updating || undefined}>
        <caption className="visually-hidden">{t('orderForm.lines.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orderForm.lines.product')}</th>
            <th scope="col">{t('orderForm.lines.quantity')}</th>
            <th scope="col" className="num">
              {t('orderForm.lines.unitPrice')}
            </th>
            <th scope="col" className="num">
              {t('orderForm.lines.amount')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('orderForm.lines.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const p = priced.get(line.productId);
            const { name, lang } = lineName(line, p, locale);
            const picture = pictureOf(line, p);
            const error = lineErrors[line.productId];
            const inputId = `${ids}${line.productId}`;
            const errorId = `${inputId}-error`;
            return (
              <tr key={line.productId} data-testid="order-line" data-product-id={line.productId}>
                <td>
                  <div className="order-line-product">
                    {picture ? <img src={picture} alt="" width={56} height={56} loading="lazy" /> : null}
                    <div>
                      <p className="order-line-name" lang={lang} data-testid="order-line-name">
                        {name}
                      </p>
                      {(p?.snapshot.modelNumber ?? line.modelNumber) ? (
                        <p className="muted">
                          {t('orderForm.lines.model', { model: p?.snapshot.modelNumber ?? line.modelNumber })}
                        </p>
                      ) : null}
                    </div>
                  </div>
                </td>
                <td>
                  <div className={error ? 'field field-invalid' : 'field'}>
                    <label className="visually-hidden" htmlFor={inputId}>
                      {t('orderForm.lines.quantityOf', { name })}
                    </label>
                    <div className="order-box-quantity">
                      <input
                        id={inputId}
                        className="input order-line-quantity"
                        inputMode="numeric"
                        autoComplete="off"
                        value={quantityTexts[line.productId] ?? String(line.quantity)}
                        onChange={(event) => onQuantity(line.productId, event.target.value)}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        data-testid="order-line-quantity"
                      />
                      <span className="order-box-unit">
                        {t(`products.unitCount.${line.unit as ProductUnit}`, {
                          count: Number(quantityTexts[line.productId] ?? line.quantity) || line.quantity,
                          quantity: '',
                        }).trim()}
                      </span>
                    </div>
                    {error ? (
                      <p id={errorId} className="field-error" role="alert" data-testid="order-line-error">
                        {error}
                      </p>
                    ) : null}
                  </div>
                </td>
                <td className="num" data-testid="order-line-unit-price">
                  {p && preview ? pf.unitPrice(p.unitPrice, preview.currency) : '—'}
                </td>
                <td className="num" data-testid="order-line-amount">
                  {money(p?.amount)}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    onClick={() => onRemove(line.productId)}
                    aria-label={t('orderForm.lines.removeNamed', { name })}
                    data-testid="order-line-remove"
                  >
                    {t('orderForm.lines.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('orderForm.lines.total')}
            </th>
            <td className="num order-total" data-testid="order-total">
              {money(preview?.total)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="field-hint" role="status" data-testid="preview-status">
        {updating ? t('orderForm.lines.updating') : t('orderForm.lines.serverPrices')}
      </p>
    </div>
  );
}
