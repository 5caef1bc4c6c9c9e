import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyDraft } from '../../../shared/schemas/suppliers.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale } from '../../hooks/useLocale.js';
import { formatMoney, regionName } from '../../lib/regions.js';
import { COMPANY_FIELDS, type CompanyField } from '../../../shared/company-fields.js';
import { isHidden } from '../../routes/supplier-auth/companyForm.js';

/** One company field as a person reads it: names of codes, dates and money in the page's language. */
export function useCompanyValue() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  return (company: CompanyDraft, field: CompanyField): string | undefined => {
    const value = company[field];
    if (!value) return undefined;
    switch (field) {
      case 'country':
        return regionName(locale, value);
      case 'companyType':
        return t(`supplier.companyTypes.${value}`);
      case 'dateEstablished':
        return format.date(`${value}T00:00:00Z`, 'UTC');
      case 'registeredCapitalAmount':
        return formatMoney(locale, value, company.registeredCapitalCurrency);
      default:
        return value;
    }
  };
}

/** The company details read-only (confirmation step, status panel, review console). */
export function CompanyFacts({
  company,
  changed,
  extra,
}: {
  company: CompanyDraft;
  /** Fields to mark "changed since the last submission". */
  changed?: ReadonlySet<string>;
  /** Something to show under a field's value (a reviewer's remark). */
  extra?: (field: CompanyField) => ReactNode;
}) {
  const { t } = useTranslation();
  const valueOf = useCompanyValue();
  const fields = COMPANY_FIELDS.filter(
    (f) =>
      !isHidden(f, company.country ?? '') && !(f === 'registeredCapitalCurrency' && company.registeredCapitalAmount),
  );
  return (
    <dl className="company-facts" data-testid="company-facts">
      {fields.map((field) => {
        const value = valueOf(company, field);
        const isChanged = changed?.has(field);
        return (
          <div key={field} className={isChanged ? 'is-changed' : undefined} data-testid={`fact-${field}`}>
            <dt>
              {t(`supplier.fields.${field}`)}
              {isChanged ? (
                <span className="badge badge-changed" data-testid="changed-marker">
                  {t('review.changed')}
                </span>
              ) : null}
            </dt>
            <dd>{value ?? <span className="muted">{t('supplierAuth.notProvided')}</span>}</dd>
            {extra?.(field)}
          </div>
        );
      })}
    </dl>
  );
}
