import { useTranslation } from 'react-i18next';
import { useFormat } from '../../hooks/useFormat.js';

/** A real progress bar (the request's upload progress), announced politely. */
export function UploadProgress({ name, fraction }: { name: string; fraction: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = format.percent(fraction);
  return (
    <div className="upload-progress" role="status" data-testid="upload-progress">
      <span className="upload-progress-label">{t('upload.uploading', { name, percent })}</span>
      <progress max={1} value={fraction} aria-label={t('upload.progress', { name })} />
    </div>
  );
}
