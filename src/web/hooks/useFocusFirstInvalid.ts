import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * After a failed submit, moves focus to the first field marked aria-invalid, so keyboard and
 * screen-reader users land on the problem. Runs after React has rendered the new errors.
 */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>) {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, formRef]);
  return useCallback(() => setRequest((n) => n + 1), []);
}
