import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LOCALES, LOCALE_NATIVE_NAMES, type Locale } from '../../../shared/locales.js';
import type { SupplierProductRow } from '../../api/products.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { useProductFormat } from '../../hooks/useProductFormat.js';

/** The language chips' short labels (language codes, the same in every UI language). */
const SHORT: Record<Locale, string> = { 'zh-CN': 'zh', en: 'en', ru: 'ru', es: 'es' };

/** The rows of "Product Management", with a checkbox each for the bulk actions. */
export function ProductRows({
  rows,
  selected,
  onSelect,
  onToggleShelf,
  onRemove,
}: {
  rows: SupplierProductRow[];
  selected: Set<string>;
  onSelect: (next: Set<string>) => void;
  onToggleShelf: (row: SupplierProductRow) => void;
  onRemove: (row: SupplierProductRow) => void;
}) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const pf = useProductFormat();
  const allSelected = rows.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  return (
    <div className="table-scroll">
      <table className="table product-table" data-testid="product-table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                checked={allSelected}
                aria-label={t('products.list.selectAll')}
                onChange={(e) => onSelect(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
              />
            </th>
            <th scope="col">{t('products.columns.picture')}</th>
            <th scope="col">{t('products.fields.name')}</th>
            <th scope="col">{t('products.fields.brand')}</th>
            <th scope="col">{t('products.fields.category')}</th>
            <th scope="col">{t('products.columns.price')}</th>
            <th scope="col">{t('products.columns.status')}</th>
            <th scope="col">{t('products.columns.languages')}</th>
            <th scope="col">{t('products.columns.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isOn = row.status === 'on_shelf';
            const nameId = `product-name-${row.id}`;
            return (
              <tr key={row.id} data-testid="product-row" data-status={row.status}>
                <td>
                  <input
                    type="checkbox"
                    checked={selected.has(row.id)}
                    aria-label={t('products.list.select', { name: row.name })}
                    onChange={(e) => toggle(row.id, e.target.checked)}
                  />
                </td>
                <td>
                  {row.image ? (
                    <img className="product-thumb" src={row.image.thumbnailUrl ?? row.image.url} alt="" />
                  ) : (
                    <span className="product-thumb product-card-noimage" aria-hidden="true" />
                  )}
                </td>
                <td className="product-name-cell">
                  <span id={nameId}>{row.name}</span>
                  <span className="row-actions">
                    <Link
                      className="btn btn-ghost btn-small"
                      to={href(`/supplier/products/${row.id}/edit`)}
                      aria-describedby={nameId}
                    >
                      {t('products.actions.edit')}
                    </Link>
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      aria-describedby={nameId}
                      onClick={() => onRemove(row)}
                    >
                      {t('products.actions.remove')}
                    </button>
                  </span>
                </td>
                <td>{row.brandName}</td>
                <td>{row.categoryName}</td>
                <td className="nowrap">{pf.priceRange(row.minPrice, row.maxPrice, row.currency)}</td>
                <td>
                  <button
                    type="button"
                    className={isOn ? 'btn btn-small shelf-toggle is-on' : 'btn btn-small shelf-toggle'}
                    aria-describedby={nameId}
                    data-testid="shelf-toggle"
                    onClick={() => onToggleShelf(row)}
                  >
                    {isOn ? t('terms.available') : t('terms.unavailable')}
                  </button>
                  <div className="muted small">{t(`products.status.${row.status}`)}</div>
                </td>
                <td>
                  <ul className="lang-chips" data-testid="lang-chips">
                    {LOCALES.map((l) => {
                      const filled = row.locales.includes(l);
                      const label = t(filled ? 'products.list.langFilled' : 'products.list.langMissing', {
                        language: LOCALE_NATIVE_NAMES[l],
                      });
                      return (
                        <li
                          key={l}
                          className={filled ? 'lang-chip is-filled' : 'lang-chip'}
                          title={label}
                          data-locale={l}
                          data-filled={filled}
                        >
                          <span aria-hidden="true">{SHORT[l]}</span>
                          <span className="visually-hidden">{label}</span>
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td>{format.dateTime(row.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
