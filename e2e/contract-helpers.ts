/**
 * The contract of an order driven through the API (issue 13): for journeys that need an order past
 * contract signing but test other pages. Production starts by itself once both signed copies of
 * the confirmed version are in (docs/decisions/0011-contracts-and-invoices.md).
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Contract, OrderDocuments } from '../src/shared/schemas/documents.js';
import { apiCall, makePdf } from './supplier-helpers.js';

async function uploadScan(request: APIRequestContext, label: string): Promise<string> {
  const origin = new URL((await request.get('/readyz')).url()).origin;
  const response = await request.post('/api/files?purpose=contract_signed_copy', {
    headers: { origin },
    multipart: { file: { name: 'signed-contract.pdf', mimeType: 'application/pdf', buffer: makePdf(label) } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { file: { id: string } }).file.id;
}

/** The supplier confirms the generated contract, the buyer accepts it, both upload a signed copy. */
export async function signContractThroughApi(parties: { buyer: Page; supplier: Page }, orderId: string) {
  const url = `/api/orders/${orderId}/contract`;
  const docs = (await (
    await parties.supplier.request.get(`/api/orders/${orderId}/documents`)
  ).json()) as OrderDocuments;
  type Answer = { contract: Contract };
  const confirmed = (await apiCall(parties.supplier.request, 'POST', `${url}/events`, {
    event: 'confirm',
    version: docs.contract!.version,
  })) as Answer;
  await apiCall(parties.buyer.request, 'POST', `${url}/events`, {
    event: 'accept',
    version: confirmed.contract.version,
  });
  const versionNo = confirmed.contract.confirmedVersionNo!;
  for (const page of [parties.supplier, parties.buyer]) {
    const fileId = await uploadScan(page.request, `${confirmed.contract.number} version ${versionNo} signed`);
    await apiCall(page.request, 'POST', `${url}/signed-copies`, { versionNo, fileId });
  }
}
