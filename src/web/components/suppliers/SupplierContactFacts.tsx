import { useTranslation } from 'react-i18next';
import { Fact } from '../facts/Fact.js';

/** What a supplier's contact facts need; the product page's supplier has no website. */
export interface SupplierContact {
  contactEmail: string | null;
  contactPhone: string | null;
  website?: string | null;
}

/**
 * How to reach a supplier, as links: email (mailto:), phone (tel: keeps only digits and "+", as
 * written "+86 131 2345 6789" is not dialable) and website. A missing one is left out.
 * Used on buyers' pages: the product page's supplier card and the public supplier page.
 */
export function SupplierContactFacts({ supplier }: { supplier: SupplierContact }) {
  const { t } = useTranslation();
  const { contactEmail, contactPhone, website } = supplier;
  return (
    <dl className="facts">
      <Fact label={t('supplier.fields.contactEmail')}>
        {contactEmail ? <a href={`mailto:${contactEmail}`}>{contactEmail}</a> : null}
      </Fact>
      <Fact label={t('supplier.fields.contactPhone')}>
        {contactPhone ? <a href={`tel:${contactPhone.replace(/[^+\d]/g, '')}`}>{contactPhone}</a> : null}
      </Fact>
      <Fact label={t('supplier.fields.website')}>
        {website ? (
          // An address the supplier typed: opened apart, without our referrer, and not vouched for.
          <a href={website} target="_blank" rel="noopener noreferrer nofollow">
            {website}
          </a>
        ) : null}
      </Fact>
    </dl>
  );
}
