import { useTranslation } from 'react-i18next';
import { useFormat } from '../../hooks/useFormat.js';

/**
 * The first three cells of a document version's row (contract, commercial invoice): "Version n",
 * when it was made, and its confirmation (or "Draft").
 */
export function VersionCells({
  version,
}: {
  version: { versionNo: number; createdAt: string; confirmedAt: string | null };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <td className="nowrap">{t('documents.contract.version', { number: format.number(version.versionNo) })}</td>
      <td className="nowrap">
        <time dateTime={version.createdAt}>{format.dateTime(version.createdAt)}</time>
      </td>
      <td>
        {version.confirmedAt ? (
          <span className="badge contract-status-confirmed" data-testid="version-confirmed">
            {t('documents.contract.confirmedOn', { date: format.dateTime(version.confirmedAt) })}
          </span>
        ) : (
          <span className="muted">{t('documents.contract.draft')}</span>
        )}
      </td>
    </>
  );
}
