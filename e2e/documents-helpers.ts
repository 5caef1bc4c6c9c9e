import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import type { OrderDocuments } from '../src/shared/schemas/documents.js';
import type { OrderDetail } from '../src/shared/schemas/orders.js';
import { setUpBuyer } from './order-form-helpers.js';
import { productOnShelf } from './order-supplier-helpers.js';
import { logIn, newUser, register } from './helpers.js';
import { approvedSupplierWithBrand } from './product-helpers.js';
import { apiCall } from './supplier-helpers.js';

/**
 * "Invoice & Contract" journeys (guide 5.2–5.3): an approved supplier (China) with one product, a
 * buyer in China with "Buyer information", an address and an invoice profile — so it may order
 * both domestic (with an invoice) and export — and orders brought to contract signing through
 * the API (the order pages are other journeys').
 */

export interface DocumentsWorld {
  supplier: Page;
  buyer: Page;
  /** An order submitted, completed by the supplier and accepted by the buyer: contract_signing. */
  acceptedOrder: (tradeType: 'domestic' | 'export') => Promise<string>;
}

const origin = async (request: APIRequestContext) => new URL((await request.get('/readyz')).url()).origin;

export async function documentsWorld(browser: Browser): Promise<DocumentsWorld> {
  const supplier = await (await browser.newContext()).newPage();
  const { accountName } = await approvedSupplierWithBrand(supplier, browser);
  const productId = await productOnShelf(supplier, accountName);

  const buyer = await (await browser.newContext()).newPage();
  const user = newUser('buyer');
  await register(buyer, 'en', user);
  await logIn(buyer, 'en', user.accountName, user.password);
  await expect(buyer).toHaveURL(/\/en\/account$/);
  const choices = await setUpBuyer(buyer.request, 'CN');

  const acceptedOrder = async (tradeType: 'domestic' | 'export') => {
    const submitted = await buyer.request.post('/api/orders', {
      headers: { origin: await origin(buyer.request), 'idempotency-key': randomUUID() },
      data: {
        lines: [{ productId, quantity: 100 }],
        tradeType,
        addressId: choices.addressId,
        ...(tradeType === 'domestic'
          ? { invoiceRequired: true, invoiceProfileId: choices.invoiceProfileId }
          : { destinationCountry: 'DE', destinationPort: 'Hamburg', preferredIncoterm: 'FOB' }),
      },
    });
    expect([200, 201], await submitted.text()).toContain(submitted.status());
    const { id } = ((await submitted.json()) as { order: OrderDetail }).order;
    const at = `/api/supplier/orders/${id}`;
    const { order } = (await (await supplier.request.get(at)).json()) as { order: OrderDetail };
    const saved = (await apiCall(supplier.request, 'PUT', `${at}/terms`, {
      version: order.version,
      currency: 'USD',
      lines: [{ position: 1, unitPrice: '12.00' }],
      leadTimeDays: 20,
      ...(tradeType === 'export'
        ? { incoterm: 'FOB', namedPlace: 'Ningbo', portOfLoading: 'Ningbo', portOfDestination: 'Hamburg' }
        : {}),
      paymentMethod: 'tt',
      depositPercent: 30,
      paymentTerms: '30% T/T deposit, 70% before shipment',
      packaging: 'Export cartons',
      offerValidUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    })) as { order: OrderDetail };
    await apiCall(supplier.request, 'POST', `${at}/events`, { event: 'confirm', version: saved.order.version });
    const { order: seen } = (await (await buyer.request.get(`/api/orders/${id}`)).json()) as { order: OrderDetail };
    await apiCall(buyer.request, 'POST', `/api/orders/${id}/events`, { event: 'accept', version: seen.version });
    return id;
  };
  return { supplier, buyer, acceptedOrder };
}

export async function documentsOf(request: APIRequestContext, id: string): Promise<OrderDocuments> {
  const response = await request.get(`/api/orders/${id}/documents`);
  expect(response.ok(), `GET documents → ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as OrderDocuments;
}

/**
 * Renders page 1 of a PDF to PNG with Debian's pdftoppm (poppler-utils) and counts the pixels
 * that are not (nearly) white: a page with text has thousands, a blank one none.
 */
export async function inkedPixels(pdf: Buffer): Promise<{ pixels: number; width: number; height: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'br-pdf-'));
  const input = path.join(dir, 'document.pdf');
  writeFileSync(input, pdf);
  execFileSync('/usr/bin/pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    input,
    path.join(dir, 'page'),
  ]);
  const { data, info } = await sharp(readFileSync(path.join(dir, 'page.png')))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let pixels = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) pixels += 1;
  }
  return { pixels, width: info.width, height: info.height };
}
