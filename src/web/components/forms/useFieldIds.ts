import { useId } from 'react';

/** Ids that tie a control to its hint and error (aria-describedby), and the aria props that use them. */
export function useFieldIds(id: string | undefined, hint: unknown, error: string | undefined) {
  const auto = useId();
  const controlId = id ?? `${auto}control`;
  const hintId = `${auto}hint`;
  const errorId = `${auto}error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return {
    controlId,
    hintId,
    errorId,
    aria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
  };
}
