import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogProducts } from '../../api/catalog.js';
import { useLocale } from '../../hooks/useLocale.js';
import { Pagination } from '../Pagination.js';
import { ProductGrid } from './ProductCard.js';

const PAGE_SIZE = 12;

/** One page of a supplier's products (the same query, and cache entry, for the page and the section). */
export function useSupplierProducts(supplierId: string, page: number) {
  const locale = useLocale();
  return useCatalogProducts(
    { supplier: supplierId, sort: 'newest', page: String(page), pageSize: String(PAGE_SIZE) },
    locale,
  );
}

/** A supplier's products on the shelf, for the public supplier page; nothing while there are none. */
export function SupplierProducts({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useSupplierProducts(supplierId, page);
  const data = query.data;
  if (!data || data.total === 0) return null;
  return (
    <section className="card" aria-labelledby="supplier-products-title" data-testid="supplier-products">
      <h2 id="supplier-products-title">{t('catalog.supplierProducts')}</h2>
      <ProductGrid items={data.items} showSupplier={false} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />
    </section>
  );
}
