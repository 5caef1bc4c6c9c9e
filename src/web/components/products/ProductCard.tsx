import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogItem } from '../../../shared/schemas/products.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { useProductFormat } from '../../hooks/useProductFormat.js';
import { regionName } from '../../lib/regions.js';

/** A product in a list: picture, name, price range, MOQ with its unit, supplier, origin. */
export function ProductCard({ item, showSupplier = true }: { item: CatalogItem; showSupplier?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const pf = useProductFormat();
  return (
    <article className="product-card" data-testid="product-card">
      <Link to={href(`/products/${item.id}`)} className="product-card-link">
        {item.image ? (
          <img
            src={item.image.thumbnailUrl ?? item.image.url}
            alt=""
            loading="lazy"
            className="product-card-image"
            width={240}
            height={240}
          />
        ) : (
          <span className="product-card-image product-card-noimage" aria-hidden="true" />
        )}
        <h3 className="product-card-name" lang={item.contentLocale}>
          {item.name}
        </h3>
      </Link>
      <p className="product-card-price">{pf.priceRange(item.minPrice, item.maxPrice, item.currency)}</p>
      <p className="product-card-moq">{t('catalog.card.moq', { quantity: pf.quantity(item.moq, item.unit) })}</p>
      {showSupplier ? (
        <p className="product-card-supplier">
          <Link to={href(`/suppliers/${item.supplier.id}`)}>{item.supplier.name}</Link>
        </p>
      ) : null}
      {item.origin ? (
        <p className="product-card-origin muted">
          {t('catalog.card.origin', { country: regionName(locale, item.origin) })}
        </p>
      ) : null}
    </article>
  );
}

/** Product cards in a responsive grid (without the supplier's name on that supplier's own page). */
export function ProductGrid({
  items,
  testId,
  showSupplier,
}: {
  items: CatalogItem[];
  testId?: string;
  showSupplier?: boolean;
}) {
  return (
    <ul className="product-grid" data-testid={testId ?? 'product-grid'}>
      {items.map((item) => (
        <li key={item.id}>
          <ProductCard item={item} showSupplier={showSupplier} />
        </li>
      ))}
    </ul>
  );
}
