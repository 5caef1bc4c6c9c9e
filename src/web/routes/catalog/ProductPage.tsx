import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ProductPage as Product } from '../../../shared/schemas/products.js';
import { ApiError } from '../../api/client.js';
import { useCatalogProduct } from '../../api/catalog.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { Fact } from '../../components/facts/Fact.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { SupplierContactFacts } from '../../components/suppliers/SupplierContactFacts.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { useProductFormat } from '../../hooks/useProductFormat.js';
import { useSeo } from '../../hooks/useSeo.js';
import { seoSummary } from '../../../shared/seo-summary.js';
import { applicableTierIndex, parseQuantity } from '../../lib/priceTier.js';
import { languageName, regionName } from '../../lib/regions.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { ProductGallery } from './ProductGallery.js';
import { ContactSupplierButton } from '../../components/messages/ContactSupplierButton.js';
import { ProductOrderBox } from './ProductOrderBox.js';

/** A search-result-sized summary: the selling points, else the name with its price. */
function seoDescription(product: Product, price: string): string {
  if (product.sellingPoints?.trim()) return seoSummary(product.sellingPoints);
  return `${product.name} — ${price} — ${product.supplier.name}`;
}

/** /:lang/products/:id — what a buyer needs to decide and to contact the supplier. */
export function ProductPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const locale = useLocale();
  const query = useCatalogProduct(id, locale);
  const product = query.data?.product;
  const pf = useProductFormat();
  const price = product ? pf.priceRange(product.minPrice, product.maxPrice, product.currency) : '';
  useSeo({
    title: product?.name ?? (query.isError ? t('notFound.title') : undefined),
    description: product ? seoDescription(product, price) : undefined,
    alternates: !query.isError,
  });

  if (query.isPending) return <p className="container loading">{t('common.loading')}</p>;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400))
    return <NotFoundPage />;
  if (!product)
    return (
      <div className="container">
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      </div>
    );
  return <ProductView key={product.id} product={product} price={price} />;
}

function ProductView({ product, price }: { product: Product; price: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const format = useFormat();
  const pf = useProductFormat();
  const lang = product.contentLocale;
  // The order box's quantity: from `?quantity=` (back from "Login"), else the MOQ.
  const [params] = useSearchParams();
  const [quantityText, setQuantityText] = useState(() => params.get('quantity') ?? String(product.moq));
  const quantity = parseQuantity(quantityText);
  const tierIndex = quantity === null ? -1 : applicableTierIndex(product.priceTiers, quantity);
  // The server's rule (docs/decisions/0010): the applicable tier, else the product's minimum price.
  const unitPrice = product.priceTiers[tierIndex]?.unitPrice ?? product.minPrice;

  const details: [string, string | null][] = [
    [t('products.fields.modelNumber'), product.modelNumber],
    [t('products.fields.unit'), t(`products.units.${product.unit}`)],
    [t('catalog.product.leadTime'), product.leadTimeDays !== null ? pf.days(product.leadTimeDays) : null],
    [t('products.fields.origin'), product.origin ? regionName(locale, product.origin) : null],
    [t('products.fields.hsCode'), product.hsCode],
    [t('products.fields.packaging'), product.packaging],
    [t('catalog.product.weight'), product.weightKg ? pf.kilograms(product.weightKg) : null],
  ];

  return (
    <article className="container product-page" data-testid="product-page">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: product.category.name, to: href(`/categories/${product.category.id}`) },
          { label: product.name },
        ]}
      />
      {product.contentLocale !== locale ? (
        <p className="language-notice" data-testid="language-notice">
          {t('catalog.product.shownIn', { language: languageName(locale, product.contentLocale) })}
        </p>
      ) : null}
      <div className="product-top">
        <ProductGallery images={product.images} name={product.name} />
        <div className="product-summary">
          <h1 lang={lang} data-testid="product-name">
            {product.name}
          </h1>
          <p className="product-price" data-testid="product-price">
            {price}
          </p>
          <table className="table price-tiers" data-testid="price-tiers">
            <caption className="visually-hidden">{t('catalog.product.priceTiers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalog.product.quantity')}</th>
                <th scope="col">{t('catalog.product.unitPrice')}</th>
              </tr>
            </thead>
            <tbody>
              {product.priceTiers.map((tier, i) => {
                const next = product.priceTiers[i + 1];
                return (
                  <tr
                    key={tier.minQuantity}
                    className={i === tierIndex ? 'tier-current' : undefined}
                    aria-current={i === tierIndex ? 'true' : undefined}
                    data-testid="price-tier"
                  >
                    <td>
                      {next
                        ? t('catalog.product.tierRange', {
                            from: format.number(tier.minQuantity),
                            to: pf.quantity(next.minQuantity - 1, product.unit),
                          })
                        : t('catalog.product.tierFrom', { quantity: pf.quantity(tier.minQuantity, product.unit) })}
                    </td>
                    <td>{pf.unitPrice(tier.unitPrice, product.currency)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <dl className="facts">
            <div>
              <dt>{t('catalog.product.moq')}</dt>
              <dd data-testid="product-moq">{pf.quantity(product.moq, product.unit)}</dd>
            </div>
            <div>
              <dt>{t('products.fields.brand')}</dt>
              <dd>
                <Link to={`${href('/search')}?${new URLSearchParams({ brand: product.brand.id })}`}>
                  {product.brand.name}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('products.fields.category')}</dt>
              <dd>
                <Link to={href(`/categories/${product.category.id}`)}>{product.category.name}</Link>
              </dd>
            </div>
          </dl>
          <ProductOrderBox
            product={product}
            quantityText={quantityText}
            onQuantityText={setQuantityText}
            quantity={quantity}
            unitPrice={pf.unitPrice(unitPrice, product.currency)}
          />
          <SupplierCard supplier={product.supplier} productId={product.id} />
        </div>
      </div>
      {product.sellingPoints ? (
        <section className="card" aria-labelledby="selling-points-title">
          <h2 id="selling-points-title">{t('products.fields.sellingPoints')}</h2>
          <p className="profile-text" lang={lang} data-testid="selling-points">
            {product.sellingPoints}
          </p>
        </section>
      ) : null}
      {product.specs.length ? (
        <section className="card" aria-labelledby="specs-title">
          <h2 id="specs-title">{t('products.fields.specs')}</h2>
          <table className="table specs-table" lang={lang} data-testid="specs">
            <tbody>
              {product.specs.map((spec, i) => (
                <tr key={`${i}-${spec.name}`}>
                  <th scope="row">{spec.name}</th>
                  <td>{spec.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {product.descriptionHtml ? (
        <section className="card" aria-labelledby="description-title">
          <h2 id="description-title">{t('products.fields.description')}</h2>
          {/* Sanitised on the server to an allow-list of structural tags, no attributes. */}
          <div
            className="rich-text"
            lang={lang}
            data-testid="description"
            dangerouslySetInnerHTML={{ __html: product.descriptionHtml }}
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">{t('catalog.product.details')}</h2>
        <dl className="facts" data-testid="product-details">
          {details.map(([label, value]) => (
            <Fact key={label} label={label}>
              {value}
            </Fact>
          ))}
        </dl>
      </section>
    </article>
  );
}

/**
 * The supplier's name (to their page) and country; "Contact supplier" opens a conversation about
 * this product (issue 14), "Contact details" shows the email and phone.
 */
function SupplierCard({ supplier, productId }: { supplier: Product['supplier']; productId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const [open, setOpen] = useState(false);
  const hasContact = Boolean(supplier.contactEmail || supplier.contactPhone);
  return (
    <section className="supplier-card" aria-labelledby="supplier-card-title" data-testid="supplier-card">
      <h2 id="supplier-card-title" className="supplier-card-label">
        {t('terms.supplier')}
      </h2>
      <p className="supplier-card-name">
        <Link to={href(`/suppliers/${supplier.id}`)}>{supplier.name}</Link>
      </p>
      <p className="muted">{regionName(locale, supplier.country)}</p>
      <ContactSupplierButton supplierId={supplier.id} productId={productId} />
      <button
        type="button"
        className="btn btn-ghost"
        aria-expanded={open}
        aria-controls="supplier-contact"
        onClick={() => setOpen((v) => !v)}
      >
        {t('catalog.product.contact')}
      </button>
      <div id="supplier-contact" hidden={!open} data-testid="supplier-contact">
        {hasContact ? (
          <SupplierContactFacts supplier={supplier} />
        ) : (
          <p className="muted">{t('catalog.product.noContact')}</p>
        )}
      </div>
    </section>
  );
}
