import { changedFields, type TermsField, type TermsValues, valueOf, withServerValues, withValue } from './termsForm.js';

/**
 * What the terms form knows, as a reducer (no React): the values as typed, the values of the
 * order version it last took from the server, and when each field was last edited. Answers can
 * arrive late (a slow save, a refetch, another tab): what the supplier typed after a request was
 * sent is never replaced by its answer, and an answer older than the version already shown is
 * ignored.
 */
export interface TermsEditorState {
  values: TermsValues;
  /** The server's values at `version` (what is saved). */
  saved: TermsValues;
  version: number;
  /** Edit counter: increases with every change typed or chosen. */
  seq: number;
  /** The counter's value at each field's last edit. */
  editedAt: Partial<Record<TermsField, number>>;
}

export type TermsEditorAction =
  | { type: 'edit'; field: TermsField; value: string }
  | {
      type: 'adopt';
      saved: TermsValues;
      version: number;
      /**
       * The edit counter when the request that produced this answer was sent (our own save):
       * fields edited after it keep their typed value, the others take the server's.
       * Absent for a version from elsewhere (refetch, reload after a conflict): then every
       * unsaved change is kept.
       */
      sentAt?: number;
    };

export function initialTermsState(saved: TermsValues, version: number): TermsEditorState {
  return { values: saved, saved, version, seq: 0, editedAt: {} };
}

export function termsEditorReducer(state: TermsEditorState, action: TermsEditorAction): TermsEditorState {
  switch (action.type) {
    case 'edit': {
      if (valueOf(state.values, action.field) === action.value) return state;
      const seq = state.seq + 1;
      return {
        ...state,
        seq,
        values: withValue(state.values, action.field, action.value),
        editedAt: { ...state.editedAt, [action.field]: seq },
      };
    }
    case 'adopt': {
      // An older answer than what is shown (or the same version again) changes nothing.
      if (action.version <= state.version) return state;
      const { sentAt } = action;
      const keep = new Set<TermsField>(
        sentAt === undefined
          ? changedFields(state.values, state.saved)
          : (Object.entries(state.editedAt) as [TermsField, number][])
              .filter(([, at]) => at > sentAt)
              .map(([field]) => field),
      );
      return {
        ...state,
        values: withServerValues(state.values, action.saved, keep),
        saved: action.saved,
        version: action.version,
      };
    }
  }
}

/** Unsaved changes: fields whose typed value is not the saved one. */
export function unsavedFields(state: TermsEditorState): TermsField[] {
  return changedFields(state.values, state.saved);
}
