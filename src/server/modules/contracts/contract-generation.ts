import { platformDay } from '../../../shared/working-days.js';
import type { Clock } from '../../platform/clock.js';
import { contentSha256 } from '../../platform/pdf/index.js';
import { setOrderDocumentStatus, type OrderTransitionListener } from '../orders/index.js';
import { defaultClauses } from './contract-defaults.js';
import { buildContractModel } from './contract-model.js';
import { insertContract, insertContractVersion, orderLinesForContract } from './contracts.repo.js';

/**
 * "The platform will automatically generate a contract" (guide 5.2): when the buyer accepts the
 * supplier's completed terms, inside the same transaction as the order's `accept`, the contract
 * is made from the order's frozen snapshots — version 1 with default clauses, its document model
 * and that model's SHA-256. An order has one contract: a second `accept` (only possible when a
 * test writes the status around the machine) leaves the existing one alone.
 */
export function contractOnOrderTransition(deps: { clock: Clock }): OrderTransitionListener {
  return async (tx, event, order, actor) => {
    if (event !== 'accept') return;
    const now = deps.clock.now();
    const clauses = defaultClauses(order);
    const model = buildContractModel(order, await orderLinesForContract(tx, order.id), clauses, {
      versionNo: 1,
      date: platformDay(now),
    });
    const contract = await insertContract(tx, {
      orderId: order.id,
      number: model.contractNumber,
      status: 'drafting',
      currentVersionNo: 1,
      createdAt: now,
      updatedAt: now,
    });
    if (!contract) return;
    await insertContractVersion(tx, {
      contractId: contract.id,
      versionNo: 1,
      templateId: model.templateId,
      templateVersion: model.templateVersion,
      clauses,
      model,
      contentSha256: contentSha256(model),
      createdBy: actor.userId,
      createdAt: now,
    });
    await setOrderDocumentStatus(tx, order.id, { contractStatus: 'drafting' });
  };
}
