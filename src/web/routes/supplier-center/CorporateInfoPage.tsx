import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale } from '../../../shared/locales.js';
import { supplierProfileInputSchema, type SupplierProfile } from '../../../shared/schemas/suppliers.js';
import { ApiError } from '../../api/client.js';
import { SUPPLIER_PROFILE_KEY, supplierApi, useSupplierProfile } from '../../api/suppliers.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { issueCode, useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { regionName } from '../../lib/regions.js';
import { CompanyFactsFields } from './CompanyFactsFields.js';
import { PictureFields } from './PictureFields.js';
import {
  localeOfField,
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileValues,
  toProfileInput,
  toProfileValues,
} from './profileForm.js';
import { ProfileTextTabs } from './ProfileTextTabs.js';

/** "Corporate Information": what buyers read on the public supplier page (the layout loaded it). */
export function CorporateInfoPage() {
  const profile = useSupplierProfile().data?.profile;
  return profile ? <CorporateInfoForm profile={profile} /> : null;
}

function CorporateInfoForm({ profile: loaded }: { profile: SupplierProfile }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const locale = useLocale();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [profile, setProfile] = useState(loaded);
  const [values, setValues] = useState<ProfileValues>(() => toProfileValues(loaded));
  const [tab, setTab] = useState<Locale>('zh-CN');
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  const form = useFieldErrors(PROFILE_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const take = (next: SupplierProfile) => {
    setProfile(next);
    setValues(toProfileValues(next));
    queryClient.setQueryData(SUPPLIER_PROFILE_KEY, { profile: next });
  };

  const showProblems = (paths: string[]) => {
    const first = paths.map(localeOfField).find(Boolean);
    if (first) setTab(first);
    focusFirstInvalid();
  };

  const mutation = useMutation({
    mutationFn: supplierApi.saveProfile,
    onSuccess: ({ profile: saved }) => {
      take(saved);
      setNotice('saved');
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.body.code === 'VERSION_CONFLICT') {
        take((await supplierApi.profile()).profile);
        setNotice('conflict');
        return;
      }
      form.applyApiError(error);
      showProblems(
        (error instanceof ApiError ? (error.body.details ?? []) : []).map((d) => d.path.replace(/^body\./, '')),
      );
    },
  });

  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setNotice(null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.clear();
    setNotice(null);
    const input = toProfileInput(values, profile.version);
    const result = supplierProfileInputSchema.safeParse(input);
    if (!result.success) {
      const paths: string[] = [];
      for (const issue of result.error.issues) {
        const path = issue.path.join('.');
        const field = PROFILE_FIELDS.find((f) => path === f || path.startsWith(`${f}.`)) as ProfileField | undefined;
        if (field) form.setError(field, issueCode(issue.message));
        paths.push(path);
      }
      form.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      showProblems(paths);
      return;
    }
    mutation.mutate(result.data);
  };

  return (
    <section aria-labelledby="corporate-title" data-testid="corporate-info">
      <div className="section-head">
        <h2 id="corporate-title">{t('supplierCenter.corporateInformation')}</h2>
        <Link to={href(`/suppliers/${profile.id}`)} className="btn btn-ghost" data-testid="view-public-page">
          {t('supplierCenter.viewPublicPage')}
        </Link>
      </div>
      <dl className="facts card">
        <div>
          <dt>{t('supplier.fields.companyNameEn')}</dt>
          <dd>{profile.nameEn}</dd>
        </div>
        {profile.nameZh ? (
          <div>
            <dt>{t('supplier.fields.companyNameZh')}</dt>
            <dd lang="zh-CN">{profile.nameZh}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('supplier.fields.country')}</dt>
          <dd>{regionName(locale, profile.country)}</dd>
        </div>
        <div>
          <dt>{t('publicSupplier.memberSince')}</dt>
          <dd>{format.date(profile.approvedAt)}</dd>
        </div>
      </dl>
      {notice === 'conflict' ? <FormAlert tone="info">{t('supplierCenter.conflict')}</FormAlert> : null}
      {form.formError ? (
        <FormAlert tone="error" testId="form-error">
          {form.formError}
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <fieldset className="form-section">
          <legend>{t('supplierCenter.sections.profile')}</legend>
          <ProfileTextTabs
            texts={values.translations}
            active={tab}
            onActive={setTab}
            fieldError={form.fieldError}
            onChange={(l, field, value) =>
              set('translations', { ...values.translations, [l]: { ...values.translations[l], [field]: value } })
            }
          />
        </fieldset>
        <PictureFields
          logo={values.logo}
          photos={values.photos}
          onLogo={(file) => set('logo', file)}
          onPhotos={(photos) => set('photos', photos)}
          onPhotoAdded={(file) => setValues((prev) => ({ ...prev, photos: [...prev.photos, file] }))}
        />
        <CompanyFactsFields values={values} set={set} fieldError={form.fieldError} />
        <div className="wizard-nav">
          {notice === 'saved' ? (
            <p className="save-status save-saved" role="status" data-testid="profile-saved">
              {t('common.saved')}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary btn-lg" disabled={mutation.isPending}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
