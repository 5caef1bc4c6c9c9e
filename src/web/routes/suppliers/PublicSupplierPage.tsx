import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { usePublicSupplier } from '../../api/suppliers.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { Fact } from '../../components/facts/Fact.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { SupplierProducts, useSupplierProducts } from '../../components/products/SupplierProducts.js';
import { SupplierContactFacts } from '../../components/suppliers/SupplierContactFacts.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { useSeo } from '../../hooks/useSeo.js';
import { seoSummary } from '../../../shared/seo-summary.js';
import { languageName, regionName } from '../../lib/regions.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { ContactSupplierButton } from '../../components/messages/ContactSupplierButton.js';

/** A supplier's public page: who they are, what they make, where they sell, how to reach them. */
export function PublicSupplierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const locale = useLocale();
  const href = useLocalizedHref();
  const format = useFormat();
  const query = usePublicSupplier(id, locale);
  const supplier = query.data?.supplier;
  // Asked for with the supplier, not after it: the page is drawn once with its products, instead
  // of the sections below them jumping down when they arrive (issue 16: layout shifts).
  const firstProducts = useSupplierProducts(id, 1);
  useSeo({
    title: supplier?.name ?? (query.isError ? t('notFound.title') : undefined),
    // As the server's page preview describes it: who they are, then what they say of themselves.
    description: supplier
      ? seoSummary([supplier.name, supplier.profile ?? supplier.mainProducts].filter(Boolean).join(' — '))
      : undefined,
    alternates: !query.isError,
  });

  if (query.isPending || (query.isSuccess && firstProducts.isPending))
    return <p className="container loading">{t('common.loading')}</p>;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400))
    return <NotFoundPage />;
  if (!supplier)
    return (
      <div className="container">
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      </div>
    );

  const otherLanguage = supplier.contentLocale && supplier.contentLocale !== locale;
  const facts: [string, string | null][] = [
    [t('supplier.fields.country'), regionName(locale, supplier.country)],
    [t('publicSupplier.memberSince'), format.date(supplier.approvedAt)],
    [t('supplierCenter.fields.yearEstablished'), supplier.yearEstablished ? String(supplier.yearEstablished) : null],
    [
      t('supplierCenter.fields.employees'),
      supplier.employeeRange ? t(`supplier.employees.${supplier.employeeRange}`) : null,
    ],
  ];

  return (
    <article className="container public-supplier" data-testid="public-supplier">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: supplier.name }]} />
      <header className="supplier-head">
        {supplier.logo ? (
          <img
            className="supplier-logo"
            src={supplier.logo.thumbnailUrl ?? supplier.logo.url}
            alt={t('publicSupplier.logoOf', { name: supplier.name })}
            width={96}
            height={96}
          />
        ) : null}
        <div>
          <h1>{supplier.name}</h1>
          {supplier.nameZh && supplier.nameZh !== supplier.name ? <p lang="zh-CN">{supplier.nameZh}</p> : null}
          {supplier.nameEn !== supplier.name ? <p lang="en">{supplier.nameEn}</p> : null}
          <span className="badge badge-approved">{t('publicSupplier.verified')}</span>
          <ContactSupplierButton supplierId={supplier.id} />
        </div>
      </header>
      <dl className="facts card">
        {facts.map(([label, value]) => (
          <Fact key={label} label={label}>
            {value}
          </Fact>
        ))}
      </dl>
      {supplier.profile ? (
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t('publicSupplier.about')}</h2>
          {otherLanguage ? (
            <p className="language-notice" data-testid="language-notice">
              {t('publicSupplier.shownIn', { language: languageName(locale, supplier.contentLocale ?? 'en') })}
            </p>
          ) : null}
          <div lang={supplier.contentLocale ?? undefined}>
            <p className="profile-text" data-testid="supplier-profile">
              {supplier.profile}
            </p>
            {supplier.mainProducts ? (
              <>
                <h3>{t('supplier.fields.mainProducts')}</h3>
                <p className="profile-text">{supplier.mainProducts}</p>
              </>
            ) : null}
          </div>
        </section>
      ) : null}
      <SupplierProducts supplierId={supplier.id} />
      {supplier.mainMarkets.length || supplier.certifications.length ? (
        <section className="card" aria-labelledby="markets-title">
          <h2 id="markets-title">{t('supplierCenter.fields.mainMarkets')}</h2>
          <ul className="tags">
            {supplier.mainMarkets.map((m) => (
              <li key={m} className="tag">
                {t(`supplier.markets.${m}`)}
              </li>
            ))}
          </ul>
          {supplier.certifications.length ? (
            <>
              <h3>{t('supplierCenter.fields.certifications')}</h3>
              <ul className="tags" data-testid="certifications">
                {supplier.certifications.map((c) => (
                  <li key={c} className="tag">
                    {c}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {supplier.photos.length ? (
        <section className="card" aria-labelledby="photos-title">
          <h2 id="photos-title">{t('supplierCenter.fields.photos')}</h2>
          <div className="photo-grid">
            {supplier.photos.map((photo, i) => (
              <a key={photo.id} href={photo.url} target="_blank" rel="noopener">
                <img
                  src={photo.thumbnailUrl ?? photo.url}
                  alt={t('publicSupplier.photoOf', { name: supplier.name, number: i + 1 })}
                  loading="lazy"
                  width={400}
                  height={300}
                />
              </a>
            ))}
          </div>
        </section>
      ) : null}
      {supplier.contactEmail || supplier.contactPhone || supplier.website ? (
        <section className="card" aria-labelledby="contact-title">
          <h2 id="contact-title">{t('supplierAuth.sections.contact')}</h2>
          <SupplierContactFacts supplier={supplier} />
        </section>
      ) : null}
    </article>
  );
}
