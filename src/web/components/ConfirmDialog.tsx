import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useModalDialog } from '../hooks/useModalDialog.js';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the action runs: buttons disabled, the dialog stays open. */
  busy?: boolean;
  tone?: 'primary' | 'danger';
  testId?: string;
}

/**
 * A modal confirmation on the native <dialog>: focus moves into it and returns afterwards,
 * the rest of the page is inert, Escape cancels. The focus lands on "Cancel" (the safe choice).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy,
  tone = 'primary',
  testId,
}: ConfirmDialogProps) {
  const ref = useModalDialog(open);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // showModal() focuses the first focusable element: a field in the body would take it from "Cancel".
  useEffect(() => {
    if (open) cancelRef.current?.focus();
  }, [open]);
  const titleId = useId();
  const bodyId = useId();

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId ?? 'confirm-dialog'}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="btn btn-ghost" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'btn btn-danger' : 'btn btn-primary'}
          onClick={onConfirm}
          disabled={busy}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
