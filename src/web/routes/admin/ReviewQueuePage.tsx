import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SUPPLIER_APPLICATION_STATES_FOR_QUEUE } from '../../../shared/schemas/supplier-review.js';
import { type QueueFilter, type QueueStatus, useReviewQueue } from '../../api/review.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { CheckboxField } from '../../components/forms/CheckboxField.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { regionName } from '../../lib/regions.js';

const isQueueStatus = (v: string | null): v is QueueStatus =>
  (SUPPLIER_APPLICATION_STATES_FOR_QUEUE as readonly string[]).includes(v ?? '');

/** The review console's queue: oldest submission first, overdue rows marked; filters live in the URL. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const locale = useLocale();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter: QueueFilter = {
    status: isQueueStatus(status) ? status : 'submitted',
    q: params.get('q') ?? '',
    overdue: params.get('overdue') === 'true',
  };
  const queue = useReviewQueue(filter);
  usePageTitle(t('review.title'));

  const update = (patch: Partial<QueueFilter>) => {
    const next = { ...filter, ...patch };
    const search = new URLSearchParams();
    if (next.status !== 'submitted') search.set('status', next.status);
    if (next.q) search.set('q', next.q);
    if (next.overdue) search.set('overdue', 'true');
    setParams(search, { replace: true });
  };

  return (
    <div className="container review-page">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: t('review.title') }]} />
      <h1>{t('review.title')}</h1>
      <form className="form form-inline review-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('review.filters.status')}
          name="status"
          value={filter.status}
          onChange={(e) => update({ status: e.target.value as QueueStatus })}
        >
          {SUPPLIER_APPLICATION_STATES_FOR_QUEUE.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? t('review.filters.all') : t(`account.supplier.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <FormField
          label={t('review.filters.search')}
          name="q"
          type="search"
          hint={t('review.filters.searchHint')}
          defaultValue={filter.q}
          onChange={(e) => update({ q: e.target.value })}
        />
        <CheckboxField name="overdue" checked={filter.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
          {t('review.filters.overdueOnly')}
        </CheckboxField>
      </form>
      {queue.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {queue.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {queue.data && queue.data.items.length === 0 ? <p className="muted">{t('review.empty')}</p> : null}
      {queue.data && queue.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="table review-queue" data-testid="review-queue">
            <thead>
              <tr>
                <th scope="col">{t('review.columns.company')}</th>
                <th scope="col">{t('review.columns.applicant')}</th>
                <th scope="col">{t('supplier.fields.country')}</th>
                <th scope="col">{t('supplierAuth.status.submittedAt')}</th>
                <th scope="col">{t('supplierAuth.status.dueAt')}</th>
                <th scope="col">{t('review.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.items.map((item) => (
                <tr key={item.id} className={item.overdue ? 'is-overdue' : undefined} data-testid="review-row">
                  <td>
                    <Link to={href(`/admin/supplier-applications/${item.id}`)}>
                      {item.companyNameEn ?? item.companyNameZh ?? item.accountName}
                    </Link>
                    {item.companyNameZh && item.companyNameEn ? (
                      <div className="muted" lang="zh-CN">
                        {item.companyNameZh}
                      </div>
                    ) : null}
                  </td>
                  <td>{item.accountName}</td>
                  <td>{item.country ? regionName(locale, item.country) : null}</td>
                  <td>{item.submittedAt ? format.dateTime(item.submittedAt) : null}</td>
                  <td>
                    {item.dueAt ? format.dateTime(item.dueAt) : null}{' '}
                    {item.overdue ? <span className="badge badge-rejected">{t('review.overdue')}</span> : null}
                  </td>
                  <td>
                    <span className={`badge badge-${item.status}`}>{t(`account.supplier.status.${item.status}`)}</span>
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
