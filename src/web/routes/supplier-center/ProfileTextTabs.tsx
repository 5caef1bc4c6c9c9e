import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.js';
import { LanguageTabs } from '../../components/forms/LanguageTabs.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { type ProfileField, type ProfileText, REQUIRED_LOCALES } from './profileForm.js';

/** Company profile and main products per language: 中文 / English / Русский / Español tabs. */
export function ProfileTextTabs({
  texts,
  active,
  onActive,
  onChange,
  fieldError,
}: {
  texts: Record<Locale, ProfileText>;
  active: Locale;
  onActive: (locale: Locale) => void;
  onChange: (locale: Locale, field: keyof ProfileText, value: string) => void;
  fieldError: (field: ProfileField) => string | undefined;
}) {
  const { t } = useTranslation();
  const hasError = (l: Locale) =>
    Boolean(fieldError(`translations.${l}.profile`) || fieldError(`translations.${l}.mainProducts`));

  return (
    <LanguageTabs
      label={t('supplierCenter.profile.languages')}
      active={active}
      onActive={onActive}
      isRequired={(l) => REQUIRED_LOCALES.includes(l)}
      hasError={hasError}
      hints={{ required: t('supplierCenter.profile.required'), optional: t('supplierCenter.profile.optional') }}
    >
      {(l) => (
        <>
          <TextAreaField
            label={t('supplierCenter.profile.profile')}
            name={`profile-${l}`}
            lang={l}
            rows={8}
            maxLength={5000}
            hint={t('supplierCenter.profile.profileHint')}
            value={texts[l].profile}
            error={fieldError(`translations.${l}.profile`)}
            onChange={(e) => onChange(l, 'profile', e.target.value)}
          />
          <TextAreaField
            label={t('supplier.fields.mainProducts')}
            name={`mainProducts-${l}`}
            lang={l}
            rows={3}
            maxLength={500}
            value={texts[l].mainProducts}
            error={fieldError(`translations.${l}.mainProducts`)}
            onChange={(e) => onChange(l, 'mainProducts', e.target.value)}
          />
        </>
      )}
    </LanguageTabs>
  );
}
