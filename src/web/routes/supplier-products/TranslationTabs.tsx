import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locales.js';
import { FormField } from '../../components/forms/FormField.js';
import { LanguageTabs } from '../../components/forms/LanguageTabs.js';
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
  const hasError = (l: Locale) => Boolean(fieldError(`translations.${l}.name`)) || hasNestedError(l);
  const hasNestedError = (l: Locale) =>
    ['sellingPoints', 'descriptionHtml', 'keywords', 'specs'].some((f) => fieldError(`translations.${l}.${f}`)) ||
    texts[l].specs.some(
      (_, i) => fieldError(`translations.${l}.specs.${i}.name`) || fieldError(`translations.${l}.specs.${i}.value`),
    );

  // An optional language left empty shows the English text to buyers ("English shown").
  const fillState = (l: Locale) =>
    isFilled(texts[l]) ? 'filled' : isRequiredLocale(l) ? 'required' : ('fallback' as const);

  return (
    <LanguageTabs
      label={t('products.form.languages')}
      className="product-lang-tabs"
      active={active}
      onActive={onActive}
      isRequired={isRequiredLocale}
      hasError={hasError}
      hints={{ required: t('products.form.langRequired'), optional: t('products.form.langOptional') }}
      state={(l) => {
        const state = fillState(l);
        return { state, label: t(`products.form.langState.${state}`) };
      }}
    >
      {(l) => {
        const text = texts[l];
        const path = (field: string) => `translations.${l}.${field}`;
        return (
          <>
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
          </>
        );
      }}
    </LanguageTabs>
  );
}
