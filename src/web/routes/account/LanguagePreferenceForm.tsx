import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_NATIVE_NAMES, type Locale, isLocale } from '../../../shared/locales.js';
import { accountApi, useUserMutation } from '../../api/account.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';

const FIELDS = ['locale'] as const;

/** The language of the platform's emails to this user (codes, review results, orders). */
export function LanguagePreferenceForm({ current }: { current: Locale }) {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>(current);
  const [saved, setSaved] = useState(false);
  const form = useFieldErrors(FIELDS);
  const mutation = useUserMutation(accountApi.updateProfile);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    form.clear();
    mutation.mutate({ locale }, { onSuccess: () => setSaved(true), onError: (error) => form.applyApiError(error) });
  };

  return (
    <form className="form form-inline" onSubmit={onSubmit} noValidate>
      <SelectField
        label={t('account.language.label')}
        name="locale"
        hint={t('account.language.hint')}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
          setSaved(false);
        }}
        error={form.fieldError('locale')}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l], lang: l }))}
      />
      <button type="submit" className="btn btn-ghost" disabled={mutation.isPending || locale === current}>
        {t('common.save')}
      </button>
      {saved ? <FormAlert tone="success">{t('common.saved')}</FormAlert> : null}
      {form.formError ? <FormAlert tone="error">{form.formError}</FormAlert> : null}
    </form>
  );
}
