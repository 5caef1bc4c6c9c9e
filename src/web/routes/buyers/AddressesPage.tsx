import { useTranslation } from 'react-i18next';
import { MAX_ADDRESSES, type Address } from '../../../shared/schemas/buyers.js';
import { buyerApi, buyerKeys, useAddresses } from '../../api/buyers.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useLocale } from '../../hooks/useLocale.js';
import { regionName } from '../../lib/regions.js';
import { AddressForm } from './AddressForm.js';
import { BuyerFrame } from './BuyerFrame.js';
import { EntryBook } from './EntryBook.js';

/** "Delivery addresses": the address book (one default), chosen per order. */
export function AddressesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useAddresses();
  const place = (a: Address) =>
    [a.addressLine, a.city, a.region, a.postalCode, regionName(locale, a.country)].filter(Boolean).join(', ');

  return (
    <BuyerFrame title={t('buyers.nav.addresses')} lead={t('buyers.addresses.lead', { max: MAX_ADDRESSES })}>
      {list.data ? (
        <EntryBook
          kind="addresses"
          entries={list.data.addresses}
          queryKey={buyerKeys.addresses}
          listField="addresses"
          max={MAX_ADDRESSES}
          heading={(a) => a.recipient}
          details={(a) => (
            <>
              <p>{a.phone}</p>
              <p>{place(a)}</p>
            </>
          )}
          Form={AddressForm}
          remove={async (id, version) => (await buyerApi.deleteAddress(id, version)).addresses}
          makeDefault={async (id) => (await buyerApi.defaultAddress(id)).addresses}
        />
      ) : list.isError ? (
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </BuyerFrame>
  );
}
