import '../../styles/messages.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { REPORT_RESOLUTIONS } from '../../../shared/schemas/messages.js';
import { ApiError } from '../../api/client.js';
import { messageKeys, messagesApi, type MessageReportDetail, type ReportResolution } from '../../api/messages.js';
import { Fact } from '../../components/facts/Fact.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { MessageText } from '../../components/messages/MessageText.js';
import { ReviewDetailFrame } from '../../components/review/ReviewDetailFrame.js';
import { useFormat } from '../../hooks/useFormat.js';
import { languageName } from '../../lib/messageThread.js';
import { useLocale } from '../../hooks/useLocale.js';

/** One reported conversation (opening it is audited on the server): the report, the messages, the decision. */
export function MessageReportDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: messageKeys.report(id), queryFn: () => messagesApi.reportDetail(id) });
  return (
    <ReviewDetailFrame
      consoleTitle={t('messages.reports.title')}
      consolePath="/admin/message-reports"
      name={query.data ? t('messages.reports.detailTitle') : undefined}
      fallbackName={t('messages.reports.detailTitle')}
      query={query}
      errorText={
        query.error instanceof ApiError && query.error.status === 404 ? t('errors.NOT_FOUND') : t('errors.INTERNAL')
      }
    >
      {(report) => <ReportBody report={report} />}
    </ReviewDetailFrame>
  );
}

function ReportBody({ report }: { report: MessageReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locale = useLocale();
  const ids = useId();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState<ReportResolution | ''>('');
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: () =>
      messagesApi.resolveReport(report.id, {
        resolution: resolution as ReportResolution,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
  const sideName = (side: 'buyer' | 'supplier') =>
    side === 'buyer'
      ? (report.buyerName ?? t('messages.reports.side.buyer'))
      : (report.supplierName ?? t('messages.reports.side.supplier'));

  return (
    <div data-testid="message-report">
      <dl className="facts card">
        <Fact label={t('messages.reports.columns.reason')}>{t(`messages.report.reasons.${report.reason}`)}</Fact>
        <Fact label={t('messages.reports.columns.reporter')}>{sideName(report.reporterSide)}</Fact>
        <Fact label={t('messages.reports.columns.createdAt')}>{format.dateTime(report.createdAt)}</Fact>
        <Fact label={t('messages.report.comment')}>{report.comment}</Fact>
        <Fact label={t('messages.reports.columns.status')}>
          {report.resolution
            ? t(`messages.reports.resolution.${report.resolution}`)
            : t(`messages.reports.status.${report.status}`)}
        </Fact>
        <Fact label={t('messages.reports.note')}>{report.resolutionNote}</Fact>
      </dl>
      <section className="card" aria-labelledby={`${ids}messages`}>
        <h2 id={`${ids}messages`}>{t('messages.reports.messages')}</h2>
        <ol className="report-messages">
          {report.messages.map((m) => (
            <li key={m.id} data-testid="report-message">
              <p className="muted">
                {sideName(m.senderSide)} · {format.dateTime(m.createdAt)} · {languageName(locale, m.language)}
              </p>
              <div lang={m.language}>
                <MessageText body={m.body} />
              </div>
              {m.attachments.length ? <p className="muted">{m.attachments.map((a) => a.name).join(', ')}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      {report.status === 'open' && !resolve.isSuccess ? (
        <form
          className="card"
          onSubmit={(event) => {
            event.preventDefault();
            if (resolution) resolve.mutate();
          }}
        >
          <fieldset className="field">
            <legend className="field-label">{t('messages.reports.decision')}</legend>
            {REPORT_RESOLUTIONS.map((r) => (
              <label key={r} className="radio">
                <input
                  type="radio"
                  name={`${ids}resolution`}
                  checked={resolution === r}
                  onChange={() => setResolution(r)}
                  data-testid={`report-resolution-${r}`}
                />{' '}
                {t(`messages.reports.resolution.${r}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}note`}>
              {t('messages.reports.note')}
            </label>
            <textarea
              id={`${ids}note`}
              className="input"
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          {resolve.isError ? (
            <FormAlert tone="error">
              {resolve.error instanceof ApiError
                ? t(`errors.${resolve.error.body.code}`, { defaultValue: t('errors.INTERNAL') })
                : t('errors.INTERNAL')}
            </FormAlert>
          ) : null}
          <button
            type="submit"
            className="btn btn-primary"
            disabled={!resolution || resolve.isPending}
            data-testid="report-resolve"
          >
            {t('messages.reports.resolve')}
          </button>
        </form>
      ) : null}
      {resolve.isSuccess ? (
        <FormAlert tone="success" testId="report-resolved">
          {t('messages.reports.resolved')}
        </FormAlert>
      ) : null}
    </div>
  );
}
