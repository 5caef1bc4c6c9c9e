import { useState } from 'react';
import { changedFields, rebase, sameValue } from './draft.js';

/**
 * A form's values kept against the server's: a newer answer (reload, the answer to a save, or one
 * requested before the person typed) updates only the fields they have not changed (see rebase).
 */
export function useServerDraft<T extends Record<string, unknown>>(incoming: T) {
  const [state, setState] = useState({ base: incoming, draft: incoming });
  let { base, draft } = state;
  if (!sameValue(incoming, base)) {
    // Adjusting state while rendering (React's documented pattern): no frame shows the old values.
    draft = rebase(base, draft, incoming);
    base = incoming;
    setState({ base, draft });
  }
  return {
    values: draft,
    dirty: changedFields(base, draft).length > 0,
    set: <K extends keyof T>(key: K, value: T[K]) =>
      setState((prev) => ({ ...prev, draft: { ...prev.draft, [key]: value } })),
    /** Back to the server's values (after a successful save whose answer equals them). */
    reset: () => setState((prev) => ({ ...prev, draft: prev.base })),
  };
}
