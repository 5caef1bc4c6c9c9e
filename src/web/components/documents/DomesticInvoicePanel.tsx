import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDocuments } from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { documentLinks } from '../../api/documents.js';
import { FormAlert } from '../forms/FormAlert.js';
import { useOrderFormat } from '../orders/useOrderFormat.js';
import { CopyButton } from './CopyButton.js';
import { DomesticInvoiceForm } from './DomesticInvoiceForm.js';

type Domestic = NonNullable<OrderDocuments['domestic']>;

/**
 * Domestic invoices (guide 5.3.1): the buyer's invoice information with a one-click copy of each
 * field (the supplier types them into its own tax system), the invoices recorded so far with their
 * files, and the supplier's "Record invoice" form.
 */
export function DomesticInvoicePanel({
  order,
  documents,
  domestic,
}: {
  order: OrderDetail;
  documents: OrderDocuments;
  domestic: Domestic;
}) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const profile = domestic.invoiceProfile;
  const money = (amount: string) => of.money(amount, order.currency);
  const [recorded, setRecorded] = useState<string | null>(null);
  return (
    <div className="documents-part" data-testid="domestic-invoices" data-status={documents.invoiceStatus}>
      <h4>{t('documents.invoices.title')}</h4>
      <p data-testid="invoice-status-text">
        <span className="badge">{t(`documents.invoiceStatus.${documents.invoiceStatus}`)}</span>
        {domestic.invoiceRequired ? (
          <>
            {' '}
            {t('documents.invoices.totals', {
              invoiced: money(domestic.invoicedTotal),
              remaining: money(domestic.remaining),
            })}
          </>
        ) : null}
      </p>
      {!domestic.invoiceRequired ? <p className="muted">{t('documents.invoices.notRequested')}</p> : null}
      {profile && documents.viewer !== 'buyer' ? (
        <div data-testid="invoice-profile">
          <h5>{t('documents.invoices.profile')}</h5>
          <dl className="facts documents-copy-list">
            {(
              [
                ['type', t('orders.invoice.type'), t(`orders.invoice.types.${profile.invoiceType}`)],
                ['title', t('orders.invoice.title'), profile.title],
                ['taxpayerId', t('orders.invoice.taxpayerId'), profile.taxpayerId],
                [
                  'addressPhone',
                  t('documents.invoices.addressPhone'),
                  [profile.registeredAddress, profile.registeredPhone].filter(Boolean).join(' '),
                ],
                [
                  'bank',
                  t('documents.invoices.bankAccount'),
                  [profile.bankName, profile.bankAccount].filter(Boolean).join(' '),
                ],
              ] as const
            ).map(([key, label, value]) =>
              value ? (
                <div key={key} data-testid={`invoice-profile-${key}`}>
                  <dt>{label}</dt>
                  <dd>
                    <span className="documents-copy-value">{value}</span>{' '}
                    {documents.viewer === 'supplier' ? (
                      <CopyButton value={value} label={label} testId={`copy-${key}`} />
                    ) : null}
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
        </div>
      ) : null}
      {domestic.invoices.length ? (
        <div className="table-scroll">
          <table className="table documents-table" data-testid="invoice-list">
            <caption>{t('documents.invoices.recorded')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.invoices.number')}</th>
                <th scope="col">{t('documents.invoices.issuedOn')}</th>
                <th scope="col">{t('orders.invoice.type')}</th>
                <th scope="col" className="num">
                  {t('documents.invoices.amountExclTax')}
                </th>
                <th scope="col" className="num">
                  {t('documents.invoices.taxRate')}
                </th>
                <th scope="col" className="num">
                  {t('documents.invoices.taxAmount')}
                </th>
                <th scope="col" className="num">
                  {t('documents.invoices.totalAmount')}
                </th>
                <th scope="col">{t('documents.invoices.file')}</th>
              </tr>
            </thead>
            <tbody>
              {domestic.invoices.map((invoice) => (
                <tr key={invoice.id} data-testid="invoice-row" data-number={invoice.invoiceNumber}>
                  <td className="mono">
                    {invoice.invoiceNumber}
                    {invoice.invoiceCode ? <span className="muted small"> ({invoice.invoiceCode})</span> : null}
                    {invoice.kind === 'partial' ? (
                      <span className="muted small"> · {t('documents.invoices.kinds.partial')}</span>
                    ) : null}
                  </td>
                  <td className="nowrap">{of.day(invoice.issuedOn)}</td>
                  <td>{t(`orders.invoice.types.${invoice.invoiceType}`)}</td>
                  <td className="num nowrap">{money(invoice.amountExclTax)}</td>
                  <td className="num nowrap">{of.percent(Number(invoice.taxRate))}</td>
                  <td className="num nowrap">{money(invoice.taxAmount)}</td>
                  <td className="num nowrap">{money(invoice.totalAmount)}</td>
                  <td className="nowrap">
                    <a
                      className="btn btn-ghost btn-small"
                      href={documentLinks.invoiceFile(order.id, invoice.id)}
                      download={invoice.fileName}
                      aria-label={t('documents.invoices.downloadOf', { number: invoice.invoiceNumber })}
                      data-testid="invoice-download"
                    >
                      {invoice.fileFormat === 'ofd' ? t('documents.invoices.downloadOfd') : t('documents.download')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : domestic.invoiceRequired ? (
        <p className="muted" data-testid="invoice-none">
          {t('documents.invoices.none')}
        </p>
      ) : null}
      {recorded ? (
        <FormAlert tone="success" testId="invoice-recorded">
          {t('documents.invoices.recordedDone', { number: recorded })}
        </FormAlert>
      ) : null}
      {domestic.canRecord ? <DomesticInvoiceForm order={order} domestic={domestic} onRecorded={setRecorded} /> : null}
    </div>
  );
}
