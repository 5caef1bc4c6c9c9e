import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHORIZATION_LEVELS, type BrandKind, CERTIFICATE_KINDS } from '../../../shared/schemas/brands.js';
import { COUNTRY_CODES } from '../../../shared/schemas/suppliers.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { DOCUMENT_ACCEPT, IMAGE_ACCEPT } from '../../components/upload/accept.js';
import { useLocale } from '../../hooks/useLocale.js';
import { sortedRegions } from '../../lib/regions.js';
import { type BrandField, type BrandValues } from './brandForm.js';
import { FileField } from './FileField.js';
import { NiceClassesField } from './NiceClassesField.js';

export interface BrandFormFieldsProps {
  kind: BrandKind;
  values: BrandValues;
  set: <K extends keyof BrandValues>(key: K, value: BrandValues[K], field: BrandField) => void;
  fieldError: (field: BrandField) => string | undefined;
  /** A reviewer's remark on a field (rejected brands), shown with its hint. */
  remark: (field: BrandField) => ReactNode;
}

type TextKey = 'nameZh' | 'nameEn' | 'trademarkNumber' | 'brandOwner' | 'territory';
type DateKey = 'trademarkValidUntil' | 'authorizationStart' | 'authorizationEnd';

/** "New Brand" / "New Agency Brand": the brand, its trademark and (agency) the authorization. */
export function BrandFormFields({ kind, values, set, fieldError, remark }: BrandFormFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useMemo(() => sortedRegions(locale, COUNTRY_CODES), [locale]);

  const withRemark = (field: BrandField, text?: ReactNode) => {
    const note = remark(field);
    if (!text && !note) return undefined;
    return (
      <>
        {text}
        {text && note ? ' ' : null}
        {note}
      </>
    );
  };
  const label = (field: BrandField) => t(`brands.fields.${field}`);
  const textInput = (key: TextKey, maxLength: number, hint?: ReactNode, extra: Record<string, unknown> = {}) => (
    <FormField
      name={key}
      label={label(key)}
      value={values[key]}
      maxLength={maxLength}
      error={fieldError(key)}
      hint={withRemark(key, hint)}
      onChange={(event) => set(key, event.target.value, key)}
      {...extra}
    />
  );
  const dateInput = (key: DateKey, required: boolean, hint?: ReactNode) => (
    <FormField
      name={key}
      type="date"
      label={label(key)}
      value={values[key]}
      required={required}
      error={fieldError(key)}
      hint={withRemark(key, hint)}
      onChange={(event) => set(key, event.target.value, key)}
    />
  );
  const registration = values.certificateKind === 'registration';

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('brands.form.sections.brand')}</legend>
        <p className="field-hint">{t('brands.form.namesHint')}</p>
        <div className="form-grid">
          {textInput('nameZh', 100, undefined, { lang: 'zh-CN' })}
          {textInput('nameEn', 100)}
        </div>
        <FileField
          label={label('logoFileId')}
          hint={withRemark('logoFileId', t('brands.form.logoHint'))}
          file={values.logo}
          purpose="brand_logo"
          accept={IMAGE_ACCEPT}
          error={fieldError('logoFileId')}
          flagged={Boolean(remark('logoFileId'))}
          onChange={(file) => set('logo', file, 'logoFileId')}
          testId="logo"
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('brands.form.sections.trademark')}</legend>
        <div className="form-grid">
          {textInput('trademarkNumber', 50, undefined, { required: true, className: 'mono-input' })}
          <SelectField
            name="trademarkCountry"
            label={label('trademarkCountry')}
            value={values.trademarkCountry}
            required
            error={fieldError('trademarkCountry')}
            hint={withRemark('trademarkCountry')}
            onChange={(event) => set('trademarkCountry', event.target.value, 'trademarkCountry')}
            placeholder={t('supplierAuth.choose')}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
        </div>
        <NiceClassesField
          value={values.niceClasses}
          error={fieldError('niceClasses')}
          hint={remark('niceClasses')}
          onChange={(next) => set('niceClasses', next, 'niceClasses')}
        />
        <div className="form-grid">
          <SelectField
            name="certificateKind"
            label={label('certificateKind')}
            value={values.certificateKind}
            error={fieldError('certificateKind')}
            onChange={(event) =>
              set('certificateKind', event.target.value as BrandValues['certificateKind'], 'certificateKind')
            }
            options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: t(`brands.certificateKinds.${k}`) }))}
          />
          {dateInput(
            'trademarkValidUntil',
            registration,
            registration ? t('brands.form.validUntilHint') : t('brands.form.validUntilReceiptHint'),
          )}
        </div>
        <FileField
          label={label('certificateFileId')}
          hint={withRemark(
            'certificateFileId',
            registration ? t('brands.form.certificateHint') : t('brands.form.receiptHint'),
          )}
          required
          file={values.certificate}
          purpose="brand_certificate"
          accept={DOCUMENT_ACCEPT}
          error={fieldError('certificateFileId')}
          flagged={Boolean(remark('certificateFileId'))}
          onChange={(file) => set('certificate', file, 'certificateFileId')}
          testId="certificate"
        />
      </fieldset>

      {kind === 'agency' ? (
        <fieldset className="form-section" data-testid="authorization-section">
          <legend>{t('brands.form.sections.authorization')}</legend>
          <div className="form-grid">
            {textInput('brandOwner', 200, t('brands.form.ownerHint'), { required: true })}
            {textInput('territory', 300, t('brands.form.territoryHint'), { required: true })}
          </div>
          <FileField
            label={label('authorizationFileId')}
            hint={withRemark('authorizationFileId', t('brands.form.authorizationHint'))}
            required
            file={values.authorization}
            purpose="brand_certificate"
            accept={DOCUMENT_ACCEPT}
            error={fieldError('authorizationFileId')}
            flagged={Boolean(remark('authorizationFileId'))}
            onChange={(file) => set('authorization', file, 'authorizationFileId')}
            testId="authorization"
          />
          <SelectField
            name="authorizationLevel"
            label={label('authorizationLevel')}
            value={values.authorizationLevel}
            required
            error={fieldError('authorizationLevel')}
            hint={withRemark('authorizationLevel')}
            onChange={(event) =>
              set('authorizationLevel', event.target.value as BrandValues['authorizationLevel'], 'authorizationLevel')
            }
            placeholder={t('supplierAuth.choose')}
            options={AUTHORIZATION_LEVELS.map((level) => ({
              value: level,
              label: t(`brands.authorizationLevels.${level}`),
            }))}
          />
          {values.authorizationLevel === 'sub_authorized' ? (
            <TextAreaField
              name="authorizationChain"
              label={label('authorizationChain')}
              value={values.authorizationChain}
              maxLength={1000}
              required
              error={fieldError('authorizationChain')}
              hint={withRemark('authorizationChain', t('brands.form.chainHint'))}
              onChange={(event) => set('authorizationChain', event.target.value, 'authorizationChain')}
            />
          ) : null}
          <div className="form-grid">
            {dateInput('authorizationStart', true)}
            {dateInput('authorizationEnd', true)}
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
