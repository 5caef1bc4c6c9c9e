import { type ReactNode, useId, useState } from 'react';
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
  // Stored is not yet done: the bar stays until `onUploaded` (e.g. attaching the file) has answered.
  const [attaching, setAttaching] = useState<string | null>(null);
  const progress = current ?? (attaching === null ? null : { name: attaching, fraction: 1 });
  const working = busy || attaching !== null;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const info = await upload(file);
    if (!info) return;
    setAttaching(file.name);
    try {
      await onUploaded(info);
    } catch (failure) {
      fail(onError?.(failure) ?? null);
    } finally {
      setAttaching(null);
    }
  };

  return (
    <div className="upload">
      <label className={`btn btn-ghost upload-button${disabled || working ? ' is-disabled' : ''}`} htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={disabled || working}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void onFile(file);
        }}
      />
      {progress ? <UploadProgress name={progress.name} fraction={progress.fraction} /> : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert" data-testid="upload-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
