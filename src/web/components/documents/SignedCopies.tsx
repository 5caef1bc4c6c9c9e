import { useTranslation } from 'react-i18next';
import type { Contract, OrderDocuments, SignedCopy } from '../../../shared/schemas/documents.js';
import { ApiError } from '../../api/client.js';
import { documentApi, documentLinks, useDocumentChange } from '../../api/documents.js';
import { useFormat } from '../../hooks/useFormat.js';
import { UploadButton } from '../upload/UploadButton.js';
import { Sha256 } from './CopyButton.js';

/** Scans of the signed and sealed contract: PDF, JPEG or PNG (the files module checks the real type). */
const SIGNED_COPY_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const PARTIES = ['supplier', 'buyer'] as const;

/**
 * The signed copies (guide 5.2 "sign, seal and upload"): per party the copy that counts (the
 * version it signed, its SHA-256, when), older ones flagged "outdated"; the viewer's upload of its
 * own copy of the confirmed version. The button stays disabled while the file uploads and is attached.
 */
export function SignedCopies({
  orderId,
  contract,
  viewer,
}: {
  orderId: string;
  contract: Contract;
  viewer: OrderDocuments['viewer'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const attach = useDocumentChange(orderId, (input: { versionNo: number; fileId: string }) =>
    documentApi.signedCopy(orderId, input),
  );
  const counting = (party: SignedCopy['party']) =>
    contract.signedCopies.find((copy) => copy.party === party && !copy.outdated);
  const confirmed = contract.confirmedVersionNo;
  const showUpload = contract.canUploadSignedCopy && confirmed !== null && viewer !== 'staff';
  if (contract.status === 'drafting' && contract.signedCopies.length === 0) return null;

  return (
    <div className="documents-signed" data-testid="signed-copies">
      <h5>{t('documents.signed.title')}</h5>
      <ul className="documents-parties">
        {PARTIES.map((party) => {
          const copy = counting(party);
          return (
            <li key={party} data-testid={`signed-${party}`} data-signed={copy ? copy.versionNo : 'none'}>
              <strong>{t(`documents.signed.party.${party}`)}</strong>{' '}
              {copy
                ? t('documents.signed.signedVersion', { number: format.number(copy.versionNo) })
                : t('documents.signed.missing')}
            </li>
          );
        })}
      </ul>
      {contract.signedCopies.length ? (
        <div className="table-scroll">
          <table className="table documents-table" data-testid="signed-copy-list">
            <caption className="visually-hidden">{t('documents.signed.title')}</caption>
            <thead>
              <tr>
                <th scope="col" className="nowrap">
                  {t('documents.signed.by')}
                </th>
                <th scope="col">{t('documents.contract.versionNo')}</th>
                <th scope="col">{t('documents.signed.uploadedAt')}</th>
                <th scope="col">{t('documents.sha256')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('documents.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contract.signedCopies.map((copy) => (
                <tr key={copy.id} data-testid="signed-copy" data-party={copy.party} data-outdated={copy.outdated}>
                  <td className="nowrap">{t(`documents.signed.party.${copy.party}`)}</td>
                  <td className="nowrap">
                    {t('documents.contract.version', { number: format.number(copy.versionNo) })}
                    {copy.outdated ? (
                      <>
                        {' '}
                        <span className="badge badge-rejected" data-testid="signed-outdated">
                          {t('documents.signed.outdated')}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td className="nowrap">
                    <time dateTime={copy.uploadedAt}>{format.dateTime(copy.uploadedAt)}</time>
                  </td>
                  <td>
                    <Sha256 value={copy.sha256} />
                  </td>
                  <td>
                    <a
                      className="btn btn-ghost btn-small"
                      href={documentLinks.signedCopy(orderId, copy.id)}
                      target="_blank"
                      rel="noopener"
                      aria-label={t('documents.signed.open', { name: copy.fileName })}
                    >
                      {t('documents.view')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {showUpload ? (
        <div className="field" data-testid="signed-copy-upload">
          <p className="field-hint">{t('documents.signed.uploadHint', { number: format.number(confirmed) })}</p>
          <UploadButton
            label={t('documents.signed.upload')}
            purpose="contract_signed_copy"
            accept={SIGNED_COPY_ACCEPT}
            disabled={attach.isPending}
            testId="upload-signed-copy"
            onUploaded={async (file) => {
              await attach.mutateAsync({ versionNo: confirmed, fileId: file.id });
            }}
            onError={(error) =>
              error instanceof ApiError ? t(`errors.${error.body.code}`, { defaultValue: t('errors.INTERNAL') }) : null
            }
          />
        </div>
      ) : null}
    </div>
  );
}
