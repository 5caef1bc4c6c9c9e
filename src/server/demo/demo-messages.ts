import type { DemoClient } from './demo-client.js';

interface Id {
  id: string;
}

/**
 * One conversation between the demo buyer and the demo supplier (issue 14), through the real API:
 * the buyer's inquiry from a product page in Chinese, the supplier's answer in English, so the
 * thread shows the product card and each message's language.
 */
export async function seedDemoMessages(
  client: DemoClient,
  sessions: { buyer: string; supplier: string },
  productId: string,
): Promise<void> {
  const { buyer, supplier } = sessions;
  const product = await client.get<{ product: { supplier: { id: string } } }>(
    buyer,
    `/api/catalog/products/${productId}`,
  );
  const { conversation } = await client.send<{ conversation: Id }>(buyer, 'POST', '/api/conversations', {
    supplierId: product.product.supplier.id,
    productId,
  });
  const url = `/api/conversations/${conversation.id}/messages`;
  const zh = { 'x-locale': 'zh-CN' };
  const en = { 'x-locale': 'en' };
  await client.send(buyer, 'POST', url, { body: '您好，这款产品 5000 件的价格是多少？交货期多久？', productId }, zh);
  await client.send(
    supplier,
    'POST',
    url,
    { body: 'Hello! For 5,000 pcs the unit price is the 1,000+ tier. Lead time is about 20 days after deposit.' },
    en,
  );
  await client.send(buyer, 'POST', url, { body: '好的，可以提供镀锌表面处理吗？' }, zh);
  await client.send(supplier, 'POST', url, { body: 'Yes, hot-dip galvanised is available at +8 %.' }, en);
}
