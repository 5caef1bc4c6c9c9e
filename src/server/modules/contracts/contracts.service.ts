import type {
  Contract,
  ContractClauses,
  ContractEventRequest,
  ContractSave,
} from '../../../shared/schemas/documents.js';
import type { FieldChange } from '../../../shared/schemas/orders.js';
import {
  CONTRACT_EVENT_ACTOR,
  contractEditable,
  contractMachine,
  type ContractEvent,
  type ContractState,
} from '../../../shared/state-machines/contract.js';
import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { RequestUser } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { contentSha256 } from '../../platform/pdf/index.js';
import {
  insertOrderEvent,
  mailOrderParty,
  orderWithViewer,
  requireViewer,
  setOrderDocumentStatus,
  type OrderMailKind,
  type OrderRow,
} from '../orders/index.js';
import { contractStateConflict, noContractYet, staffReadOnly } from './contract-errors.js';
import { buildContractModel } from './contract-model.js';
import {
  contractStateOf,
  findContractByOrder,
  findVersion,
  insertContractVersion,
  markVersionConfirmed,
  orderLinesForContract,
  updateContractGuarded,
  type ContractInsert,
  type ContractRow,
} from './contracts.repo.js';

export type ContractUser = Pick<RequestUser, 'id' | 'supplierId' | 'roles'>;
export type ContractServiceDeps = Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> & {
  /** The contract as the caller now sees it (the documents service's reader). */
  view: (db: Db, order: OrderRow, viewer: 'buyer' | 'supplier') => Promise<Contract>;
};

/** The clause-by-clause difference of two versions (the timeline shows old → new). */
export function clauseChanges(before: ContractClauses, after: ContractClauses): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof ContractClauses)[];
  const shown = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
  return keys
    .filter((k) => shown(before[k]) !== shown(after[k]))
    .map((k) => ({ field: `contract.${k}`, from: shown(before[k]), to: shown(after[k]) }));
}

/** Why a guarded update changed nothing: someone else moved first (version) or the state is wrong. */
async function conflictOf(tx: Db, contract: ContractRow, sources: readonly ContractState[], action: string) {
  const latest = await contractStateOf(tx, contract.id);
  if (latest && sources.includes(latest.status as ContractState)) {
    return new AppError('VERSION_CONFLICT', 'The contract was changed in the meantime');
  }
  return contractStateConflict(latest?.status ?? contract.status, action);
}

/**
 * The supplier furnishes the contract (each save a new version, the old ones kept) and the
 * parties move it through its machine (src/shared/state-machines/contract.ts): guarded updates
 * with the version the caller saw; the order's timeline and the other party's mail commit with it.
 */
export function createContractService(deps: ContractServiceDeps) {
  const { db, clock } = deps;

  async function partyContract(user: ContractUser, orderId: string) {
    const { order, viewer } = await orderWithViewer(db, orderId, user);
    if (viewer === 'staff') throw staffReadOnly();
    return { order, viewer, contract: await findContractByOrder(db, orderId) };
  }

  async function save(user: ContractUser, orderId: string, input: ContractSave): Promise<Contract> {
    const { order, viewer, contract } = await partyContract(user, orderId);
    requireViewer(viewer, 'supplier');
    if (!contract) throw noContractYet('save');
    if (!contractEditable(contract.status as ContractState)) throw contractStateConflict(contract.status, 'save');
    const [lines, previous] = await Promise.all([
      orderLinesForContract(db, orderId),
      findVersion(db, contract.id, contract.currentVersionNo),
    ]);
    const now = clock.now();
    const versionNo = contract.currentVersionNo + 1;
    const model = buildContractModel(order, lines, input.clauses, { versionNo, date: platformDay(now) });
    return db.transaction(async (tx) => {
      const updated = await updateContractGuarded(
        tx,
        contract.id,
        { version: input.version, sources: ['drafting'] },
        { currentVersionNo: versionNo },
      );
      if (!updated) throw await conflictOf(tx, contract, ['drafting'], 'save');
      await insertContractVersion(tx, {
        contractId: contract.id,
        versionNo,
        templateId: model.templateId,
        templateVersion: model.templateVersion,
        clauses: input.clauses,
        model,
        contentSha256: contentSha256(model),
        createdBy: user.id,
        createdAt: now,
      });
      await insertOrderEvent(tx, {
        orderId,
        kind: 'contract_saved',
        actorId: user.id,
        actorRole: 'supplier',
        changes: [
          { field: 'contract.versionNo', from: String(contract.currentVersionNo), to: String(versionNo) },
          ...(previous ? clauseChanges(previous.clauses, input.clauses) : []),
        ],
        createdAt: now,
      });
      return deps.view(tx, order, 'supplier');
    });
  }

  async function fire(user: ContractUser, orderId: string, request: ContractEventRequest): Promise<Contract> {
    const { order, viewer, contract } = await partyContract(user, orderId);
    const { event } = request;
    if (CONTRACT_EVENT_ACTOR[event] !== viewer) {
      throw new AppError('FORBIDDEN', `The ${CONTRACT_EVENT_ACTOR[event]} fires "${event}"`, [
        { path: 'event', code: 'event_not_yours' },
      ]);
    }
    const party = viewer === 'buyer' ? 'buyer' : 'supplier';
    if (!contract) throw noContractYet(event);
    const from = contract.status as ContractState;
    const to = contractMachine.next(from, event);
    if (!to) throw contractStateConflict(from, event);
    const comment = request.comment?.trim() || null;
    if (event === 'request_changes' && !comment) {
      throw new AppError('VALIDATION_FAILED', 'comment is required', [{ path: 'comment', code: 'required' }]);
    }
    const now = clock.now();
    const sources = contractMachine.sourcesOf(event);
    return db.transaction(async (tx) => {
      const updated = await updateContractGuarded(
        tx,
        contract.id,
        { version: request.version, sources },
        {
          status: to,
          ...effectOf(event, contract, comment),
        },
      );
      if (!updated) throw await conflictOf(tx, contract, sources, event);
      if (event === 'confirm') await markVersionConfirmed(tx, contract.id, contract.currentVersionNo, now);
      await setOrderDocumentStatus(tx, orderId, { contractStatus: to });
      await insertOrderEvent(tx, {
        orderId,
        kind: `contract_${event}`,
        actorId: user.id,
        actorRole: party,
        changes: [
          { field: 'contract.status', from, to },
          ...(event === 'confirm'
            ? [
                {
                  field: 'contract.confirmedVersionNo',
                  from: contract.confirmedVersionNo === null ? null : String(contract.confirmedVersionNo),
                  to: String(contract.currentVersionNo),
                },
              ]
            : []),
        ],
        note: comment,
        createdAt: now,
      });
      await mailOrderParty(
        tx,
        deps,
        order,
        party === 'buyer' ? 'supplier' : 'buyer',
        `contract_${event}` as OrderMailKind,
        {
          reason: comment,
        },
      );
      return deps.view(tx, order, party);
    });
  }

  return { save, fire };
}

/** What an event records besides the state. */
function effectOf(event: ContractEvent, contract: ContractRow, comment: string | null): Partial<ContractInsert> {
  switch (event) {
    case 'confirm':
      return { confirmedVersionNo: contract.currentVersionNo };
    case 'request_changes':
      // Back to the supplier: no version is confirmed now, so every signed copy so far is outdated.
      return { confirmedVersionNo: null, buyerComment: comment };
    default:
      return {};
  }
}
export type ContractService = ReturnType<typeof createContractService>;
