import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { useFormat } from '../../hooks/useFormat.js';

/** An uploaded file: its thumbnail (or a PDF icon), name and size, and optional actions below. */
export function FileCard({
  file,
  onRemove,
  removing,
  children,
  highlight,
  testId,
}: {
  file: FileInfo;
  onRemove?: () => void;
  removing?: boolean;
  children?: ReactNode;
  highlight?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className={highlight ? 'file-card file-card-flagged' : 'file-card'} data-testid={testId ?? 'file-card'}>
      {file.thumbnailUrl ? (
        <img className="file-thumb" src={file.thumbnailUrl} alt={t('upload.previewOf', { name: file.name })} />
      ) : (
        <span className="file-thumb file-icon" aria-hidden="true">
          {t('upload.pdfIcon')}
        </span>
      )}
      <div className="file-meta">
        <span className="file-name">{file.name}</span>
        <span className="file-size muted">{format.fileSize(file.size)}</span>
        {children}
      </div>
      {onRemove ? (
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={onRemove}
          disabled={removing}
          aria-label={t('upload.removeFile', { name: file.name })}
        >
          {t('upload.remove')}
        </button>
      ) : null}
    </div>
  );
}
