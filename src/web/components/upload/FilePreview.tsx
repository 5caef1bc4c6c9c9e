import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { useFormat } from '../../hooks/useFormat.js';

/**
 * A document as people check it (a brand's files, an application's materials): pictures inline,
 * PDFs opened in a new tab or downloaded.
 */
export function FilePreview({
  file,
  label,
  highlight,
  badge,
  testId,
  children,
}: {
  file: FileInfo;
  label: string;
  /** Flagged by a reviewer's reason, or changed since the last review. */
  highlight?: 'flagged' | 'changed';
  /** Next to the label: "New", for instance. */
  badge?: ReactNode;
  testId?: string;
  /** Under the caption: a reviewer's remark, for instance. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const newTabId = useId();
  const isImage = file.contentType.startsWith('image/');
  return (
    <figure className={highlight ? `material-preview is-${highlight}` : 'material-preview'} data-testid={testId}>
      {isImage ? (
        <a href={file.url} target="_blank" rel="noopener" aria-describedby={newTabId}>
          <img src={file.url} alt={t('upload.previewOf', { name: file.name })} loading="lazy" />
        </a>
      ) : (
        <span className="file-thumb file-icon" aria-hidden="true">
          {t('upload.pdfIcon')}
        </span>
      )}
      <figcaption>
        <strong>{label}</strong>
        {badge}
        <span className="file-name">{file.name}</span>
        <span className="muted">{format.fileSize(file.size)}</span>
        <span className="material-links">
          <a href={file.url} target="_blank" rel="noopener" aria-describedby={newTabId}>
            {t('review.open')}
          </a>
          <a href={`${file.url}?download=1`} download={file.name}>
            {t('review.download')}
          </a>
        </span>
        <span id={newTabId} hidden>
          {t('common.opensInNewTab')}
        </span>
        {children}
      </figcaption>
    </figure>
  );
}
