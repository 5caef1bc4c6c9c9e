import { type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_NATIVE_NAMES, type Locale } from '../../../shared/locales.js';
import { FormField } from '../../components/forms/FormField.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { isFilled, isRequiredLocale, type TextValues } from './productForm.js';
import { RichTextEditor } from './RichTextEditor.js';
import { SpecRows } from './SpecRows.js';

/** The product's text per language: 中文 / English / Русский / Español tabs, each showing whether it is filled. */
export function TranslationTabs({
  texts,
  active,
  onActive,
  onChange,
  fieldError,
}: {
  texts: Record<Locale, TextValues>;
  active: Locale;
  onActive: (locale: Locale) => void;
  onChange: (locale: Locale, patch: Partial<TextValues>) => void;
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const base = useId();
  const tabId = (l: Locale) => `${base}tab-${l}`;
  const panelId = (l: Locale) => `${base}panel-${l}`;
  const hasError = (l: Locale) => Boolean(fieldError(`translations.${l}.name`)) || hasNestedError(l);
  const hasNestedError = (l: Locale) =>
    ['sellingPoints', 'descriptionHtml', 'keywords', 'specs'].some((f) => fieldError(`translations.${l}.${f}`)) ||
    texts[l].specs.some(
      (_, i) => fieldError(`translations.${l}.specs.${i}.name`) || fieldError(`translations.${l}.specs.${i}.value`),
    );

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = LOCALES[(LOCALES.indexOf(active) + step + LOCALES.length) % LOCALES.length] ?? active;
    onActive(next);
    document.getElementById(tabId(next))?.focus();
  };

  const state = (l: Locale) =>
    isFilled(texts[l]) ? 'filled' : isRequiredLocale(l) ? 'required' : ('fallback' as const);

  return (
    <div className="lang-tabs product-lang-tabs">
      <div role="tablist" aria-label={t('products.form.languages')} onKeyDown={onKeyDown}>
        {LOCALES.map((l) => (
          <button
            key={l}
            id={tabId(l)}
            type="button"
            role="tab"
            aria-selected={l === active}
            aria-controls={panelId(l)}
            tabIndex={l === active ? 0 : -1}
            className={hasError(l) ? 'tab has-error' : 'tab'}
            data-testid={`lang-tab-${l}`}
            data-state={state(l)}
            onClick={() => onActive(l)}
          >
            <span lang={l}>{LOCALE_NATIVE_NAMES[l]}</span>
            {isRequiredLocale(l) ? <span aria-hidden="true">{' *'}</span> : null}
            <span className={`lang-state lang-state-${state(l)}`}>{t(`products.form.langState.${state(l)}`)}</span>
          </button>
        ))}
      </div>
      {LOCALES.map((l) => {
        const text = texts[l];
        const path = (field: string) => `translations.${l}.${field}`;
        return (
          <div key={l} id={panelId(l)} role="tabpanel" aria-labelledby={tabId(l)} hidden={l !== active}>
            <p className="field-hint">
              {isRequiredLocale(l) ? t('products.form.langRequired') : t('products.form.langOptional')}
            </p>
            <FormField
              label={t('products.fields.name')}
              name={path('name')}
              lang={l}
              value={text.name}
              maxLength={200}
              required={isRequiredLocale(l)}
              error={fieldError(path('name'))}
              onChange={(e) => onChange(l, { name: e.target.value })}
            />
            <TextAreaField
              label={t('products.fields.sellingPoints')}
              name={path('sellingPoints')}
              lang={l}
              rows={3}
              maxLength={1000}
              hint={t('products.form.sellingPointsHint')}
              value={text.sellingPoints}
              error={fieldError(path('sellingPoints'))}
              onChange={(e) => onChange(l, { sellingPoints: e.target.value })}
            />
            <RichTextEditor
              label={t('products.fields.description')}
              lang={l}
              value={text.descriptionHtml}
              hint={t('products.editor.hint')}
              error={fieldError(path('descriptionHtml'))}
              testId={`description-${l}`}
              onChange={(html) => onChange(l, { descriptionHtml: html })}
            />
            <FormField
              label={t('products.fields.keywords')}
              name={path('keywords')}
              lang={l}
              value={text.keywords}
              maxLength={300}
              hint={t('products.form.keywordsHint')}
              error={fieldError(path('keywords'))}
              onChange={(e) => onChange(l, { keywords: e.target.value })}
            />
            <SpecRows
              rows={text.specs}
              prefix={path('specs')}
              fieldError={fieldError}
              onChange={(specs) => onChange(l, { specs })}
            />
          </div>
        );
      })}
    </div>
  );
}
