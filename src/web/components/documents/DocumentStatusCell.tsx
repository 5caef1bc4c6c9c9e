import '../../styles/documents.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderSummary } from '../../../shared/schemas/orders.js';

/** The lists' "Invoice & Contract" column: the contract's state (once there is one) and the invoice's. */
export function DocumentStatusCell({ row, href }: { row: OrderSummary; href: string }) {
  const { t } = useTranslation();
  return (
    <Link
      className="document-status"
      to={href}
      aria-label={t('documents.list.open', { number: row.number })}
      data-testid="document-status"
    >
      <span
        className={`badge contract-status-${row.contractStatus ?? 'none'}`}
        data-testid="contract-status"
        data-status={row.contractStatus ?? 'none'}
      >
        {row.contractStatus ? t(`documents.contractStatus.${row.contractStatus}`) : t('documents.contractStatus.none')}
      </span>{' '}
      <span className="badge" data-testid="invoice-status" data-status={row.invoiceStatus}>
        {t(`documents.invoiceStatus.${row.invoiceStatus}`)}
      </span>
    </Link>
  );
}
