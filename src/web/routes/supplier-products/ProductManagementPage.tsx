import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PRODUCT_STATES, type ProductState } from '../../../shared/state-machines/product.js';
import { ApiError } from '../../api/client.js';
import { productApi, productKeys, type SupplierProductRow, useSupplierProducts } from '../../api/products.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { Pagination } from '../../components/Pagination.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { NotASupplier } from '../supplier-center/SupplierCenterLayout.js';
import { ProductRows } from './ProductRows.js';

const PAGE_SIZE = 20;

/** A message above the list after something happened (here or on the form it came back from). */
export interface ListNotice {
  kind: 'created' | 'saved' | 'on' | 'off' | 'bulkOn' | 'bulkOff' | 'removed';
  name?: string;
  number?: number;
}

type Pending =
  { kind: 'shelf'; ids: string[]; onShelf: boolean; name?: string } | { kind: 'remove'; id: string; name: string };

const isState = (v: string | null): v is ProductState => (PRODUCT_STATES as readonly string[]).includes(v ?? '');

/** The translated reason an action failed: a brand that is not approved, or the error's code. */
function actionError(error: unknown): { key: string } {
  if (!(error instanceof ApiError)) return { key: 'errors.INTERNAL' };
  if (error.body.details?.some((d) => d.code === 'brand_not_approved')) return { key: 'validation.brand_not_approved' };
  return { key: `errors.${error.body.code}` };
}

/** "Product Management" (guide 4.1, 4.4): every submitted product, on/off the shelf, edit, remove. */
export function ProductManagementPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('terms.productManagement'));

  const status = params.get('status');
  const filter = {
    status: isState(status) ? status : undefined,
    q: params.get('q') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
  const list = useSupplierProducts(filter);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<ListNotice | null>(
    (location.state as { notice?: ListNotice } | null)?.notice ?? null,
  );
  const [failure, setFailure] = useState<{ key: string } | null>(null);

  const update = (patch: Partial<Record<'status' | 'q' | 'page', string>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
    setSelected(new Set());
  };

  const done = async (next: ListNotice) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: productKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['catalog'] }),
    ]);
    setNotice(next);
    setFailure(null);
    setPending(null);
    setSelected(new Set());
  };
  const failed = (error: unknown) => {
    setFailure(actionError(error));
    setNotice(null);
    setPending(null);
  };

  const shelf = useMutation({
    mutationFn: ({ ids, onShelf }: { ids: string[]; onShelf: boolean; name?: string }) =>
      productApi.shelf(ids, onShelf),
    onSuccess: (_, { ids, onShelf, name }) =>
      done(
        ids.length === 1 && name
          ? { kind: onShelf ? 'on' : 'off', name }
          : { kind: onShelf ? 'bulkOn' : 'bulkOff', number: ids.length },
      ),
    onError: failed,
  });
  const remove = useMutation({
    mutationFn: ({ id }: { id: string; name: string }) => productApi.remove(id),
    onSuccess: (_, { name }) => done({ kind: 'removed', name }),
    onError: failed,
  });

  if (list.error instanceof ApiError && list.error.body.code === 'SUPPLIER_NOT_APPROVED') return <NotASupplier />;

  const rows = list.data?.items ?? [];
  const chosen = rows.filter((r) => selected.has(r.id));
  const toPutOn = chosen.filter((r) => r.status !== 'on_shelf').map((r) => r.id);
  const toTakeOff = chosen.filter((r) => r.status === 'on_shelf').map((r) => r.id);
  const filtered = Boolean(filter.status || filter.q);

  const confirmShelf = (row: SupplierProductRow) =>
    setPending({ kind: 'shelf', ids: [row.id], onShelf: row.status !== 'on_shelf', name: row.name });

  return (
    <section aria-labelledby="products-title" data-testid="product-management">
      <div className="section-head">
        <h2 id="products-title">{t('terms.productManagement')}</h2>
        <Link className="btn btn-primary" to={href('/supplier/products/new')} data-testid="new-products">
          {t('terms.newProducts')}
        </Link>
      </div>
      <p className="lead-small">
        {t('products.list.lead', { unavailable: t('terms.unavailable'), available: t('terms.available') })}
      </p>
      {notice ? (
        <FormAlert tone="success" testId="list-notice">
          {t(`products.notices.${notice.kind}`, {
            name: notice.name ?? '',
            number: format.number(notice.number ?? 0),
            unavailable: t('terms.unavailable'),
          })}
        </FormAlert>
      ) : null}
      {failure ? (
        <FormAlert tone="error" testId="list-error">
          {t(failure.key)}
        </FormAlert>
      ) : null}
      <form className="form form-inline product-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('products.filters.status')}
          name="status"
          value={filter.status ?? ''}
          onChange={(e) => update({ status: e.target.value })}
          placeholder={t('products.filters.all')}
          options={PRODUCT_STATES.map((s) => ({ value: s, label: t(`products.status.${s}`) }))}
        />
        <FormField
          label={t('products.filters.search')}
          name="q"
          type="search"
          hint={t('products.filters.searchHint')}
          defaultValue={filter.q}
          onChange={(e) => update({ q: e.target.value })}
        />
      </form>
      {selected.size ? (
        <div className="bulk-bar" role="region" aria-label={t('products.bulk.label')} data-testid="bulk-bar">
          <span>{t('products.bulk.selected', { number: format.number(selected.size) })}</span>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            disabled={!toPutOn.length}
            onClick={() => setPending({ kind: 'shelf', ids: toPutOn, onShelf: true })}
          >
            {t('products.bulk.putOn', { number: format.number(toPutOn.length) })}
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            disabled={!toTakeOff.length}
            onClick={() => setPending({ kind: 'shelf', ids: toTakeOff, onShelf: false })}
          >
            {t('products.bulk.takeOff', { number: format.number(toTakeOff.length) })}
          </button>
        </div>
      ) : null}
      {list.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {list.isError && !(list.error instanceof ApiError && list.error.body.code === 'SUPPLIER_NOT_APPROVED') ? (
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      ) : null}
      {list.data && rows.length === 0 ? (
        <div className="empty-state" data-testid="products-list-empty">
          <p>
            {filtered ? t('products.list.noMatch') : t('products.list.empty', { newProducts: t('terms.newProducts') })}
          </p>
        </div>
      ) : null}
      {rows.length ? (
        <ProductRows
          rows={rows}
          selected={selected}
          onSelect={setSelected}
          onToggleShelf={confirmShelf}
          onRemove={(row) => setPending({ kind: 'remove', id: row.id, name: row.name })}
        />
      ) : null}
      {list.data ? (
        <Pagination
          page={filter.page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          onPage={(p) => update({ page: String(p) })}
        />
      ) : null}
      <ShelfDialogs
        pending={pending}
        busy={shelf.isPending || remove.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending?.kind === 'shelf') shelf.mutate(pending);
          if (pending?.kind === 'remove') remove.mutate(pending);
        }}
      />
    </section>
  );
}

/** The confirmation pop-ups: put on / take off the shelf (guide 4.4), one or many, and "Remove". */
function ShelfDialogs({
  pending,
  busy,
  onCancel,
  onConfirm,
}: {
  pending: Pending | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const single = pending?.kind === 'shelf' && pending.name !== undefined;
  const direction = pending?.kind === 'shelf' && !pending.onShelf ? 'takeOff' : 'putOn';
  const key = pending?.kind === 'remove' ? 'products.remove' : `products.shelf.${direction}${single ? '' : 'Bulk'}`;
  const values = {
    name: pending?.kind === 'remove' || single ? (pending?.name ?? '') : '',
    number: format.number(pending?.kind === 'shelf' ? pending.ids.length : 1),
  };
  return (
    <ConfirmDialog
      open={pending !== null}
      title={t(`${key}.title`, values)}
      confirmLabel={t(`${key}.confirm`, values)}
      cancelLabel={t('products.dialog.cancel')}
      onCancel={onCancel}
      onConfirm={onConfirm}
      busy={busy}
      tone={pending?.kind === 'remove' ? 'danger' : 'primary'}
      testId={pending?.kind === 'remove' ? 'remove-dialog' : 'shelf-dialog'}
    >
      <p>{t(`${key}.body`, values)}</p>
    </ConfirmDialog>
  );
}
