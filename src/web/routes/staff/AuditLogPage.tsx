import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditQueryString, useAuditLog, type AuditFilters } from '../../api/staff.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { useFormat } from '../../hooks/useFormat.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

const FILTERS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
const LABELS: Record<(typeof FILTERS)[number], string> = {
  actor: 'staffAdmin.audit.actor',
  action: 'staffAdmin.audit.action',
  entityType: 'staffAdmin.audit.objectType',
  entityId: 'staffAdmin.audit.objectId',
  from: 'staffAdmin.audit.from',
  to: 'staffAdmin.audit.to',
};

/** Admins: who did what to which record — filters, pages of 50, and the same filters as CSV. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<AuditFilters>({});
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const query = useAuditLog(filters, page);
  usePageTitle(t('staffAdmin.audit.title'));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(Object.fromEntries(Object.entries(draft).filter(([, v]) => v?.trim())));
    setPage(1);
  };
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : 1;

  return (
    <div className="container" data-testid="audit-page">
      <h1>{t('staffAdmin.audit.title')}</h1>
      <p className="lead-small">{t('staffAdmin.audit.lead')}</p>
      <form className="form filters" onSubmit={apply} noValidate data-testid="audit-filters">
        {FILTERS.map((name) => (
          <FormField
            key={name}
            label={t(LABELS[name])}
            name={name}
            type={name === 'from' || name === 'to' ? 'date' : 'text'}
            value={draft[name] ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
          />
        ))}
        <button type="submit" className="btn btn-primary">
          {t('staffAdmin.audit.apply')}
        </button>{' '}
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            setDraft({});
            setFilters({});
            setPage(1);
          }}
        >
          {t('staffAdmin.audit.reset')}
        </button>{' '}
        <a className="btn btn-ghost" href={`/api/admin/audit.csv?${auditQueryString(filters)}`} download>
          {t('staffAdmin.audit.export')}
        </a>
      </form>

      {query.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {query.data ? (
        <>
          <p className="muted" role="status">
            {t('staffAdmin.audit.total', { count: query.data.total })}
          </p>
          {query.data.entries.length === 0 ? (
            <p className="muted">{t('staffAdmin.audit.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table" data-testid="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('staffAdmin.audit.when')}</th>
                    <th scope="col">{t('staffAdmin.audit.actor')}</th>
                    <th scope="col">{t('staffAdmin.audit.action')}</th>
                    <th scope="col">{t('staffAdmin.audit.object')}</th>
                    <th scope="col">{t('staffAdmin.audit.ip')}</th>
                    <th scope="col">{t('staffAdmin.audit.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>{format.dateTime(entry.createdAt)}</td>
                      <td>{entry.actorName ?? entry.actorId ?? t('staffAdmin.audit.system')}</td>
                      <td>
                        <code>{entry.action}</code>
                      </td>
                      <td>
                        {entry.entityType} <code>{entry.entityId}</code>
                      </td>
                      <td>{entry.ip ?? ''}</td>
                      <td>
                        <code className="wrap">{JSON.stringify(entry.details)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav className="pager" aria-label={t('staffAdmin.audit.page', { page, pages })}>
            <button type="button" className="btn btn-ghost" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('staffAdmin.audit.previous')}
            </button>{' '}
            <span>{t('staffAdmin.audit.page', { page, pages })}</span>{' '}
            <button type="button" className="btn btn-ghost" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t('staffAdmin.audit.next')}
            </button>
          </nav>
        </>
      ) : null}
    </div>
  );
}
