import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brand, BrandInput, BrandKind } from '../../../shared/schemas/brands.js';
import type { BrandReason } from '../../api/brands.js';
import { ApiError } from '../../api/client.js';
import { BrandFacts } from '../../components/brands/BrandFacts.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';
import { ReviewRemark } from '../supplier-auth/remarks.js';
import { BRAND_FIELDS, type BrandField, type BrandValues, checkBrand, localToday, toFormError } from './brandForm.js';
import { BrandFormFields } from './BrandFormFields.js';

const STALE = new Set(['VERSION_CONFLICT', 'INVALID_TRANSITION']);

export interface BrandFormProps {
  kind: BrandKind;
  initial: BrandValues;
  /** The reviewer's reasons by target ("brand.nameEn"), shown next to their fields. */
  remarks?: Map<string, BrandReason[]>;
  submit: (input: BrandInput) => Promise<{ brand: Brand }>;
  onDone: (brand: Brand) => void;
  onCancel: () => void;
  /** The brand changed elsewhere (409): the page reloads it. */
  onStale?: () => void;
}

/** Fill in the brand → "Next Step" → check everything → "Submit" (guide 3.1, 3.2). */
export function BrandForm({ kind, initial, remarks, submit, onDone, onCancel, onStale }: BrandFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const form = useFieldErrors(BRAND_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  useEffect(() => {
    if (step === 'confirm') headingRef.current?.focus();
  }, [step]);

  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: ({ brand }) => onDone(brand),
    onError: (error) => {
      setStep('edit');
      if (error instanceof ApiError && STALE.has(error.body.code)) {
        form.setFormProblem({ key: 'brands.form.stale' });
        onStale?.();
        return;
      }
      const codes = form.applyApiError(toFormError(error));
      if (codes.includes('brand_duplicate')) form.setFormProblem({ key: 'brands.form.duplicate' });
      focusFirstInvalid();
    },
  });

  const set = <K extends keyof BrandValues>(key: K, value: BrandValues[K], field: BrandField) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    form.setError(field, undefined);
    if (field === 'nameZh' || field === 'nameEn') {
      form.setError('nameZh', undefined);
      form.setError('nameEn', undefined);
    }
    if (field === 'certificateKind') form.setError('trademarkValidUntil', undefined);
  };

  const remark = (field: BrandField) => {
    const reasons = remarks?.get(`brand.${field}`);
    return reasons?.length ? <ReviewRemark reasons={reasons} /> : undefined;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const checked = checkBrand(kind, values, localToday());
    if (checked.input === null) {
      form.clear();
      for (const p of checked.problems) form.setError(p.field, p.code);
      form.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      setStep('edit');
      focusFirstInvalid();
    } else if (step === 'edit') {
      form.clear();
      setStep('confirm');
    } else {
      mutation.mutate(checked.input);
    }
  };

  return (
    <form ref={formRef} className="form brand-form" onSubmit={onSubmit} noValidate data-testid="brand-form">
      {form.formError ? (
        <FormAlert tone="error" testId="form-error">
          {form.formError}
        </FormAlert>
      ) : null}
      {step === 'edit' ? (
        <>
          <BrandFormFields kind={kind} values={values} set={set} fieldError={form.fieldError} remark={remark} />
          <div className="wizard-nav">
            <button type="button" className="btn btn-ghost" onClick={onCancel}>
              {t('brands.form.cancel')}
            </button>
            <button type="submit" className="btn btn-primary btn-lg">
              {t('terms.nextStep')}
            </button>
          </div>
        </>
      ) : (
        <div className="confirm-step" data-testid="brand-confirm">
          <h3 ref={headingRef} tabIndex={-1} className="step-title">
            {t('brands.form.confirmTitle')}
          </h3>
          <p className="lead">{t('brands.form.confirmLead')}</p>
          <BrandFacts brand={{ kind, ...toFacts(values) }} />
          <div className="wizard-nav">
            <button
              type="button"
              className="btn btn-ghost"
              disabled={mutation.isPending}
              onClick={() => setStep('edit')}
            >
              {t('supplierAuth.back')}
            </button>
            <button type="submit" className="btn btn-primary btn-lg" disabled={mutation.isPending}>
              {t('terms.submit')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

/** The form's values in the shape the read-only facts show. */
function toFacts(v: BrandValues) {
  return {
    nameZh: v.nameZh.trim() || null,
    nameEn: v.nameEn.trim() || null,
    logo: v.logo,
    trademarkNumber: v.trademarkNumber.trim(),
    trademarkCountry: v.trademarkCountry,
    niceClasses: v.niceClasses,
    certificateKind: v.certificateKind,
    certificate: v.certificate,
    trademarkValidUntil: v.trademarkValidUntil || null,
    brandOwner: v.brandOwner.trim() || null,
    authorization: v.authorization,
    authorizationLevel: v.authorizationLevel || null,
    authorizationChain: v.authorizationChain.trim() || null,
    territory: v.territory.trim() || null,
    authorizationStart: v.authorizationStart || null,
    authorizationEnd: v.authorizationEnd || null,
  };
}
