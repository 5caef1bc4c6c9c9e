import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REPORT_STATUSES } from '../../../shared/schemas/messages.js';
import { messageKeys, messagesApi, type ReportStatus } from '../../api/messages.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { Pagination } from '../../components/Pagination.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/** Matches the server's page size for the staff queue (CONVERSATION_PAGE_SIZE). */
const PAGE_SIZE = 20;

/** The review console's "Reported conversations" (issue 14): open reports first, newest first. */
export function MessageReportsPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const status: ReportStatus = params.get('status') === 'resolved' ? 'resolved' : 'open';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const reports = useQuery({
    queryKey: messageKeys.reports(status, page),
    queryFn: () => messagesApi.reports(status, page),
    placeholderData: (previous) => previous,
  });
  usePageTitle(t('messages.reports.title'));

  return (
    <div className="container review-page" data-testid="message-reports">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: t('messages.reports.title') }]} />
      <h1>{t('messages.reports.title')}</h1>
      <div className="segmented" role="group" aria-label={t('messages.reports.statusLabel')}>
        {REPORT_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className="btn btn-ghost btn-small"
            aria-pressed={status === s}
            onClick={() => setParams({ status: s })}
          >
            {t(`messages.reports.status.${s}`)}
          </button>
        ))}
      </div>
      {reports.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {reports.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {reports.data && !reports.data.items.length ? <p className="muted">{t('messages.reports.empty')}</p> : null}
      {reports.data?.items.length ? (
        <table className="table">
          <caption className="visually-hidden">{t('messages.reports.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('messages.reports.columns.parties')}</th>
              <th scope="col">{t('messages.reports.columns.reason')}</th>
              <th scope="col">{t('messages.reports.columns.reporter')}</th>
              <th scope="col">{t('messages.reports.columns.createdAt')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data.items.map((report) => (
              <tr key={report.id} data-testid="message-report-row">
                <td>
                  <Link to={href(`/admin/message-reports/${report.id}`)}>
                    {t('messages.reports.parties', {
                      buyer: report.buyerName ?? '—',
                      supplier: report.supplierName ?? '—',
                    })}
                  </Link>
                </td>
                <td>{t(`messages.report.reasons.${report.reason}`)}</td>
                <td>{t(`messages.reports.side.${report.reporterSide}`)}</td>
                <td>{format.dateTime(report.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {reports.data ? (
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={reports.data.total}
          onPage={(p) => setParams({ status, page: String(p) })}
        />
      ) : null}
    </div>
  );
}
