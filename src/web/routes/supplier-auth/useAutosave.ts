import { useCallback, useEffect, useRef } from 'react';
import type { CompanyDraft } from '../../../shared/schemas/suppliers.js';
import { type CompanyValues, draftOf } from './companyForm.js';

/**
 * Saves the draft about a second after typing stops (and whenever `flush` is called: on a
 * step change, before submitting, when leaving the page). Unchanged drafts are not sent.
 */
export function useAutosave(values: CompanyValues, save: (draft: CompanyDraft) => Promise<unknown>, delayMs = 1000) {
  const lastSent = useRef(JSON.stringify(draftOf(values)));
  const latest = useRef(values);
  const saveRef = useRef(save);

  useEffect(() => {
    latest.current = values;
    saveRef.current = save;
  });

  const flush = useCallback(async () => {
    const draft = draftOf(latest.current);
    const json = JSON.stringify(draft);
    if (json === lastSent.current) return;
    lastSent.current = json;
    try {
      await saveRef.current(draft);
    } catch {
      lastSent.current = ''; // not saved: the next flush tries again
    }
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => void flush(), delayMs);
    return () => window.clearTimeout(timer);
  }, [values, flush, delayMs]);

  // Leaving the page within the delay still saves what was typed.
  useEffect(() => () => void flush(), [flush]);

  /** After loading another version: that version counts as saved. */
  const reset = useCallback((next: CompanyValues) => {
    lastSent.current = JSON.stringify(draftOf(next));
  }, []);

  return { flush, reset };
}
