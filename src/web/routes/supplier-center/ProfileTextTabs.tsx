import { type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_NATIVE_NAMES, type Locale } from '../../../shared/locales.js';
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
  const base = useId();
  const tabId = (l: Locale) => `${base}tab-${l}`;
  const panelId = (l: Locale) => `${base}panel-${l}`;
  const hasError = (l: Locale) =>
    Boolean(fieldError(`translations.${l}.profile`) || fieldError(`translations.${l}.mainProducts`));

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = LOCALES[(LOCALES.indexOf(active) + step + LOCALES.length) % LOCALES.length] ?? active;
    onActive(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <div className="lang-tabs">
      <div role="tablist" aria-label={t('supplierCenter.profile.languages')} onKeyDown={onKeyDown}>
        {LOCALES.map((l) => (
          <button
            key={l}
            id={tabId(l)}
            type="button"
            role="tab"
            lang={l}
            aria-selected={l === active}
            aria-controls={panelId(l)}
            tabIndex={l === active ? 0 : -1}
            className={hasError(l) ? 'tab has-error' : 'tab'}
            onClick={() => onActive(l)}
          >
            {LOCALE_NATIVE_NAMES[l]}
            {REQUIRED_LOCALES.includes(l) ? <span aria-hidden="true">{' *'}</span> : null}
          </button>
        ))}
      </div>
      {LOCALES.map((l) => (
        <div key={l} id={panelId(l)} role="tabpanel" aria-labelledby={tabId(l)} hidden={l !== active} lang={l}>
          <p className="field-hint">
            {REQUIRED_LOCALES.includes(l) ? t('supplierCenter.profile.required') : t('supplierCenter.profile.optional')}
          </p>
          <TextAreaField
            label={t('supplierCenter.profile.profile')}
            name={`profile-${l}`}
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
            rows={3}
            maxLength={500}
            value={texts[l].mainProducts}
            error={fieldError(`translations.${l}.mainProducts`)}
            onChange={(e) => onChange(l, 'mainProducts', e.target.value)}
          />
        </div>
      ))}
    </div>
  );
}
