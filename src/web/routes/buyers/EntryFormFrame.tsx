import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/forms/CheckboxField.js';
import { FormAlert } from '../../components/forms/FormAlert.js';

/**
 * What the address and invoice-profile forms share around their fields: the title, the conflict /
 * gone / form-level alerts, "make this the default" (not shown on the default itself), Save and Cancel.
 */
export function EntryFormFrame({
  formRef,
  onSubmit,
  testId,
  title,
  problem,
  formError,
  makeDefault,
  pending,
  onCancel,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  testId: string;
  title: string;
  problem: 'conflict' | 'gone' | null;
  formError: string | undefined;
  /** Undefined when the entry already is the default. */
  makeDefault?: { label: string; checked: boolean; onChange: (checked: boolean) => void };
  pending: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `${testId}-title`;
  return (
    <form
      ref={formRef}
      className="form card buyer-form"
      onSubmit={onSubmit}
      noValidate
      data-testid={testId}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{title}</h2>
      {problem ? (
        <FormAlert tone="error" testId="entry-conflict">
          {t(problem === 'conflict' ? 'buyers.entryConflict' : 'buyers.entryGone')}
        </FormAlert>
      ) : null}
      {formError ? (
        <FormAlert tone="error" testId="form-error">
          {formError}
        </FormAlert>
      ) : null}
      {children}
      {makeDefault ? (
        <CheckboxField
          name="isDefault"
          checked={makeDefault.checked}
          onChange={(e) => makeDefault?.onChange(e.target.checked)}
        >
          {makeDefault.label}
        </CheckboxField>
      ) : null}
      <div className="buyer-form-actions">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('buyers.cancel')}
        </button>
      </div>
    </form>
  );
}
