import type { ReactNode } from 'react';

/** The hint and the error under a control; ids come from useFieldIds. */
export function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: ReactNode;
  hintId: string;
  error?: string;
  errorId: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
