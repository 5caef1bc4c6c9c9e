import { useCallback, useState } from 'react';
import type { OrderConflict } from './orderErrors.js';

/** What the panel says above its sections after an action (kept as keys: a language switch re-renders). */
export type PanelNotice =
  | { tone: 'success'; key: 'saved' | 'confirmed' | 'declined' | 'shipped' | 'delivered' | 'paid' }
  | { tone: 'error'; key: OrderConflict };

/** The notice lives in the panel, so it survives the section that caused it being replaced. */
export function usePanelNotice() {
  const [notice, setNotice] = useState<PanelNotice | null>(null);
  const clear = useCallback(() => setNotice(null), []);
  return { notice, setNotice, clear };
}
export type SetNotice = (notice: PanelNotice | null) => void;
