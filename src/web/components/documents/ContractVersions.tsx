import { useTranslation } from 'react-i18next';
import type { Contract } from '../../../shared/schemas/documents.js';
import { documentLinks } from '../../api/documents.js';
import { VersionCells } from './VersionCells.js';
import { Sha256 } from './CopyButton.js';

/**
 * The contract's versions, latest first (the buyer gets only confirmed ones): number, date,
 * confirmed mark, the SHA-256 of its content, "View" (the PDF inline, new tab) and "Download".
 */
export function ContractVersions({ orderId, contract }: { orderId: string; contract: Contract }) {
  const { t } = useTranslation();
  if (contract.versions.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table documents-table" data-testid="contract-versions">
        <caption>{t('documents.contract.versions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.contract.versionNo')}</th>
            <th scope="col">{t('documents.contract.createdAt')}</th>
            <th scope="col">{t('documents.contract.confirmed')}</th>
            <th scope="col">{t('documents.sha256')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('documents.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contract.versions.map((version) => (
            <tr key={version.versionNo} data-testid="contract-version" data-version={version.versionNo}>
              <VersionCells version={version} />
              <td>
                <Sha256 value={version.pdfSha256 ?? version.contentSha256} />
              </td>
              <td className="nowrap">
                <a
                  className="btn btn-ghost btn-small"
                  href={documentLinks.contractPdf(orderId, version.versionNo)}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('documents.contract.viewVersion', { number: version.versionNo })}
                  data-testid="contract-view"
                >
                  {t('documents.view')}
                </a>{' '}
                <a
                  className="btn btn-ghost btn-small"
                  href={documentLinks.contractPdf(orderId, version.versionNo, true)}
                  download
                  aria-label={t('documents.contract.downloadVersion', { number: version.versionNo })}
                  data-testid="contract-download"
                >
                  {t('documents.download')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
