import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderSummary } from '../../../shared/schemas/orders.js';
import type { OrderViewer } from '../../api/orders.js';
import { DocumentStatusCell } from '../documents/DocumentStatusCell.js';
import { OrderStatusBadge } from './OrderStatusBadge.js';
import { useOrderFormat } from './useOrderFormat.js';

/**
 * The list's table: number, date, the other party, first product (+ "and N more"), total, status,
 * "Invoice & Contract" (guide 5.2–5.3: a link to that section of the order), "View Details".
 */
export function OrderRows({
  rows,
  viewer,
  detailPath,
  busy,
}: {
  rows: OrderSummary[];
  viewer: OrderViewer;
  detailPath: (id: string) => string;
  /** A newer filter's answer is on its way: the rows shown are the previous one's. */
  busy: boolean;
}) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  return (
    <div className="table-scroll">
      <table className="table order-table" aria-busy={busy || undefined} data-testid="order-table">
        <caption className="visually-hidden">{t('orders.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orders.fields.number')}</th>
            <th scope="col">{t('orders.fields.createdAt')}</th>
            <th scope="col">{t(`orders.list.counterparty.${viewer}`)}</th>
            <th scope="col">{t('orders.fields.products')}</th>
            <th scope="col" className="num">
              {t('orders.fields.total')}
            </th>
            <th scope="col">{t('orders.fields.status')}</th>
            <th scope="col">{t('terms.invoiceAndContract')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('orders.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="order-row" data-order-number={row.number}>
              <td className="mono nowrap">{row.number}</td>
              <td className="nowrap">
                <time dateTime={row.createdAt}>{of.dateTime(row.createdAt)}</time>
              </td>
              <td>{of.company(row.counterpartyNameZh, row.counterpartyNameEn)}</td>
              <td>
                {of.lineName(row.firstLineNames)}
                {row.lineCount > 1 ? (
                  <span className="muted"> {t('orders.list.andMore', { number: of.number(row.lineCount - 1) })}</span>
                ) : null}
              </td>
              <td className="num nowrap">{of.money(row.totalAmount, row.currency)}</td>
              <td>
                <OrderStatusBadge status={row.status} />
              </td>
              <td>
                <DocumentStatusCell row={row} href={`${detailPath(row.id)}#invoice-contract`} />
              </td>
              <td className="nowrap">
                <Link
                  className="btn btn-ghost btn-small"
                  to={detailPath(row.id)}
                  aria-label={t('orders.list.viewDetailsOf', { number: row.number })}
                  data-testid="view-details"
                >
                  {t('terms.viewDetails')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
