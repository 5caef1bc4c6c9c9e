import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useCategories } from '../../api/catalog.js';
import { useApprovedBrands, useSupplierProduct } from '../../api/products.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { NotASupplier } from '../supplier-center/SupplierCenterLayout.js';
import { ProductForm } from './ProductForm.js';

const notApproved = (error: unknown) => error instanceof ApiError && error.body.code === 'SUPPLIER_NOT_APPROVED';

/** "New Product" (guide 4.2) and the edit page of an existing product: the same form. */
export function ProductEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const locale = useLocale();
  const href = useLocalizedHref();
  const title = id ? t('products.editTitle') : t('terms.newProduct');
  usePageTitle(title);
  const categories = useCategories(locale);
  const brands = useApprovedBrands();
  const product = useSupplierProduct(id);

  const queries = [categories, brands, ...(id ? [product] : [])];
  const failed = queries.find((q) => q.isError)?.error;
  let body;
  if (failed) {
    if (notApproved(failed)) return <NotASupplier />;
    body =
      failed instanceof ApiError && failed.status === 404 ? (
        <FormAlert tone="error">{t('products.form.notFound')}</FormAlert>
      ) : (
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      );
  } else if (!categories.data || !brands.data || (id && !product.data)) {
    body = <p role="status">{t('common.loading')}</p>;
  } else {
    body = (
      <ProductForm
        // A different product (or "New Product" after an edit) starts a fresh form.
        key={id ?? 'new'}
        product={product.data?.product}
        categories={categories.data.categories}
        brands={brands.data}
      />
    );
  }

  return (
    <section aria-labelledby="product-editor-title" data-testid="product-editor">
      <div className="section-head">
        <h2 id="product-editor-title">{title}</h2>
        <Link to={href('/supplier/products')}>{t('products.form.back')}</Link>
      </div>
      <p className="lead-small">{t('products.form.lead')}</p>
      {body}
    </section>
  );
}
