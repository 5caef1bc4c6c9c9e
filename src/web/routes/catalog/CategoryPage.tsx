import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findCategory, useCategories } from '../../api/catalog.js';
import { Breadcrumb, type Crumb } from '../../components/Breadcrumb.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { useSeo } from '../../hooks/useSeo.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { CatalogResults } from './CatalogResults.js';

/** /:lang/categories/:id — the products of a category (a top-level one includes its subcategories). */
export function CategoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const locale = useLocale();
  const href = useLocalizedHref();
  const categories = useCategories(locale);
  const found = categories.data ? findCategory(categories.data.categories, id) : undefined;
  const name = found?.node.name;
  useSeo({
    title: name,
    description: name ? t('catalog.seo.category', { name }) : undefined,
    alternates: Boolean(found),
  });

  if (categories.isPending) return <p className="container loading">{t('common.loading')}</p>;
  if (categories.isError)
    return (
      <div className="container">
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      </div>
    );
  if (!found) return <NotFoundPage />;

  const crumbs: Crumb[] = [{ label: t('terms.home'), to: href('/') }];
  if (found.parent) crumbs.push({ label: found.parent.name, to: href(`/categories/${found.parent.id}`) });
  crumbs.push({ label: found.node.name });

  return (
    <div className="container catalog-page" data-testid="category-page">
      <Breadcrumb items={crumbs} />
      <h1>{found.node.name}</h1>
      {found.node.children.length ? (
        <nav aria-label={t('catalog.category.subcategories')}>
          <ul className="tags subcategories">
            {found.node.children.map((child) => (
              <li key={child.id}>
                <Link className="tag" to={href(`/categories/${child.id}`)}>
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <CatalogResults fixed={{ category: found.node.id }} />
    </div>
  );
}
