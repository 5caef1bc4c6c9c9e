import '../../styles/documents.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { useOrderDocuments } from '../../api/documents.js';
import { FormAlert } from '../forms/FormAlert.js';
import { ContractPanel } from './ContractPanel.js';
import { DomesticInvoicePanel } from './DomesticInvoicePanel.js';
import { ExportInvoicePanel } from './ExportInvoicePanel.js';

export const INVOICE_CONTRACT_ANCHOR = 'invoice-contract';

/**
 * "Invoice & Contract" on an order's "View Details" (guide 5.2–5.3), for its buyer, its supplier
 * and staff (read-only): the contract, then the domestic invoices or the export invoice. The
 * server says in the answer what this viewer may do (allowedEvents, canEdit, canRecord…).
 * Reachable as #invoice-contract (the lists' column links here).
 */
export function InvoiceContractSection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const documents = useOrderDocuments(order.id);
  const { hash } = useLocation();
  const ref = useRef<HTMLElement>(null);
  const scrolled = useRef(false);
  const loaded = Boolean(documents.data);
  useEffect(() => {
    // The page loads before the section does: scroll once it has its height.
    if (hash === `#${INVOICE_CONTRACT_ANCHOR}` && loaded && !scrolled.current) {
      scrolled.current = true;
      ref.current?.scrollIntoView({ block: 'start' });
    }
  }, [hash, loaded]);

  const data = documents.data;
  return (
    <section
      ref={ref}
      id={INVOICE_CONTRACT_ANCHOR}
      className="card order-section documents"
      aria-labelledby="invoice-contract-title"
      data-testid="invoice-contract"
      tabIndex={-1}
    >
      <h3 id="invoice-contract-title">{t('terms.invoiceAndContract')}</h3>
      {documents.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {documents.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {data ? (
        <>
          {data.contract ? (
            <ContractPanel order={order} documents={data} contract={data.contract} />
          ) : (
            <p className="muted" data-testid="contract-none">
              {t('documents.contract.notYet')}
            </p>
          )}
          {data.domestic ? <DomesticInvoicePanel order={order} documents={data} domestic={data.domestic} /> : null}
          {data.export ? <ExportInvoicePanel order={order} documents={data} exportPart={data.export} /> : null}
        </>
      ) : null}
    </section>
  );
}
