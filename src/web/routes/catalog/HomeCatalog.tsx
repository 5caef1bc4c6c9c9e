import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogProducts, useCategories } from '../../api/catalog.js';
import { ProductGrid } from '../../components/products/ProductCard.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';

/** The home page's category cards: each top-level category with its subcategories. */
export function HomeCategories() {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const categories = useCategories(locale).data?.categories;
  if (!categories?.length) return null;
  return (
    <section className="container section" aria-labelledby="categories-title">
      <h2 id="categories-title">{t('catalog.home.categories')}</h2>
      <ul className="category-cards" data-testid="home-categories">
        {categories.map((top) => (
          <li key={top.id} className="card category-card">
            <h3>
              <Link to={href(`/categories/${top.id}`)}>{top.name}</Link>
            </h3>
            <ul>
              {top.children.map((child) => (
                <li key={child.id}>
                  <Link to={href(`/categories/${child.id}`)}>{child.name}</Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The eight newest products on the shelf; the empty state (for suppliers) until there are some. */
export function LatestProducts() {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const latest = useCatalogProducts({ sort: 'newest', pageSize: '8' }, locale);
  const items = latest.data?.items;
  return (
    <section className="container section" aria-labelledby="latest-products">
      <div className="section-head">
        <h2 id="latest-products">{t('home.latestProducts')}</h2>
        {items?.length ? <Link to={href('/search')}>{t('catalog.home.allProducts')}</Link> : null}
      </div>
      {items?.length ? (
        <ProductGrid items={items} testId="latest-products" />
      ) : latest.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <div className="empty-state" data-testid="products-empty">
          <p>{t('home.noProductsYet')}</p>
          <Link to={href('/to-be-suppliers')}>{t('home.ctaSupplier')}</Link>
        </div>
      )}
    </section>
  );
}
