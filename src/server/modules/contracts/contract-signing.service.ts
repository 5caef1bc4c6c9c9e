import type { Contract, SignedCopyUpload } from '../../../shared/schemas/documents.js';
import { mayUploadSignedCopy, type ContractState } from '../../../shared/state-machines/contract.js';
import type { Db } from '../../db/client.js';
import type { ModuleContext } from '../../platform/module-context.js';
import type { FilesService } from '../files/index.js';
import {
  insertOrderEvent,
  mailOrderParty,
  orderWithViewer,
  setOrderDocumentStatus,
  type OrderRow,
  type OrderTransitionService,
} from '../orders/index.js';
import { contractStateConflict, noContractYet, staffReadOnly, versionOutdated } from './contract-errors.js';
import type { ContractUser } from './contracts.service.js';
import {
  findContractByOrder,
  insertSignedCopy,
  isOtherVersionPdf,
  lockContractByOrder,
  partiesSigned,
  updateContractGuarded,
} from './contracts.repo.js';

export type SigningDeps = Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> & {
  files: Pick<FilesService, 'ownFile'>;
  orderTransitions: Pick<OrderTransitionService, 'applySystemInTx'>;
  view: (db: Db, order: OrderRow, viewer: 'buyer' | 'supplier') => Promise<Contract>;
};

/**
 * "Sign, seal and upload the contract" (guide 5.2): each party uploads its scan of the confirmed
 * version (the supplier from `confirmed`, the buyer once `agreed`); a party may replace its copy,
 * every copy is kept with its SHA-256. The upload that completes the pair (both parties, the
 * confirmed version, contract `agreed`) signs the contract and starts production in the same
 * transaction. Uploads queue on the contract row (SELECT … FOR UPDATE), so two uploads racing
 * each see the other's copy or come first — the contract is signed exactly once.
 */
export function createSigningService(deps: SigningDeps) {
  const { db, clock } = deps;

  async function upload(user: ContractUser, orderId: string, input: SignedCopyUpload): Promise<Contract> {
    const { order, viewer } = await orderWithViewer(db, orderId, user);
    if (viewer === 'staff') throw staffReadOnly();
    const party = viewer;
    const before = await findContractByOrder(db, orderId);
    if (!before) throw noContractYet('upload_signed_copy');
    if (!mayUploadSignedCopy(before.status as ContractState, party)) {
      throw contractStateConflict(before.status, 'upload_signed_copy');
    }
    if (input.versionNo !== before.confirmedVersionNo)
      throw versionOutdated(input.versionNo, before.confirmedVersionNo);
    const file = await deps.files.ownFile(user.id, input.fileId, 'contract_signed_copy');
    // The PDF of another version, uploaded as it was downloaded: not a copy of the confirmed one.
    if (await isOtherVersionPdf(db, before.id, input.versionNo, file.sha256)) {
      throw versionOutdated(input.versionNo, before.confirmedVersionNo);
    }
    const now = clock.now();

    return db.transaction(async (tx) => {
      // Checked again under the lock: the state or the confirmed version may have moved meanwhile.
      const contract = await lockContractByOrder(tx, orderId);
      if (!contract || !mayUploadSignedCopy(contract.status as ContractState, party)) {
        throw contractStateConflict(contract?.status ?? null, 'upload_signed_copy');
      }
      if (input.versionNo !== contract.confirmedVersionNo) {
        throw versionOutdated(input.versionNo, contract.confirmedVersionNo);
      }
      await insertSignedCopy(tx, {
        contractId: contract.id,
        party,
        versionNo: input.versionNo,
        fileId: file.id,
        sha256: file.sha256,
        uploadedBy: user.id,
        createdAt: now,
      });
      await insertOrderEvent(tx, {
        orderId,
        kind: 'contract_signed_copy',
        actorId: user.id,
        actorRole: party,
        changes: [{ field: 'contract.signedVersionNo', from: null, to: String(input.versionNo) }],
        note: file.originalName,
        createdAt: now,
      });
      await mailOrderParty(tx, deps, order, party === 'buyer' ? 'supplier' : 'buyer', 'contract_signed_copy');

      if (contract.status === 'agreed') {
        const signed = await partiesSigned(tx, contract.id, input.versionNo);
        if (signed.has('buyer') && signed.has('supplier')) {
          const done = await updateContractGuarded(
            tx,
            contract.id,
            { sources: ['agreed'] },
            { status: 'signed', signedAt: now },
          );
          if (done) {
            await setOrderDocumentStatus(tx, orderId, { contractStatus: 'signed' });
            // A millisecond after the upload: the timeline (ordered by time) shows the cause first.
            await deps.orderTransitions.applySystemInTx(tx, orderId, 'start_production', new Date(now.getTime() + 1));
          }
        }
      }
      return deps.view(tx, order, party);
    });
  }

  return { upload };
}
export type SigningService = ReturnType<typeof createSigningService>;
