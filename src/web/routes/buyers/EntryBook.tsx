import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';

export interface BookEntry {
  id: string;
  version: number;
  isDefault: boolean;
}

/** What a form for one entry gets: the entry being edited (none: a new one) and how to finish. */
export interface EntryFormProps<E> {
  entry?: E;
  onSaved: (entry: E) => void;
  onCancel: () => void;
}

export interface EntryBookProps<E extends BookEntry> {
  /** The texts' group: buyers.addresses.* or buyers.invoiceProfiles.* */
  kind: 'addresses' | 'invoiceProfiles';
  entries: E[];
  queryKey: QueryKey;
  /** The list answer's name for the entries ({ addresses } / { profiles }). */
  listField: string;
  max: number;
  /** The entry's name: its card's heading and what the delete dialog names. */
  heading: (entry: E) => string;
  details: (entry: E) => ReactNode;
  Form: (props: EntryFormProps<E>) => ReactNode;
  remove: (id: string, version: number) => Promise<E[]>;
  makeDefault: (id: string) => Promise<E[]>;
}

const NO_FIELDS = [] as const;

/**
 * A list with one default (address book, invoice profiles): cards with "Edit", "Delete" and
 * "Set as default", one form at a time for a new or an edited entry.
 */
export function EntryBook<E extends BookEntry>(props: EntryBookProps<E>) {
  const { kind, entries, queryKey, listField, max, Form } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [confirming, setConfirming] = useState<E | null>(null);
  const [notice, setNotice] = useState<'saved' | 'deleted' | 'defaultSet' | null>(null);
  const actionErrors = useFieldErrors(NO_FIELDS);
  const text = (key: string, values?: Record<string, unknown>) => t(`buyers.${kind}.${key}`, values);

  const take = (list: E[]) => queryClient.setQueryData(queryKey, { [listField]: list });
  const onActionError = async (error: unknown) => {
    actionErrors.applyApiError(error);
    // Changed or removed elsewhere: show the list as it is now.
    if (error instanceof ApiError && (error.status === 404 || error.status === 409)) {
      await queryClient.invalidateQueries({ queryKey });
    }
  };
  const removal = useMutation({
    mutationFn: (entry: E) => props.remove(entry.id, entry.version),
    onSuccess: (list) => {
      take(list);
      setConfirming(null);
      setNotice('deleted');
    },
    onError: async (error) => {
      setConfirming(null);
      await onActionError(error);
    },
  });
  const defaulting = useMutation({
    mutationFn: (entry: E) => props.makeDefault(entry.id),
    onSuccess: (list) => {
      take(list);
      setNotice('defaultSet');
    },
    onError: onActionError,
  });

  const start = (what: 'new' | string) => {
    actionErrors.clear();
    setNotice(null);
    setEditing(what);
  };
  const finish = () => {
    setEditing(null);
    setNotice('saved');
    void queryClient.invalidateQueries({ queryKey });
  };
  const full = entries.length >= max;

  return (
    <>
      {actionErrors.formError ? (
        <FormAlert tone="error" testId="book-error">
          {actionErrors.formError}
        </FormAlert>
      ) : null}
      {notice ? (
        <FormAlert tone="success" testId="book-notice">
          {t(`buyers.notices.${notice}`)}
        </FormAlert>
      ) : null}
      {editing === 'new' ? (
        <Form onSaved={finish} onCancel={() => setEditing(null)} />
      ) : (
        <div className="buyer-form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={full || editing !== null}
            onClick={() => start('new')}
            data-testid="add-entry"
          >
            {text('add')}
          </button>
          <span className="muted">{text('count', { used: entries.length, max })}</span>
        </div>
      )}
      {entries.length === 0 && editing !== 'new' ? <p className="muted">{text('empty')}</p> : null}
      <ul className="buyer-entries" data-testid="entries">
        {entries.map((entry) =>
          editing === entry.id ? (
            <li key={entry.id} className="buyer-entry-editing">
              <Form entry={entry} onSaved={finish} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li
              key={entry.id}
              className={`card buyer-entry${entry.isDefault ? ' buyer-entry-default' : ''}`}
              data-testid="entry"
              data-default={entry.isDefault}
            >
              <h3>
                {props.heading(entry)}
                {entry.isDefault ? <span className="badge badge-approved">{t('buyers.default')}</span> : null}
              </h3>
              {props.details(entry)}
              <div className="buyer-entry-actions">
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  disabled={editing !== null}
                  onClick={() => start(entry.id)}
                >
                  {t('buyers.edit')}
                </button>
                {entry.isDefault ? null : (
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    disabled={defaulting.isPending}
                    onClick={() => {
                      actionErrors.clear();
                      setNotice(null);
                      defaulting.mutate(entry);
                    }}
                  >
                    {t('buyers.setDefault')}
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  disabled={editing !== null}
                  onClick={() => {
                    actionErrors.clear();
                    setNotice(null);
                    setConfirming(entry);
                  }}
                >
                  {t('buyers.delete')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={text('deleteTitle')}
        confirmLabel={t('buyers.delete')}
        cancelLabel={t('buyers.cancel')}
        tone="danger"
        busy={removal.isPending}
        onConfirm={() => confirming && removal.mutate(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>{confirming ? text('deleteBody', { name: props.heading(confirming) }) : null}</p>
        {confirming?.isDefault && entries.length > 1 ? <p>{text('deleteDefault')}</p> : null}
      </ConfirmDialog>
    </>
  );
}
