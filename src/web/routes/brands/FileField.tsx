import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import type { UploadPurpose } from '../../api/upload.js';
import { FieldMessages } from '../../components/forms/FieldMessages.js';
import { FileCard } from '../../components/upload/FileCard.js';
import { UploadButton } from '../../components/upload/UploadButton.js';

/** One document of the brand: the file uploaded (with progress), replaceable; optional ones removable. */
export function FileField({
  label,
  hint,
  required,
  file,
  purpose,
  accept,
  onChange,
  error,
  flagged,
  testId,
}: {
  label: string;
  hint?: ReactNode;
  required?: boolean;
  file: FileInfo | null;
  purpose: UploadPurpose;
  accept: string;
  onChange: (file: FileInfo | null) => void;
  error?: string;
  flagged?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const base = useId();
  const labelId = `${base}label`;
  const hintId = `${base}hint`;
  const errorId = `${base}error`;
  return (
    <div
      className={error ? 'field file-field field-invalid' : 'field file-field'}
      role="group"
      aria-labelledby={labelId}
      aria-invalid={error ? true : undefined}
      tabIndex={-1}
      data-testid={`field-${testId}`}
    >
      <span className="field-label" id={labelId}>
        {label}{' '}
        <span className={required ? 'badge badge-required' : 'badge'}>
          {required ? t('supplierAuth.materials.required') : t('supplierAuth.materials.optional')}
        </span>
      </span>
      {file ? (
        <FileCard
          file={file}
          highlight={flagged}
          testId={`file-card-${testId}`}
          onRemove={required ? undefined : () => onChange(null)}
        />
      ) : null}
      <UploadButton
        label={file ? t('supplierAuth.materials.replace') : t('supplierAuth.materials.upload')}
        purpose={purpose}
        accept={accept}
        testId={`upload-${testId}`}
        describedBy={[labelId, hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')}
        onUploaded={(uploaded) => onChange(uploaded)}
      />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
