import { useTranslation } from 'react-i18next';
import { MAX_INVOICE_PROFILES } from '../../../shared/schemas/buyers.js';
import { buyerApi, buyerKeys, useInvoiceProfiles } from '../../api/buyers.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { BuyerFrame } from './BuyerFrame.js';
import { EntryBook } from './EntryBook.js';
import { InvoiceProfileForm } from './InvoiceProfileForm.js';

/** "Invoice information": invoice profiles for domestic invoices (普通发票 / 增值税专用发票), one default. */
export function InvoiceProfilesPage() {
  const { t } = useTranslation();
  const list = useInvoiceProfiles();
  const fields = 'buyers.invoiceProfiles.fields';

  return (
    <BuyerFrame
      title={t('buyers.nav.invoiceProfiles')}
      lead={t('buyers.invoiceProfiles.lead', { max: MAX_INVOICE_PROFILES })}
    >
      {list.data ? (
        <EntryBook
          kind="invoiceProfiles"
          entries={list.data.profiles}
          queryKey={buyerKeys.invoiceProfiles}
          listField="profiles"
          max={MAX_INVOICE_PROFILES}
          heading={(p) => p.title}
          details={(p) => (
            <>
              <p>
                <span className="badge" data-testid="invoice-type">
                  {t(`buyers.invoiceTypes.${p.invoiceType}`)}
                </span>
              </p>
              <p>{t('buyers.labelled', { label: t(`${fields}.taxpayerId`), value: p.taxpayerId })}</p>
              {p.bankName ? (
                <p>
                  {t('buyers.labelled', {
                    label: t(`${fields}.bankName`),
                    value: [p.bankName, p.bankAccount].filter(Boolean).join(' '),
                  })}
                </p>
              ) : null}
              {p.registeredAddress ? (
                <p>
                  {t('buyers.labelled', {
                    label: t(`${fields}.registeredAddress`),
                    value: [p.registeredAddress, p.registeredPhone].filter(Boolean).join(' '),
                  })}
                </p>
              ) : null}
            </>
          )}
          Form={InvoiceProfileForm}
          remove={async (id, version) => (await buyerApi.deleteInvoiceProfile(id, version)).profiles}
          makeDefault={async (id) => (await buyerApi.defaultInvoiceProfile(id)).profiles}
        />
      ) : list.isError ? (
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </BuyerFrame>
  );
}
