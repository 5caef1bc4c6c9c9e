import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_FIELDS, type CompanyField } from '../../../shared/company-fields.js';
import {
  companyDraftSchema,
  REQUIRED_MATERIALS,
  type Application,
  type MaterialType,
} from '../../../shared/schemas/suppliers.js';
import { creditCodeProblem } from '../../../shared/validation/credit-code.js';
import { ApiError } from '../../api/client.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';
import { useFormat } from '../../hooks/useFormat.js';
import {
  COMPANY_ALIASES,
  type CompanyValues,
  companyProblems,
  draftOf,
  toValues,
  withServerValues,
} from './companyForm.js';
import { CompanyStep } from './CompanyStep.js';
import { ConfirmStep } from './ConfirmStep.js';
import { MaterialsStep } from './MaterialsStep.js';
import { RejectionSummary } from './RejectionSummary.js';
import { reasonsByTarget } from './remarks.js';
import { SaveStatus } from './SaveStatus.js';
import { STEPS, type Step, StepIndicator } from './StepIndicator.js';
import { useApplicationEditor } from './useApplicationEditor.js';
import { useAutosave } from './useAutosave.js';

/** The types the server's 400 says are missing ({path: "materials", params: {type}}). */
function missingMaterials(error: unknown): MaterialType[] {
  if (!(error instanceof ApiError)) return [];
  return (error.body.details ?? [])
    .filter((d) => d.path.replace(/^body\./, '') === 'materials')
    .map((d) => String(d.params?.type ?? 'business_licence') as MaterialType);
}

/**
 * Company details → Materials → Confirm, saved as the user goes; "Next Step" between, "Submit"
 * at the end. `saved` is the server's copy: the first one starts the form; a later version
 * (a refetch, a late save answer) fills only the fields the person has not changed here.
 */
export function ApplicationWizard({ saved }: { saved: Application | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [initial] = useState(saved);
  const [values, setValues] = useState(() => toValues(initial?.company));
  /** Fields the person changed in this form: no server answer overwrites them. */
  const changedHere = useRef(new Set<CompanyField>());
  const [step, setStep] = useState<Step>('company');
  const [missing, setMissing] = useState<MaterialType[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useFieldErrors(COMPANY_FIELDS, COMPANY_ALIASES);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const resetAutosave = useRef<(next: CompanyValues) => void>(() => undefined);

  /** A saved version counts as sent; what the person changed here differs from it and is saved next. */
  const takeSaved = useCallback((latest: Application | null) => {
    const savedValues = toValues(latest?.company);
    resetAutosave.current(savedValues);
    setValues((current) => withServerValues(current, savedValues, changedHere.current));
  }, []);
  const editor = useApplicationEditor(initial, takeSaved);
  const autosave = useAutosave(values, editor.saveDraft);
  useEffect(() => {
    resetAutosave.current = autosave.reset;
  }, [autosave.reset]);
  const { adopt } = editor;
  useEffect(() => {
    if (saved && adopt(saved)) takeSaved(saved);
  }, [saved, adopt, takeSaved]);

  const application = editor.application;
  const materials = useMemo(() => application?.materials ?? [], [application]);
  const remarks = useMemo(() => reasonsByTarget(application?.rejection?.reasons), [application]);

  const go = (next: Step) => {
    void autosave.flush();
    setStep(next);
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const onChange = (field: CompanyField, value: string) => {
    const next = field === 'creditCode' ? value.toUpperCase().replace(/\s/g, '') : value;
    changedHere.current.add(field);
    setValues((prev) => ({ ...prev, [field]: next }));
    form.setError(field, undefined);
    if (field === 'creditCode' && next.length === 18) form.setError(field, creditCodeProblem(next));
  };

  /** Inline checks on blur, for fields that have a value (an empty form is not shouted at). */
  const onBlur = (field: CompanyField) => {
    const value = values[field].trim();
    if (!value) return;
    if (field === 'creditCode') form.setError(field, creditCodeProblem(value));
    else if (field === 'contactPhone' && values.country) {
      form.setError(field, isValidPhoneNumber(value, values.country as CountryCode) ? undefined : 'phone_invalid');
    } else form.validate(field, companyDraftSchema.shape[field], value);
  };

  const next = async () => {
    if (step === 'company') {
      const problems = companyProblems(values);
      for (const [field, code] of problems) form.setError(field, code);
      if (problems.size) {
        form.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
        focusFirstInvalid();
        return;
      }
      form.setFormProblem(null);
      go('materials');
    } else if (step === 'materials') {
      // An upload that shows as done may still be being attached: check what the server answers.
      setBusy(true);
      const latest = await editor.settled().finally(() => setBusy(false));
      const absent = REQUIRED_MATERIALS.filter((type) => !latest?.materials.some((m) => m.type === type));
      setMissing(absent);
      if (absent.length) return;
      go('confirm');
    }
  };

  const submit = async () => {
    setBusy(true);
    form.clear();
    try {
      await autosave.flush();
      await editor.submit();
      window.scrollTo({ top: 0 });
    } catch (error) {
      form.applyApiError(error);
      const absent = missingMaterials(error);
      setMissing(absent);
      const companyError = (error instanceof ApiError ? (error.body.details ?? []) : []).some((d) =>
        /^(body\.)?company\./.test(d.path),
      );
      if (absent.length && !companyError) form.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      if (companyError) {
        go('company');
        focusFirstInvalid();
      } else if (absent.length) go('materials');
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'confirm') void submit();
    else void next();
  };

  const index = STEPS.indexOf(step);
  return (
    <div className="wizard" data-testid="application-wizard">
      <StepIndicator current={step} />
      <SaveStatus state={editor.saveState} />
      {editor.conflict ? (
        <FormAlert tone="info" testId="conflict-notice">
          {t('supplierAuth.save.conflict')}
        </FormAlert>
      ) : null}
      {application?.status === 'rejected' ? <RejectionSummary application={application} /> : null}
      {form.formError ? (
        <FormAlert tone="error" testId="form-error">
          {form.formError}
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form wizard-form" onSubmit={onSubmit} noValidate>
        <h2 ref={headingRef} tabIndex={-1} data-testid="step-heading">
          {t('supplierAuth.stepHeading', {
            number: format.number(index + 1),
            name: t(`supplierAuth.steps.${step}`),
          })}
        </h2>
        {step === 'company' ? (
          <CompanyStep
            values={values}
            onChange={onChange}
            onBlur={onBlur}
            fieldError={form.fieldError}
            remarks={remarks}
          />
        ) : step === 'materials' ? (
          <MaterialsStep
            materials={materials}
            add={(type, fileId) => {
              setMissing((prev) => prev.filter((m) => m !== type));
              return editor.addMaterial(type, fileId, draftOf(values));
            }}
            remove={editor.removeMaterial}
            remarks={remarks}
            missing={missing.filter((type) => !materials.some((m) => m.type === type))}
          />
        ) : (
          <ConfirmStep company={draftOf(values)} materials={materials} />
        )}
        <div className="wizard-nav">
          {index > 0 ? (
            <button type="button" className="btn btn-ghost" onClick={() => go(STEPS[index - 1] ?? 'company')}>
              {t('supplierAuth.back')}
            </button>
          ) : null}
          <button type="submit" className="btn btn-primary btn-lg" disabled={busy}>
            {step === 'confirm' ? t('terms.submit') : t('terms.nextStep')}
          </button>
        </div>
      </form>
    </div>
  );
}
