import { type ReactNode, useId } from 'react';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import type { UploadPurpose } from '../../api/upload.js';
import { UploadProgress } from './UploadProgress.js';
import { useFileUpload } from './useFileUpload.js';

export interface UploadButtonProps {
  label: ReactNode;
  purpose: UploadPurpose;
  /** The `accept` hint for the file chooser; the server checks the real type. */
  accept: string;
  /** Receives the uploaded file; a rejected promise's message is shown as the error. */
  onUploaded: (file: FileInfo) => Promise<void> | void;
  disabled?: boolean;
  /** On the <input type=file> (tests use it with setInputFiles). */
  testId?: string;
  /** Ids of texts that describe the control (accepted types, a server error…). */
  describedBy?: string;
  onError?: (error: unknown) => string | null;
}

/** A file chooser styled as a button, with the upload's progress bar and translated error. */
export function UploadButton({
  label,
  purpose,
  accept,
  onUploaded,
  disabled,
  testId,
  describedBy,
  onError,
}: UploadButtonProps) {
  const inputId = useId();
  const errorId = useId();
  const { current, error, upload, fail, busy } = useFileUpload(purpose);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const info = await upload(file);
    if (!info) return;
    try {
      await onUploaded(info);
    } catch (failure) {
      fail(onError?.(failure) ?? null);
    }
  };

  return (
    <div className="upload">
      <label className={`btn btn-ghost upload-button${disabled || busy ? ' is-disabled' : ''}`} htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={disabled || busy}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void onFile(file);
        }}
      />
      {current ? <UploadProgress name={current.name} fraction={current.fraction} /> : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert" data-testid="upload-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
