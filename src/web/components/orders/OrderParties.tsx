import { useTranslation } from 'react-i18next';
import type { AddressSnapshot, OrderDetail, PartySnapshot } from '../../../shared/schemas/orders.js';
import { Fact } from '../facts/Fact.js';
import { useOrderFormat } from './useOrderFormat.js';

/** One contract party as frozen when the order was submitted. */
function PartyFacts({ party, role }: { party: PartySnapshot; role: 'buyer' | 'supplier' }) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  return (
    <section className="card order-section" aria-labelledby={`order-${role}-title`} data-testid={`order-${role}-party`}>
      <h3 id={`order-${role}-title`}>{t(`orders.detail.party.${role}`)}</h3>
      <dl className="facts">
        <Fact label={t('orders.party.companyNameZh')}>
          {party.companyNameZh ? <span lang="zh-CN">{party.companyNameZh}</span> : null}
        </Fact>
        <Fact label={t('orders.party.companyNameEn')}>{party.companyNameEn}</Fact>
        <Fact label={t('orders.party.country')}>{of.region(party.country)}</Fact>
        <Fact label={t('orders.party.registeredAddress')}>{party.registeredAddress}</Fact>
        <Fact label={t('orders.party.registrationNumber')}>
          {party.registrationNumber ? <span className="mono">{party.registrationNumber}</span> : null}
        </Fact>
        <Fact label={t('orders.party.legalRepresentative')}>{party.legalRepresentative}</Fact>
        <Fact label={t('orders.party.contactPerson')}>{party.contactPerson}</Fact>
        <Fact label={t('orders.party.phone')}>{party.phone}</Fact>
        <Fact label={t('orders.party.email')}>{party.email}</Fact>
      </dl>
    </section>
  );
}

function AddressLines({ address }: { address: AddressSnapshot }) {
  const of = useOrderFormat();
  return (
    <address className="order-address" data-testid="delivery-address">
      {address.recipient} · {address.phone}
      <br />
      {address.addressLine}
      <br />
      {[address.city, address.region, address.postalCode].filter(Boolean).join(', ')}
      <br />
      {of.region(address.country)}
    </address>
  );
}

/**
 * What the buyer asked for: trade type, delivery address, for export the destination and the
 * preferred Incoterm, for domestic trade the invoice request; then both parties.
 */
export function OrderParties({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const { request } = order;
  const invoice = request.invoiceProfile;
  return (
    <>
      <section className="card order-section" aria-labelledby="order-request-title" data-testid="order-request">
        <h3 id="order-request-title">{t('orders.detail.request')}</h3>
        <dl className="facts">
          <Fact label={t('orders.fields.tradeType')}>{t(`orders.tradeTypes.${order.tradeType}`)}</Fact>
          <Fact label={t('orders.fields.deliveryAddress')}>
            <AddressLines address={request.deliveryAddress} />
          </Fact>
          <Fact label={t('orders.fields.destinationCountry')}>
            {request.destinationCountry ? of.region(request.destinationCountry) : null}
          </Fact>
          <Fact label={t('orders.fields.destinationPort')}>{request.destinationPort}</Fact>
          <Fact label={t('orders.fields.preferredIncoterm')}>{request.preferredIncoterm}</Fact>
          <Fact label={t('orders.fields.requestedDeliveryDate')}>
            {request.requestedDeliveryDate ? of.day(request.requestedDeliveryDate) : null}
          </Fact>
          <Fact label={t('orders.fields.orderedTotal')}>{of.money(request.orderedTotal, request.orderedCurrency)}</Fact>
          {order.tradeType === 'domestic' ? (
            <Fact label={t('orders.fields.invoiceRequired')} testId="invoice-required">
              {request.invoiceRequired ? t('orders.detail.yes') : t('orders.detail.no')}
            </Fact>
          ) : null}
          <Fact label={t('orders.fields.buyerNote')}>
            {request.buyerNote ? <span className="pre-line">{request.buyerNote}</span> : null}
          </Fact>
        </dl>
        {invoice ? (
          <div data-testid="invoice-profile">
            <h4>{t('orders.detail.invoice')}</h4>
            <dl className="facts">
              <Fact label={t('orders.invoice.type')}>{t(`orders.invoice.types.${invoice.invoiceType}`)}</Fact>
              <Fact label={t('orders.invoice.title')}>{invoice.title}</Fact>
              <Fact label={t('orders.invoice.taxpayerId')}>
                <span className="mono">{invoice.taxpayerId}</span>
              </Fact>
              <Fact label={t('orders.invoice.registeredAddress')}>{invoice.registeredAddress}</Fact>
              <Fact label={t('orders.invoice.registeredPhone')}>{invoice.registeredPhone}</Fact>
              <Fact label={t('orders.invoice.bankName')}>{invoice.bankName}</Fact>
              <Fact label={t('orders.invoice.bankAccount')}>
                {invoice.bankAccount ? <span className="mono">{invoice.bankAccount}</span> : null}
              </Fact>
            </dl>
          </div>
        ) : null}
      </section>
      <div className="order-parties">
        <PartyFacts party={order.buyerParty} role="buyer" />
        <PartyFacts party={order.supplierParty} role="supplier" />
      </div>
    </>
  );
}
