import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useCallback, useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderDetail, orderTermsSchema } from '../../../../shared/schemas/orders.js';
import { useOrderEvent, useSaveOrderTerms } from '../../../api/orders.js';
import { issueCode, useFieldErrors } from '../../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../../hooks/useFocusFirstInvalid.js';
import { useFormat } from '../../../hooks/useFormat.js';
import { today } from './dates.js';
import { orderConflictOf, reloadOrder } from './orderErrors.js';
import { followProposal, proposePaymentTerms } from './paymentTerms.js';
import { initialTermsState, termsEditorReducer, unsavedFields } from './termsEditor.js';
import {
  fieldOfPath,
  type PaymentMethod,
  type TermsField,
  termsFields,
  toTermsRequest,
  toTermsValues,
  totalsOutdated,
} from './termsForm.js';
import type { SetNotice } from './usePanelNotice.js';

/**
 * The terms form's state and actions: edit, Save (PUT terms with the version it knows), Confirm
 * (saves pending changes first, then sends `confirm` with the new version), Decline. A save's
 * answer never overwrites what was typed after it was sent (termsEditor.ts); a 409 reloads the
 * order and keeps every unsaved value.
 */
export function useTermsEditor(order: OrderDetail, formRef: RefObject<HTMLFormElement | null>, setNotice: SetNotice) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const save = useSaveOrderTerms(order.id);
  const event = useOrderEvent('supplier', order.id);
  const errors = useFieldErrors(termsFields(order.lines.length));
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const propose = useCallback(
    (method: PaymentMethod | '', deposit: string) => {
      const proposal = proposePaymentTerms(method, deposit);
      if (!proposal) return '';
      return t(proposal.key, {
        deposit: format.percent((proposal.deposit ?? 0) / 100),
        balance: format.percent((proposal.balance ?? 0) / 100),
      });
    },
    [t, format],
  );

  const valuesOf = useCallback((o: OrderDetail) => toTermsValues(o, today(), propose), [propose]);
  const [state, dispatch] = useReducer(termsEditorReducer, order, (o) => initialTermsState(valuesOf(o), o.version));

  // A newer version from elsewhere (a refetch, another tab, the reload after a conflict).
  useEffect(() => {
    dispatch({ type: 'adopt', saved: valuesOf(order), version: order.version });
  }, [order, valuesOf]);

  const edit = (field: TermsField, value: string) => {
    dispatch({ type: 'edit', field, value });
    errors.setError(field, undefined);
  };

  /** Method or deposit changed: the payment terms follow while they are still the proposal. */
  const editPayment = (field: 'paymentMethod' | 'depositPercent', value: string) => {
    const next = { ...state.values, [field]: value };
    const before = propose(state.values.paymentMethod, state.values.depositPercent);
    const after = propose(next.paymentMethod, next.depositPercent);
    edit(field, value);
    edit('paymentTerms', followProposal(state.values.paymentTerms, before, after));
  };

  const onError = async (error: unknown) => {
    const conflict = orderConflictOf(error);
    if (conflict) {
      // The latest order is loaded; the reducer keeps every unsaved value (adopt without sentAt).
      setNotice({ tone: 'error', key: conflict });
      await reloadOrder(queryClient, order.id).catch(() => undefined);
      return;
    }
    setNotice(null);
    errors.applyApiError(error);
    focusFirstInvalid();
  };

  /** Checks with the shared schema (as the server does) and saves; the saved order, or null. */
  const saveNow = async (): Promise<OrderDetail | null> => {
    errors.clear();
    const parsed = orderTermsSchema.safeParse(toTermsRequest(state.values, state.version, order.tradeType));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path.join('.'), order.lines.length);
        if (field) errors.setError(field, issueCode(issue.message));
      }
      errors.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      focusFirstInvalid();
      return null;
    }
    const sentAt = state.seq;
    try {
      const { order: saved } = await save.mutateAsync(parsed.data);
      dispatch({ type: 'adopt', saved: valuesOf(saved), version: saved.version, sentAt });
      return saved;
    } catch (error) {
      await onError(error);
      return null;
    }
  };

  const onSave = async () => {
    if ((await saveNow()) !== null) setNotice({ tone: 'success', key: 'saved' });
  };

  const onConfirm = async () => {
    const pending = unsavedFields(state).length > 0 || order.terms.savedAt === null;
    const base = pending ? await saveNow() : { version: state.version };
    if (!base) return;
    try {
      await event.mutateAsync({ event: 'confirm', version: base.version });
      setNotice({ tone: 'success', key: 'confirmed' });
    } catch (error) {
      await onError(error);
    }
  };

  /** Declines with the reason. A conflict is shown by the panel; other errors go to the dialog. */
  const onDecline = async (reason: string): Promise<void> => {
    try {
      await event.mutateAsync({ event: 'decline', version: state.version, reason });
      setNotice({ tone: 'success', key: 'declined' });
    } catch (error) {
      if (!orderConflictOf(error)) throw error;
      await onError(error);
    }
  };

  return {
    values: state.values,
    saved: state.saved,
    errors,
    busy: save.isPending || event.isPending,
    saving: save.isPending,
    totalsOutdated: totalsOutdated(state.values, state.saved),
    unsaved: unsavedFields(state).length > 0,
    proposal: propose(state.values.paymentMethod, state.values.depositPercent),
    edit,
    editPayment,
    onSave,
    onConfirm,
    onDecline,
  };
}
export type TermsEditor = ReturnType<typeof useTermsEditor>;
