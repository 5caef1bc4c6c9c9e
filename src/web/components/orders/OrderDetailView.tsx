import '../../styles/orders.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { Fact, TimeFact } from '../facts/Fact.js';
import { InvoiceContractSection, INVOICE_CONTRACT_ANCHOR } from '../documents/InvoiceContractSection.js';
import { FormAlert } from '../forms/FormAlert.js';
import { OrderLinesTable } from './OrderLinesTable.js';
import { OrderParties } from './OrderParties.js';
import { OrderProgress } from './OrderProgress.js';
import { OrderStatusBadge } from './OrderStatusBadge.js';
import { OrderTermsBlock } from './OrderTermsBlock.js';
import { OrderTimeline } from './OrderTimeline.js';
import { termsDiffer } from './termsDifference.js';

/**
 * One order for any viewer ("View Details", guide 5.1 and 5.4): number, status and dates, the
 * lines with the supplier's changes marked, the terms, the request and both parties, shipment,
 * payments, "Invoice & Contract" (contract and invoices, for all three viewers; #invoice-contract),
 * and the timeline. `actions` is the viewer's part (buyer's buttons, supplier's panel);
 * staff pass none and read only.
 */
export function OrderDetailView({
  order,
  backTo,
  notice,
  actions,
  titleLevel = 'h2',
}: {
  order: OrderDetail;
  backTo: { label: string; path: string };
  /** A message above the order (an action's outcome, a conflict). */
  notice?: ReactNode;
  actions?: ReactNode;
  /** h1 on a page of its own, h2 inside the supplier center (whose h1 is "Supplier Management"). */
  titleLevel?: 'h1' | 'h2';
}) {
  const { t } = useTranslation();
  const changed = termsDiffer(order);
  const Title = titleLevel;
  return (
    <article
      className="order-detail"
      aria-labelledby="order-title"
      data-testid="order-detail"
      data-viewer={order.viewer}
    >
      <p>
        <Link to={backTo.path}>{backTo.label}</Link>
      </p>
      <header className="order-head">
        <Title id="order-title">
          {t('orders.detail.title', { number: order.number })}{' '}
          <OrderStatusBadge status={order.status} testId="order-detail-status" />
        </Title>
        <dl className="facts facts-inline">
          <Fact label={t('orders.fields.number')}>
            <span className="mono" data-testid="order-number">
              {order.number}
            </span>
          </Fact>
          <TimeFact label={t('orders.fields.createdAt')} at={order.createdAt} />
          <TimeFact label={t('orders.fields.confirmedAt')} at={order.confirmedAt} />
          <TimeFact label={t('orders.fields.acceptedAt')} at={order.acceptedAt} />
        </dl>
        {order.statusReason ? (
          <p className="order-reason" data-testid="order-status-reason">
            {t('orders.detail.statusReason', { reason: order.statusReason })}
          </p>
        ) : null}
      </header>
      <nav className="order-sections" aria-label={t('documents.sectionsNav')}>
        <a href={`#${INVOICE_CONTRACT_ANCHOR}`} data-testid="invoice-contract-link">
          {t('terms.invoiceAndContract')}
        </a>
      </nav>
      {notice}
      {actions}
      {changed ? (
        <FormAlert tone="info" testId="terms-changed">
          {t('orders.detail.termsChanged')}
        </FormAlert>
      ) : null}
      <section className="card order-section" aria-labelledby="order-lines-title">
        <h3 id="order-lines-title">{t('orders.detail.lines')}</h3>
        <OrderLinesTable order={order} />
      </section>
      <OrderTermsBlock order={order} />
      <InvoiceContractSection order={order} />
      <OrderProgress order={order} />
      <OrderParties order={order} />
      <OrderTimeline events={order.timeline} />
    </article>
  );
}
