import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportInvoice, OrderDocuments } from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { documentApi, documentLinks, useDocumentChange } from '../../api/documents.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { VersionCells } from './VersionCells.js';
import { Fact } from '../facts/Fact.js';
import { FormAlert } from '../forms/FormAlert.js';
import { ExportInvoiceForm } from './ExportInvoiceForm.js';

type ExportPart = NonNullable<OrderDocuments['export']>;
const NO_FIELDS = [] as const;

/**
 * The export documents (guide 5.3.2): the English commercial invoice and packing list (per version;
 * the buyer sees only confirmed ones), the supplier's corrections and "Confirm", and the proforma.
 */
export function ExportInvoicePanel({
  order,
  documents,
  exportPart,
}: {
  order: OrderDetail;
  documents: OrderDocuments;
  exportPart: ExportPart;
}) {
  const { t } = useTranslation();
  const invoice = exportPart.invoice;
  return (
    <div className="documents-part" data-testid="export-invoice" data-status={invoice?.status ?? 'none'}>
      <h4>{t('documents.export.title')}</h4>
      {exportPart.proformaAvailable ? (
        <p>
          <a
            className="btn btn-ghost btn-small"
            href={documentLinks.proforma(order.id)}
            target="_blank"
            rel="noopener"
            data-testid="proforma-download"
          >
            {t('documents.export.proforma')}
          </a>
        </p>
      ) : null}
      {invoice ? (
        <ExportInvoiceDetails order={order} documents={documents} invoice={invoice} />
      ) : (
        <p className="muted" data-testid="export-invoice-none">
          {t(documents.viewer === 'buyer' ? 'documents.export.notConfirmedYet' : 'documents.export.notYet')}
        </p>
      )}
    </div>
  );
}

function ExportInvoiceDetails({
  order,
  documents,
  invoice,
}: {
  order: OrderDetail;
  documents: OrderDocuments;
  invoice: ExportInvoice;
}) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const errors = useFieldErrors(NO_FIELDS);
  const confirm = useDocumentChange(order.id, (version: number) => documentApi.confirmExportInvoice(order.id, version));
  const current = invoice.versions.find((v) => v.versionNo === invoice.currentVersionNo);
  const supplier = documents.viewer === 'supplier';
  const confirmable = supplier && invoice.canEdit && current !== undefined && current.confirmedAt === null;

  const onConfirm = async () => {
    if (confirm.isPending) return;
    errors.clear();
    try {
      await confirm.mutateAsync(invoice.version);
    } catch (error) {
      errors.applyApiError(error);
    }
  };

  return (
    <>
      <dl className="facts facts-inline">
        <Fact label={t('documents.export.number')}>
          <span className="mono" data-testid="export-invoice-number">
            {invoice.number}
          </span>
        </Fact>
        <Fact label={t('documents.contract.status')}>
          <span className="badge" data-testid="export-invoice-state">
            {t(`documents.invoiceStatus.${invoice.status}`)}
          </span>
        </Fact>
      </dl>
      {supplier ? (
        <p className="documents-next">
          {t(invoice.status === 'confirmed' ? 'documents.export.confirmedHint' : 'documents.export.draftHint')}
        </p>
      ) : null}
      {invoice.versions.length ? (
        <div className="table-scroll">
          <table className="table documents-table" data-testid="export-versions">
            <caption>{t('documents.export.versions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.contract.versionNo')}</th>
                <th scope="col">{t('documents.contract.createdAt')}</th>
                <th scope="col">{t('documents.contract.confirmed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('documents.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.versions.map((version) => (
                <tr key={version.versionNo} data-testid="export-version" data-version={version.versionNo}>
                  <VersionCells version={version} />
                  <td className="nowrap">
                    <a
                      className="btn btn-ghost btn-small"
                      href={documentLinks.commercialInvoice(order.id, version.versionNo)}
                      target="_blank"
                      rel="noopener"
                      data-testid="commercial-invoice-download"
                    >
                      {t('documents.export.commercialInvoice')}
                    </a>{' '}
                    <a
                      className="btn btn-ghost btn-small"
                      href={documentLinks.packingList(order.id, version.versionNo)}
                      target="_blank"
                      rel="noopener"
                      data-testid="packing-list-download"
                    >
                      {t('documents.export.packingList')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {supplier && invoice.canEdit && current ? (
        <ExportInvoiceForm order={order} invoice={invoice} current={current} onDirtyChange={setDirty} />
      ) : null}
      {confirmable ? (
        <div className="form-section">
          {errors.formError ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
          <p className="muted small">{t(dirty ? 'documents.contract.saveFirst' : 'documents.export.confirmHint')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={confirm.isPending || dirty}
              data-testid="export-invoice-confirm"
              onClick={() => void onConfirm()}
            >
              {t('documents.contract.confirm')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
