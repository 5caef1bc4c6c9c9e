import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../shared/countries.js';
import {
  BUYER_MAINLAND_CHINA,
  saveBuyerProfileRequestSchema,
  type BuyerProfile,
  type BuyerProfileResponse,
} from '../../../shared/schemas/buyers.js';
import { ApiError } from '../../api/client.js';
import { buyerApi, buyerKeys, useBuyerProfile } from '../../api/buyers.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';
import { useLocale } from '../../hooks/useLocale.js';
import { sortedRegions } from '../../lib/regions.js';
import { BuyerFrame } from './BuyerFrame.js';
import { checkWith, nestedAliases, phoneExample, withoutEmpty } from './formSupport.js';

const FIELDS = [
  'companyNameZh',
  'companyNameEn',
  'country',
  'creditCode',
  'registeredAddress',
  'contactPerson',
  'phone',
  'email',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
/** The server names fields under the request's `buyer`. */
const ALIASES = nestedAliases('buyer', FIELDS);

const toValues = (p: BuyerProfile | null): Values => ({
  companyNameZh: p?.companyNameZh ?? '',
  companyNameEn: p?.companyNameEn ?? '',
  country: p?.country ?? '',
  creditCode: p?.creditCode ?? '',
  registeredAddress: p?.registeredAddress ?? '',
  contactPerson: p?.contactPerson ?? '',
  phone: p?.phone ?? '',
  email: p?.email ?? '',
});

/** "Buyer information": the buyer party of every contract (an order cannot be submitted without it). */
export function BuyerInfoPage() {
  const { t } = useTranslation();
  const answer = useBuyerProfile();
  return (
    <BuyerFrame title={t('buyers.nav.info')} lead={t('buyers.info.lead')}>
      {answer.data ? (
        <BuyerInfoForm loaded={answer.data} />
      ) : answer.isError ? (
        <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </BuyerFrame>
  );
}

function BuyerInfoForm({ loaded }: { loaded: BuyerProfileResponse }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const countries = useMemo(() => sortedRegions(locale, COUNTRY_CODES), [locale]);
  const [values, setValues] = useState<Values>(() => toValues(loaded.profile));
  /** The version the next save is made over (undefined: the first save). */
  const [version, setVersion] = useState(loaded.profile?.version);
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  /** What someone else saved meanwhile, offered instead of what is typed (which is kept). */
  const [theirs, setTheirs] = useState<BuyerProfile | null>(null);
  const form = useFieldErrors(FIELDS, ALIASES);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const isChina = values.country === BUYER_MAINLAND_CHINA;
  const example = phoneExample(values.country);

  const mutation = useMutation({
    mutationFn: buyerApi.saveProfile,
    onSuccess: (saved) => {
      queryClient.setQueryData(buyerKeys.profile, saved);
      setValues(toValues(saved.profile));
      setVersion(saved.profile?.version);
      setTheirs(null);
      setNotice('saved');
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.body.code === 'VERSION_CONFLICT') {
        // Keep every typed value; save again over the newer version, or take theirs.
        const latest = await buyerApi.profile();
        queryClient.setQueryData(buyerKeys.profile, latest);
        setVersion(latest.profile?.version);
        setTheirs(latest.profile);
        setNotice('conflict');
        return;
      }
      form.applyApiError(error);
      focusFirstInvalid();
    },
  });

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((prev) => ({ ...prev, [field]: event.target.value }));
    if (notice === 'saved') setNotice(null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.clear();
    // The credit code is asked (and sent) for mainland China only; what was typed stays for a switch back.
    const buyer = withoutEmpty({ ...values, creditCode: isChina ? values.creditCode : '' });
    const input = checkWith(saveBuyerProfileRequestSchema, { version, buyer }, FIELDS, form, 'buyer');
    if (!input) {
      focusFirstInvalid();
      return;
    }
    mutation.mutate(input);
  };

  const field = (name: Field, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      label={t(`buyers.info.fields.${name}`)}
      name={name}
      value={values[name]}
      onChange={set(name)}
      error={form.fieldError(name)}
      {...extra}
    />
  );

  return (
    <>
      {!loaded.complete && !loaded.profile ? (
        <FormAlert tone="info" testId="buyer-info-missing">
          {t('buyers.info.missing')}
        </FormAlert>
      ) : null}
      {notice === 'conflict' ? (
        <FormAlert tone="error" testId="buyer-info-conflict">
          {t('buyers.conflict')}{' '}
          {theirs ? (
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => {
                setValues(toValues(theirs));
                setTheirs(null);
                setNotice(null);
              }}
            >
              {t('buyers.useSaved')}
            </button>
          ) : null}
        </FormAlert>
      ) : null}
      {form.formError ? (
        <FormAlert tone="error" testId="form-error">
          {form.formError}
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate data-testid="buyer-info-form">
        <fieldset className="form-section">
          <legend>{t('buyers.info.company')}</legend>
          <p className="muted">{t('buyers.info.nameHint')}</p>
          <div className="form-grid">
            {field('companyNameZh', { lang: 'zh-CN', maxLength: 200 })}
            {field('companyNameEn', { maxLength: 200 })}
            <SelectField
              label={t('buyers.info.fields.country')}
              name="country"
              value={values.country}
              onChange={set('country')}
              error={form.fieldError('country')}
              placeholder={t('buyers.select')}
              options={countries.map((c) => ({ value: c.code, label: c.name }))}
              required
            />
            {isChina
              ? field('creditCode', {
                  required: true,
                  maxLength: 18,
                  autoCapitalize: 'characters',
                  spellCheck: false,
                  hint: t('buyers.info.creditCodeHint'),
                })
              : null}
          </div>
          {field('registeredAddress', { required: true, maxLength: 300 })}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('buyers.info.contact')}</legend>
          <div className="form-grid">
            {field('contactPerson', { required: true, maxLength: 100, autoComplete: 'name' })}
            {field('phone', {
              required: true,
              type: 'tel',
              autoComplete: 'tel',
              maxLength: 40,
              hint: example ? t('buyers.phoneHint', { example }) : t('buyers.phoneHintNoCountry'),
            })}
            {field('email', { required: true, type: 'email', autoComplete: 'email', spellCheck: false })}
          </div>
        </fieldset>
        <div className="buyer-form-actions">
          <button type="submit" className="btn btn-primary btn-lg" disabled={mutation.isPending}>
            {t('common.save')}
          </button>
          {notice === 'saved' ? (
            <p className="save-status save-saved" role="status" data-testid="buyer-info-saved">
              {t('buyers.info.saved')}
            </p>
          ) : null}
        </div>
      </form>
    </>
  );
}
