import type { Contract, ContractVersion, SignedCopy } from '../../../shared/schemas/documents.js';
import {
  contractEditable,
  contractEventsFor,
  mayUploadSignedCopy,
  type ContractState,
} from '../../../shared/state-machines/contract.js';
import type { OrderViewer } from '../orders/index.js';
import type { ContractRow, ContractVersionRow, SignedCopyWithFile } from './contracts.repo.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function version(row: ContractVersionRow): ContractVersion {
  return {
    versionNo: row.versionNo,
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    clauses: row.clauses,
    contentSha256: row.contentSha256,
    pdfSha256: row.pdfSha256,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: iso(row.confirmedAt),
  };
}

/** Only a confirmed version is the buyer's to see; drafts stay the supplier's. */
export const visibleTo = (viewer: OrderViewer, row: Pick<ContractVersionRow, 'confirmedAt'>) =>
  viewer !== 'buyer' || row.confirmedAt !== null;

/**
 * The contract as `viewer` sees it: its buttons (none for staff), the versions it may read and
 * every signed copy, a copy of anything but the confirmed version flagged outdated.
 */
export function toContract(
  viewer: OrderViewer,
  contract: ContractRow,
  versions: readonly ContractVersionRow[],
  copies: readonly SignedCopyWithFile[],
): Contract {
  const state = contract.status as ContractState;
  const party = viewer === 'staff' ? null : viewer;
  return {
    number: contract.number,
    status: state,
    version: contract.version,
    currentVersionNo: contract.currentVersionNo,
    confirmedVersionNo: contract.confirmedVersionNo,
    buyerComment: contract.buyerComment,
    allowedEvents: party ? contractEventsFor(state, party) : [],
    canEdit: party === 'supplier' && contractEditable(state),
    canUploadSignedCopy: party !== null && mayUploadSignedCopy(state, party),
    versions: versions.filter((v) => visibleTo(viewer, v)).map(version),
    signedCopies: copies.map(({ copy, fileName, contentType }): SignedCopy => ({
      id: copy.id,
      party: copy.party === 'buyer' ? 'buyer' : 'supplier',
      versionNo: copy.versionNo,
      fileName,
      contentType,
      sha256: copy.sha256,
      outdated: copy.versionNo !== contract.confirmedVersionNo,
      uploadedAt: copy.createdAt.toISOString(),
    })),
    signedAt: iso(contract.signedAt),
  };
}
