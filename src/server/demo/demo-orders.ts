/**
 * The demo buyer and its orders to the demo supplier (issue 12), through the real API like the rest
 * of the demo data: "Buyer information" of a Shanghai trading company, two delivery addresses (the
 * default one in Shanghai, one abroad), an ordinary and a special VAT invoice profile, and six
 * orders that show every part of the order's life — one still "Waiting for perfection", one offer
 * awaiting the buyer's acceptance, one in production with its deposit recorded, one shipped by sea
 * (FOB, with its B/L number and its confirmed commercial invoice), one completed (with its special
 * VAT invoice) and one cancelled.
 */
import type { OrderDetail, OrderEventRequest, OrderSubmit, OrderTerms } from '../../shared/schemas/orders.js';
import { platformDay } from '../../shared/working-days.js';
import type { DemoClient } from './demo-client.js';
import { confirmDemoCommercialInvoice, recordDemoInvoice } from './demo-invoices.js';
import { signDemoContract } from './demo-contracts.js';

type OrderAnswer = { order: OrderDetail };
type Id = { id: string };

/** What the demo buyer orders: indexes into DEMO_PRODUCTS (demo-catalog.ts). */
const PRODUCT = { bolt: 0, nut: 1, padlock: 2, wrench: 3, grinder: 4 } as const;

export const DEMO_BUYER_COMPANY = {
  companyNameZh: '上海榕园建材贸易有限公司',
  companyNameEn: 'Shanghai Banyan Meadow Building Supplies Co., Ltd.',
  country: 'CN',
  registeredAddress: '上海市浦东新区张杨路 500 号 18 楼',
  contactPerson: '王芳',
  phone: '13916628805',
  email: 'purchasing@banyan-meadow.example',
  /** A valid unified social credit code (GB 32100-2015 check character). */
  creditCode: '91310115MA1K4B7X2D',
} as const;

/** The orders' states as the demo leaves them, newest first (as "Order Management" lists them). */
export const DEMO_ORDER_STATES = [
  'waiting_for_perfection',
  'cancelled',
  'awaiting_acceptance',
  'in_production',
  'shipped',
  'completed',
] as const;

const DAY_MS = 86_400_000;

/** `percent` % of an amount with 2 decimals, rounded half-up (exact, in cents). */
function percentOf(amount: string, percent: number): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const cents = BigInt(whole + fraction.padEnd(2, '0').slice(0, 2));
  const part = (cents * BigInt(percent) + 50n) / 100n;
  return `${part / 100n}.${(part % 100n).toString().padStart(2, '0')}`;
}

/** Signs the buyer's data up and places the orders; `productIds` in DEMO_PRODUCTS order. */
export async function seedDemoOrders(
  client: DemoClient,
  sessions: { buyer: string; supplier: string },
  productIds: readonly string[],
  now: Date,
): Promise<void> {
  const { buyer, supplier } = sessions;
  const day = (offset: number) => platformDay(new Date(now.getTime() + offset * DAY_MS));
  const product = (key: keyof typeof PRODUCT) => productIds[PRODUCT[key]]!;

  await client.send(buyer, 'PUT', '/api/buyer/profile', { buyer: DEMO_BUYER_COMPANY });
  const shanghai = await client.send<{ address: Id }>(buyer, 'POST', '/api/buyer/addresses', {
    recipient: '王芳',
    phone: '13916628805',
    country: 'CN',
    region: '上海市',
    city: '上海市',
    addressLine: '浦东新区川沙路 1688 号 3 号仓库',
    postalCode: '201200',
    isDefault: true,
  });
  const hamburg = await client.send<{ address: Id }>(buyer, 'POST', '/api/buyer/addresses', {
    recipient: 'Jonas Weber',
    phone: '+49 40 30987654',
    country: 'DE',
    city: 'Hamburg',
    addressLine: 'Banyan Meadow Europe Lager, Am Sandtorkai 50',
    postalCode: '20457',
  });
  const invoiceProfile = { title: DEMO_BUYER_COMPANY.companyNameZh, taxpayerId: DEMO_BUYER_COMPANY.creditCode };
  await client.send(buyer, 'POST', '/api/buyer/invoice-profiles', {
    ...invoiceProfile,
    invoiceType: 'ordinary',
    isDefault: true,
  });
  const specialVat = await client.send<{ profile: Id }>(buyer, 'POST', '/api/buyer/invoice-profiles', {
    ...invoiceProfile,
    invoiceType: 'special_vat',
    registeredAddress: DEMO_BUYER_COMPANY.registeredAddress,
    registeredPhone: '021-58881234',
    bankName: '中国工商银行上海市张江支行',
    bankAccount: '1001 2345 0900 1234 567',
  });

  const domestic = { tradeType: 'domestic', addressId: shanghai.address.id } as const;
  const toHamburg = {
    tradeType: 'export',
    addressId: hamburg.address.id,
    destinationCountry: 'DE',
    destinationPort: 'Hamburg',
  } as const;
  let submitted = 0;
  const submit = async (input: Omit<OrderSubmit, 'invoiceRequired'> & { invoiceRequired?: boolean }) => {
    submitted += 1;
    const key = `demo-order-${submitted}`;
    return (await client.send<OrderAnswer>(buyer, 'POST', '/api/orders', input, { 'idempotency-key': key })).order;
  };
  const event = async (
    who: 'buyer' | 'supplier',
    order: OrderDetail,
    input: Omit<OrderEventRequest, 'version'>,
  ): Promise<OrderDetail> => {
    const base = who === 'buyer' ? '/api/orders' : '/api/supplier/orders';
    const cookie = who === 'buyer' ? buyer : supplier;
    const url = `${base}/${order.id}/events`;
    return (await client.send<OrderAnswer>(cookie, 'POST', url, { ...input, version: order.version })).order;
  };
  /** The supplier completes the order (guide 5.1) and confirms it: an offer to the buyer. */
  const complete = async (
    order: OrderDetail,
    terms: Omit<OrderTerms, 'version' | 'currency' | 'lines'>,
    prices?: string[],
  ) => {
    const lines = order.lines.map((line, i) => ({
      position: line.position,
      unitPrice: prices?.[i] ?? line.orderedUnitPrice,
    }));
    const url = `/api/supplier/orders/${order.id}/terms`;
    const saved = await client.send<OrderAnswer>(supplier, 'PUT', url, {
      ...terms,
      version: order.version,
      currency: order.currency,
      lines,
    });
    return event('supplier', saved.order, { event: 'confirm' });
  };
  const tt30 = {
    paymentMethod: 'tt',
    depositPercent: 30,
    paymentTerms: '30 % T/T deposit, 70 % before shipment',
    offerValidUntil: day(14),
  } as const;
  const recordPayment = async (order: OrderDetail, kind: 'deposit' | 'balance', amount: string, receivedOn: string) =>
    (
      await client.send<OrderAnswer>(supplier, 'POST', `/api/supplier/orders/${order.id}/payments`, {
        kind,
        amount,
        receivedOn,
      })
    ).order;

  // 1. Completed: a domestic order with a special VAT invoice, delivered and received (created
  // first: it is the oldest).
  let completed = await submit({
    ...domestic,
    invoiceRequired: true,
    invoiceProfileId: specialVat.profile.id,
    lines: [{ productId: product('nut'), quantity: 500 }],
    requestedDeliveryDate: day(10),
  });
  completed = await complete(completed, {
    ...tt30,
    shippingCost: '150.00',
    deliveryDate: day(10),
    leadTimeDays: 7,
    packaging: '纸箱包装，每箱 50 盒',
  });
  completed = await event('buyer', completed, { event: 'accept' });
  completed = await signDemoContract(client, sessions, completed.id, {
    signingPlace: '福州市',
    shippingMarks: '榕园建材 / BR-NUT / 上海',
    warrantyMonths: 24,
  });
  completed = await recordPayment(completed, 'deposit', percentOf(completed.terms.totalAmount, 30), day(0));
  completed = await event('supplier', completed, {
    event: 'ship',
    carrier: '顺丰速运 SF Express',
    trackingNumber: 'SF1428765390214',
    shippedOn: day(0),
  });
  completed = await event('supplier', completed, { event: 'deliver', deliveredOn: day(0) });
  await recordDemoInvoice(client, supplier, completed.id, completed.terms.totalAmount, day(0));
  await event('buyer', completed, { event: 'confirm_receipt' });

  // 2. Shipped: an export order by sea, FOB Fuzhou, with the bill of lading number.
  let shipped = await submit({
    ...toHamburg,
    lines: [{ productId: product('wrench'), quantity: 1000 }],
    preferredIncoterm: 'FOB',
    requestedDeliveryDate: day(45),
  });
  shipped = await complete(shipped, {
    ...tt30,
    deliveryDate: day(40),
    leadTimeDays: 20,
    incoterm: 'FOB',
    namedPlace: 'Fuzhou Mawei port',
    portOfLoading: 'Fuzhou',
    portOfDestination: 'Hamburg',
    packaging: 'Export cartons of 20, on fumigated pallets',
  });
  shipped = await event('buyer', shipped, { event: 'accept' });
  shipped = await signDemoContract(client, sessions, shipped.id, {
    signingPlace: 'Fuzhou',
    shippingMarks: 'BANYAN MEADOW EUROPE\nHAMBURG\nC/NO. 1-50',
    inspectionBody: 'SGS China',
  });
  shipped = await recordPayment(shipped, 'deposit', percentOf(shipped.terms.totalAmount, 30), day(0));
  // The commercial invoice and packing list made at acceptance, corrected and confirmed (guide 5.3.2).
  await confirmDemoCommercialInvoice(client, supplier, shipped.id, {
    vesselOrFlight: 'COSCO SHIPPING ARIES 041W',
    shippingMarks: 'BANYAN MEADOW EUROPE\nHAMBURG\nC/NO. 1-50',
    packing: [
      {
        position: 1,
        packages: 50,
        packageKind: 'carton',
        netWeightKg: '1150',
        grossWeightKg: '1235.5',
        volumeCbm: '2.85',
      },
    ],
  });
  await event('supplier', shipped, {
    event: 'ship',
    carrier: 'COSCO Shipping Lines',
    trackingNumber: 'COSU6284713950',
    shippedOn: day(0),
  });

  // 3. In production, with the buyer's 30 % deposit recorded.
  let producing = await submit({
    ...toHamburg,
    lines: [
      { productId: product('bolt'), quantity: 20_000 },
      { productId: product('padlock'), quantity: 2_000 },
    ],
    preferredIncoterm: 'CIF',
    requestedDeliveryDate: day(60),
    buyerNote: 'Please label every carton with our article numbers.',
  });
  producing = await complete(producing, {
    ...tt30,
    shippingCost: '380.00',
    deliveryDate: day(55),
    leadTimeDays: 25,
    incoterm: 'CIF',
    namedPlace: 'Hamburg',
    portOfLoading: 'Xiamen',
    portOfDestination: 'Hamburg',
    packaging: 'Export cartons, labelled with the buyer’s article numbers',
  });
  producing = await event('buyer', producing, { event: 'accept' });
  producing = await signDemoContract(client, sessions, producing.id, {
    signingPlace: 'Xiamen',
    shippingMarks: 'BANYAN MEADOW EUROPE\nART. NO. AS PER LABEL\nHAMBURG',
    tolerancePercent: 3,
    partialShipments: true,
  });
  await recordPayment(producing, 'deposit', percentOf(producing.terms.totalAmount, 30), day(0));

  // 4. Awaiting the buyer's acceptance: the supplier completed the terms at a different unit price.
  const offered = await submit({
    ...domestic,
    lines: [{ productId: product('nut'), quantity: 200 }],
    requestedDeliveryDate: day(20),
  });
  await complete(
    offered,
    {
      ...tt30,
      shippingCost: '120.00',
      deliveryDate: day(18),
      leadTimeDays: 10,
      supplierNote: '原材料涨价，单价调整为 36.50 元。',
    },
    ['36.50'],
  );

  // 5. Cancelled by the buyer before the supplier confirmed.
  const cancelled = await submit({
    ...toHamburg,
    lines: [{ productId: product('grinder'), quantity: 20 }],
    preferredIncoterm: 'FOB',
  });
  await event('buyer', cancelled, {
    event: 'cancel',
    reason: 'Ordered the wrong model; we need the variant with a brake.',
  });

  // 6. Waiting for perfection: a domestic order asking for a special VAT invoice (the newest).
  await submit({
    ...domestic,
    lines: [{ productId: product('nut'), quantity: 600 }],
    invoiceRequired: true,
    invoiceProfileId: specialVat.profile.id,
    requestedDeliveryDate: day(21),
    buyerNote: '请随货附送货单，发票寄至注册地址。',
  });
}
