import type { OrderDetail } from '../../../../shared/schemas/orders.js';

/** An order as GET /api/supplier/orders/:id answers it, for the form logic's unit tests. */
export function testOrder(patch: Partial<OrderDetail> = {}): OrderDetail {
  const snapshot = {
    names: { en: 'Bamboo tray', 'zh-CN': '竹托盘' },
    modelNumber: 'BT-1',
    unit: 'piece',
    pictureFileId: null,
    hsCode: null,
    origin: 'CN',
    brandName: null,
    moq: 10,
    priceTiers: [{ minQuantity: 10, unitPrice: '12.5000' }],
  };
  return {
    id: '00000000-0000-4000-8000-000000000001',
    number: 'BR-20261206-0001',
    status: 'waiting_for_perfection',
    version: 1,
    viewer: 'supplier',
    allowedEvents: ['confirm', 'decline'],
    tradeType: 'export',
    currency: 'USD',
    supplierId: '00000000-0000-4000-8000-000000000002',
    request: {
      deliveryAddress: {
        recipient: 'Ana',
        phone: '+34 600 000 000',
        country: 'ES',
        region: null,
        city: 'Valencia',
        addressLine: 'Calle 1',
        postalCode: '46001',
      },
      destinationCountry: 'ES',
      destinationPort: 'Valencia',
      preferredIncoterm: 'FOB',
      invoiceRequired: false,
      invoiceProfile: null,
      requestedDeliveryDate: '2027-01-15',
      buyerNote: null,
      orderedTotal: '1250.00',
      orderedCurrency: 'USD',
    },
    buyerParty: party(),
    supplierParty: party(),
    terms: {
      shippingCost: null,
      discount: null,
      goodsTotal: '1250.00',
      totalAmount: '1250.00',
      deliveryDate: null,
      leadTimeDays: null,
      incoterm: null,
      namedPlace: null,
      portOfLoading: null,
      portOfDestination: null,
      paymentMethod: null,
      depositPercent: null,
      paymentTerms: null,
      packaging: null,
      offerValidUntil: null,
      supplierNote: null,
      savedAt: null,
    },
    shipment: { carrier: null, trackingNumber: null, shippedOn: null, deliveredOn: null },
    statusReason: null,
    lines: [
      {
        position: 1,
        productId: '00000000-0000-4000-8000-000000000003',
        quantity: 100,
        orderedUnitPrice: '12.5000',
        finalUnitPrice: null,
        amount: '1250.00',
        snapshot,
      },
      {
        position: 2,
        productId: '00000000-0000-4000-8000-000000000004',
        quantity: 10,
        orderedUnitPrice: '1.2345',
        finalUnitPrice: null,
        amount: '12.35',
        snapshot,
      },
    ],
    payments: [],
    timeline: [],
    createdAt: '2026-12-06T01:00:00.000Z',
    confirmedAt: null,
    acceptedAt: null,
    ...patch,
  };
}

function party() {
  return {
    companyNameZh: null,
    companyNameEn: 'Test Co.',
    country: 'CN',
    registeredAddress: null,
    registrationNumber: null,
    legalRepresentative: null,
    contactPerson: null,
    phone: null,
    email: null,
  };
}

/** The terms as the server answers them after a save. */
export function savedTerms(patch: Partial<OrderDetail['terms']> = {}): OrderDetail['terms'] {
  return {
    ...testOrder().terms,
    paymentMethod: 'tt',
    depositPercent: 30,
    paymentTerms: '30% T/T deposit, 70% balance before shipment',
    offerValidUntil: '2026-12-20',
    savedAt: '2026-12-06T02:00:00.000Z',
    ...patch,
  };
}
