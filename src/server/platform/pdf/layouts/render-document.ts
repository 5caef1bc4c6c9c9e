import type { DocumentModel } from '../document-models.js';
import { renderContract } from './contract.layout.js';
import { renderInvoice } from './invoice.layout.js';
import { renderPackingList } from './packing-list.layout.js';

/** One model → its PDF bytes and page count. Runs inside a render worker (or a test). */
export async function renderDocument(
  model: DocumentModel,
  contentSha256: string,
): Promise<{ pdf: Buffer; pages: number }> {
  switch (model.kind) {
    case 'contract':
      return renderContract(model, contentSha256);
    case 'commercial_invoice':
    case 'proforma_invoice':
      return renderInvoice(model, contentSha256);
    case 'packing_list':
      return renderPackingList(model, contentSha256);
  }
}
