import { useTranslation } from 'react-i18next';
import type { FieldChange, OrderTimelineEvent } from '../../../shared/schemas/orders.js';
import { OrderStatusBadge } from './OrderStatusBadge.js';
import { useOrderFormat } from './useOrderFormat.js';

/** The kinds the server writes: 'submitted', an order event, 'terms_saved', 'payment_recorded', the documents'. */
const KNOWN_KINDS = new Set([
  'submitted',
  'terms_saved',
  'payment_recorded',
  'confirm',
  'decline',
  'cancel',
  'accept',
  'buyer_decline',
  'request_changes',
  'expire',
  'start_production',
  'ship',
  'deliver',
  'confirm_receipt',
  // "Invoice & Contract" (issue 13): the contract's and the invoices' own events.
  'contract_saved',
  'contract_confirm',
  'contract_accept',
  'contract_request_changes',
  'contract_signed_copy',
  'invoice_recorded',
  'export_invoice_confirmed',
]);

/** Fields whose values are codes with a translation (payment method, payment kind). */
const VALUE_KEYS: Partial<Record<string, string>> = {
  paymentMethod: 'orders.paymentMethods',
  paymentKind: 'orders.paymentKinds',
  'contract.status': 'documents.contractStatus',
  'contract.arbitrationBody': 'documents.arbitration',
  'contract.governingLaw': 'documents.law',
};

/** A field's name: the orders' own, else a contract clause's label from the furnish form. */
function fieldKey(field: string): string[] {
  const clause = /^contract\.(\w+)$/.exec(field)?.[1];
  return [`orders.fields.${field}`, ...(clause ? [`documents.clauses.${clause}`] : [])];
}

/** One changed field: "Payment method: T/T → L/C at sight"; days as the language writes them. */
function ChangeLine({ change }: { change: FieldChange }) {
  const { t, i18n } = useTranslation();
  const of = useOrderFormat();
  const key = fieldKey(change.field).find((k) => i18n.exists(k));
  const field = key ? t(key) : change.field;
  const shown = (value: string | null) => {
    if (value === null) return t('orders.timeline.empty');
    const keyed = VALUE_KEYS[change.field];
    if (keyed && i18n.exists(`${keyed}.${value}`)) return t(`${keyed}.${value}`);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? of.day(value) : value;
  };
  return (
    <li data-testid="timeline-change">
      {change.line !== undefined ? `${t('orders.timeline.line', { number: of.number(change.line) })} · ` : null}
      {t('orders.timeline.change', { field, from: shown(change.from), to: shown(change.to) })}
    </li>
  );
}

/**
 * The order's history both parties see (guide 5.4), latest first as the server sends it: who
 * (buyer, supplier, system, staff), when, what happened, old → new values, and the reason or note.
 */
export function OrderTimeline({ events }: { events: OrderTimelineEvent[] }) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  return (
    <section className="card order-section" aria-labelledby="order-timeline-title" data-testid="order-timeline">
      <h3 id="order-timeline-title">{t('orders.detail.timeline')}</h3>
      {events.length === 0 ? <p className="muted">{t('orders.timeline.none')}</p> : null}
      <ol className="order-timeline">
        {events.map((event) => (
          <li key={event.id} data-testid="timeline-event" data-kind={event.kind}>
            <div className="timeline-head">
              <strong>
                {KNOWN_KINDS.has(event.kind)
                  ? t(`orders.timeline.kinds.${event.kind}`)
                  : t('orders.timeline.kinds.other', { kind: event.kind })}
              </strong>
              <span className="muted">
                {t(`orders.actor.${event.actorRole}`)} ·{' '}
                <time dateTime={event.createdAt}>{of.dateTime(event.createdAt)}</time>
              </span>
            </div>
            {event.toStatus && event.toStatus !== event.fromStatus ? (
              <p className="timeline-status">
                {event.fromStatus ? (
                  <>
                    <OrderStatusBadge status={event.fromStatus} testId="timeline-from" />
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden">{t('orders.timeline.to')}</span>
                  </>
                ) : null}
                <OrderStatusBadge status={event.toStatus} testId="timeline-to" />
              </p>
            ) : null}
            {event.changes.length ? (
              <ul className="timeline-changes">
                {event.changes.map((change, i) => (
                  <ChangeLine key={`${change.field}-${change.line ?? ''}-${i}`} change={change} />
                ))}
              </ul>
            ) : null}
            {event.note ? (
              <p className="timeline-note pre-line" data-testid="timeline-note">
                {t('orders.timeline.note', { note: event.note })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
