import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../forms/CheckboxField.js';
import { FormField } from '../forms/FormField.js';
import { SelectField } from '../forms/SelectField.js';
import type { QueueFilter } from './types.js';

/** Status, free-text search and "Overdue only"; every change applies at once (no submit button). */
export function QueueFilters<Status extends string>({
  filter,
  statuses,
  statusLabel,
  searchHint,
  onChange,
}: {
  filter: QueueFilter<Status>;
  /** The choices, in order; 'all' (every status) reads the same in every console. */
  statuses: readonly Status[];
  /** A status as staff read it; never asked about 'all'. */
  statusLabel: (status: Status) => string;
  /** What the search looks in, which differs per console. */
  searchHint: string;
  onChange: (patch: Partial<QueueFilter<Status>>) => void;
}) {
  const { t } = useTranslation();
  // The <select> hands back a plain string; only the listed statuses can be chosen.
  const statusOf = (value: string) => statuses.find((s) => s === value) ?? filter.status;
  return (
    <form className="form form-inline review-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('review.filters.status')}
        name="status"
        value={filter.status}
        onChange={(e) => onChange({ status: statusOf(e.target.value) })}
        options={statuses.map((s) => ({ value: s, label: s === 'all' ? t('review.filters.all') : statusLabel(s) }))}
      />
      <FormField
        label={t('review.filters.search')}
        name="q"
        type="search"
        hint={searchHint}
        defaultValue={filter.q}
        onChange={(e) => onChange({ q: e.target.value })}
      />
      <CheckboxField name="overdue" checked={filter.overdue} onChange={(e) => onChange({ overdue: e.target.checked })}>
        {t('review.filters.overdueOnly')}
      </CheckboxField>
    </form>
  );
}
