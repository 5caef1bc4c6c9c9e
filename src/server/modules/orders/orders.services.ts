import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { createOrderQueryService } from './order-query.service.js';
import { createSubmitService } from './order-submit.service.js';
import { createOrderTermsService, type TermsDeps } from './order-terms.service.js';
import { createOrderTransitionService, type TransitionDeps } from './order-transition.service.js';

/** The orders module's services, built once from its deps and shared by its routes and its job. */
export function createOrdersServices(deps: TermsDeps & Pick<TransitionDeps, 'onTransition'>) {
  const query = createOrderQueryService(deps);
  const detailOf = (userId: string, id: string): Promise<OrderDetail> => query.buyerDetail(userId, id);
  return {
    query,
    submit: createSubmitService(deps, detailOf),
    transitions: createOrderTransitionService(deps),
    terms: createOrderTermsService(deps),
  };
}
export type OrdersServices = ReturnType<typeof createOrdersServices>;
