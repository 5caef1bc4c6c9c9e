import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { orderKeys, useOrderEvent } from '../../api/orders.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { actionErrorKey, type BuyerAction, buyerActionsOf, checkReason, REASON_RULE } from './buyerActions.js';

type Outcome = { tone: 'success' | 'error'; key: string } | null;

/**
 * The buyer's buttons: "Accept" the completed terms, "Ask for changes" (a comment), "Decline"
 * (a reason), "Cancel order" while waiting for perfection, "Confirm receipt". Each asks first in
 * a dialog and sends {event, version}; a 409 (someone changed the order meanwhile) is explained
 * and the order reloaded, so the buyer decides again on what is there now.
 */
export function BuyerOrderActions({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useOrderEvent('buyer', order.id);
  const [action, setAction] = useState<BuyerAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const actions = buyerActionsOf(order.allowedEvents);

  const open = (next: BuyerAction) => {
    setAction(next);
    setReason('');
    setReasonError(null);
    setOutcome(null);
  };
  const close = () => setAction(null);
  const send = () => {
    if (!action) return;
    const checked = checkReason(action, reason);
    if ('error' in checked) {
      setReasonError(checked.error);
      return;
    }
    mutation.mutate(
      { event: action, version: order.version, ...checked },
      {
        onSuccess: () => {
          setOutcome({ tone: 'success', key: `orders.actions.${action}.done` });
          close();
        },
        onError: (error) => {
          const failure = actionErrorKey(error, (key) => i18n.exists(key));
          if (failure.conflict) {
            void queryClient.invalidateQueries({ queryKey: orderKeys.detail('buyer', order.id) });
            void queryClient.invalidateQueries({ queryKey: ['account', 'orders', 'buyer', 'list'] });
            close();
          }
          setOutcome({ tone: 'error', key: failure.key });
        },
      },
    );
  };

  const rule = action ? REASON_RULE[action] : 'none';
  return (
    <div className="order-actions" data-testid="buyer-actions">
      {outcome ? (
        <FormAlert tone={outcome.tone} testId={outcome.tone === 'error' ? 'action-error' : 'action-done'}>
          {t(outcome.key)}
        </FormAlert>
      ) : null}
      {actions.length ? (
        <div className="button-row">
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              className={a === 'accept' || a === 'confirm_receipt' ? 'btn btn-primary' : 'btn btn-ghost'}
              onClick={() => open(a)}
              data-testid={`action-${a}`}
            >
              {t(`orders.actions.${a}.button`)}
            </button>
          ))}
        </div>
      ) : null}
      <ConfirmDialog
        open={action !== null}
        title={action ? t(`orders.actions.${action}.title`, { number: order.number }) : ''}
        confirmLabel={action ? t(`orders.actions.${action}.confirm`) : ''}
        cancelLabel={t('orders.actions.back')}
        onCancel={close}
        onConfirm={send}
        busy={mutation.isPending}
        tone={action === 'cancel' || action === 'buyer_decline' ? 'danger' : 'primary'}
        testId="order-action-dialog"
      >
        <p>{action ? t(`orders.actions.${action}.body`) : null}</p>
        {rule !== 'none' ? (
          <TextAreaField
            label={t(rule === 'required' ? `orders.actions.${action}.reason` : 'orders.actions.optionalReason')}
            name="reason"
            value={reason}
            maxLength={1000}
            required={rule === 'required'}
            error={reasonError ? t(`validation.${reasonError}`) : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setReasonError(null);
            }}
          />
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
