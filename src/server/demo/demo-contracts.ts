/**
 * The demo orders' contracts (issue 13, guide 5.2), through the real API: the contract generated
 * at the buyer's acceptance is furnished by the supplier (a second version, the first kept),
 * confirmed, accepted by the buyer, and both parties upload a signed and sealed scan of the
 * confirmed version — which signs the contract and starts production.
 */
import type { Contract, ContractClauses, OrderDocuments } from '../../shared/schemas/documents.js';
import type { OrderDetail } from '../../shared/schemas/orders.js';
import type { DemoClient } from './demo-client.js';
import { pdf } from './sample-files.js';

type ContractAnswer = { contract: Contract };

export async function signDemoContract(
  client: DemoClient,
  sessions: { buyer: string; supplier: string },
  orderId: string,
  furnish: Partial<ContractClauses>,
): Promise<OrderDetail> {
  const { buyer, supplier } = sessions;
  const url = `/api/orders/${orderId}/contract`;
  const generated = (await client.get<OrderDocuments>(supplier, `/api/orders/${orderId}/documents`)).contract!;
  const furnished = await client.send<ContractAnswer>(supplier, 'PUT', url, {
    version: generated.version,
    clauses: { ...generated.versions[0]!.clauses, ...furnish },
  });
  const confirmed = await client.send<ContractAnswer>(supplier, 'POST', `${url}/events`, {
    event: 'confirm',
    version: furnished.contract.version,
  });
  await client.send<ContractAnswer>(buyer, 'POST', `${url}/events`, {
    event: 'accept',
    version: confirmed.contract.version,
  });
  const versionNo = confirmed.contract.confirmedVersionNo!;
  const { number } = confirmed.contract;
  for (const [party, session] of [
    ['seller', supplier],
    ['buyer', buyer],
  ] as const) {
    const scan = pdf({ text: `${number} version ${versionNo} - signed and sealed by the ${party}` });
    const fileId = await client.upload(session, 'contract_signed_copy', `${number}-v${versionNo}-${party}.pdf`, scan);
    await client.send<ContractAnswer>(session, 'POST', `${url}/signed-copies`, { versionNo, fileId });
  }
  return (await client.get<{ order: OrderDetail }>(buyer, `/api/orders/${orderId}`)).order;
}
