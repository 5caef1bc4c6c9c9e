import { useTranslation } from 'react-i18next';
import type { OrderState } from '../../../shared/state-machines/order.js';

/** An order's state: "Waiting for perfection" (待完善) … "Completed", coloured by state. */
export function OrderStatusBadge({ status, testId }: { status: OrderState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge order-status order-status-${status}`}
      data-testid={testId ?? 'order-status'}
      data-status={status}
    >
      {t(`orders.status.${status}`)}
    </span>
  );
}
