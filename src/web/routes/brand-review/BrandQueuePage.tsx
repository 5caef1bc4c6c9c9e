import '../../styles/brands.css';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BRAND_STATES } from '../../../shared/state-machines/brand.js';
import { type BrandQueueFilter, type BrandQueueStatus, useBrandQueue } from '../../api/brands.js';
import { brandName } from '../../components/brands/BrandFacts.js';
import { BrandStatusBadge } from '../../components/brands/BrandStatusBadge.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { CheckboxField } from '../../components/forms/CheckboxField.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

const STATUSES: readonly BrandQueueStatus[] = [...BRAND_STATES, 'all'];
const isStatus = (v: string | null): v is BrandQueueStatus => STATUSES.some((s) => s === v);

/** Brand review queue: oldest submission first, overdue rows marked; filters live in the URL. */
export function BrandQueuePage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter: BrandQueueFilter = {
    status: isStatus(status) ? status : 'pending',
    q: params.get('q') ?? '',
    overdue: params.get('overdue') === 'true',
  };
  const queue = useBrandQueue(filter);
  usePageTitle(t('brands.review.title'));

  const update = (patch: Partial<BrandQueueFilter>) => {
    const next = { ...filter, ...patch };
    const search = new URLSearchParams();
    if (next.status !== 'pending') search.set('status', next.status);
    if (next.q) search.set('q', next.q);
    if (next.overdue) search.set('overdue', 'true');
    setParams(search, { replace: true });
  };

  return (
    <div className="container review-page">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: t('brands.review.title') }]} />
      <h1>{t('brands.review.title')}</h1>
      <form className="form form-inline review-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('review.filters.status')}
          name="status"
          value={filter.status}
          onChange={(e) => update({ status: e.target.value as BrandQueueStatus })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? t('review.filters.all') : t(`brands.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <FormField
          label={t('review.filters.search')}
          name="q"
          type="search"
          hint={t('brands.review.searchHint')}
          defaultValue={filter.q}
          onChange={(e) => update({ q: e.target.value })}
        />
        <CheckboxField name="overdue" checked={filter.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
          {t('review.filters.overdueOnly')}
        </CheckboxField>
      </form>
      {queue.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {queue.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {queue.data && queue.data.items.length === 0 ? <p className="muted">{t('brands.review.empty')}</p> : null}
      {queue.data && queue.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="table review-queue" data-testid="brand-queue">
            <thead>
              <tr>
                <th scope="col">{t('brands.list.name')}</th>
                <th scope="col">{t('brands.review.kind')}</th>
                <th scope="col">{t('brands.review.supplier')}</th>
                <th scope="col">{t('supplierAuth.status.submittedAt')}</th>
                <th scope="col">{t('supplierAuth.status.dueAt')}</th>
                <th scope="col">{t('review.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.items.map((item) => (
                <tr key={item.id} className={item.overdue ? 'is-overdue' : undefined} data-testid="brand-queue-row">
                  <td>
                    <Link to={href(`/admin/brands/${item.id}`)}>{brandName(item)}</Link>
                  </td>
                  <td>{t(item.kind === 'private' ? 'terms.privateBrands' : 'terms.agencyBrands')}</td>
                  <td>{item.supplierName}</td>
                  <td>
                    <time dateTime={item.submittedAt}>{format.dateTime(item.submittedAt)}</time>
                  </td>
                  <td>
                    {item.dueAt ? <time dateTime={item.dueAt}>{format.dateTime(item.dueAt)}</time> : null}{' '}
                    {item.overdue ? (
                      <span className="badge badge-rejected" data-testid="overdue">
                        {t('review.overdue')}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <BrandStatusBadge status={item.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
