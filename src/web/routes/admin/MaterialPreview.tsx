import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/schemas/suppliers.js';
import { useFormat } from '../../hooks/useFormat.js';

type Material = Application['materials'][number];

/** A material as staff check it: pictures inline, PDFs opened in a new tab or downloaded. */
export function MaterialPreview({ material, isNew }: { material: Material; isNew: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { file } = material;
  const isImage = file.contentType.startsWith('image/');
  return (
    <figure className={isNew ? 'material-preview is-changed' : 'material-preview'} data-testid="material-preview">
      {isImage ? (
        <a href={file.url} target="_blank" rel="noopener">
          <img src={file.url} alt={t('upload.previewOf', { name: file.name })} loading="lazy" />
        </a>
      ) : (
        <span className="file-thumb file-icon" aria-hidden="true">
          {t('upload.pdfIcon')}
        </span>
      )}
      <figcaption>
        <strong>{t(`supplier.materialTypes.${material.type}`)}</strong>
        {isNew ? (
          <span className="badge badge-changed" data-testid="changed-marker">
            {t('review.newMaterial')}
          </span>
        ) : null}
        <span className="file-name">{file.name}</span>
        <span className="muted">{format.fileSize(file.size)}</span>
        <span className="material-links">
          <a href={file.url} target="_blank" rel="noopener" aria-describedby="opens-new-tab">
            {t('review.open')}
          </a>
          <a href={`${file.url}?download=1`} download={file.name}>
            {t('review.download')}
          </a>
        </span>
      </figcaption>
    </figure>
  );
}
