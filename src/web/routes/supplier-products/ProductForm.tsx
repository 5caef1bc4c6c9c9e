import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Brand } from '../../../shared/schemas/brands.js';
import type { Locale } from '../../../shared/locales.js';
import { type CategoryNode, type ProductInput, productInputSchema } from '../../../shared/schemas/products.js';
import { ApiError } from '../../api/client.js';
import { productApi, productKeys, type SupplierProduct } from '../../api/products.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { PictureList } from '../../components/upload/PictureList.js';
import { issueCode, useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { BasicsFields, ShippingFields, TradeFields } from './ProductFields.js';
import {
  emptyProduct,
  fieldOfPath,
  localeOfPath,
  MAX_PRODUCT_IMAGES,
  PRODUCT_FIELDS,
  type ProductValues,
  type TextValues,
  toProductInput,
  toProductValues,
} from './productForm.js';
import type { ListNotice } from './ProductManagementPage.js';
import { TranslationTabs } from './TranslationTabs.js';

/** The API's paths ("body.product.priceTiers.1.minQuantity") as the form's field names. */
function withFieldPaths(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.body.details) return error;
  const details = error.body.details.map((d) => ({ ...d, path: fieldOfPath(d.path) ?? d.path }));
  return new ApiError(error.status, { ...error.body, details }, error.retryAfterSeconds);
}

/** Fills in, checks with the shared schema, submits; server problems land under their fields. */
export function ProductForm({
  product,
  categories,
  brands,
}: {
  product: SupplierProduct | undefined;
  categories: CategoryNode[];
  brands: Brand[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ProductValues>(() => (product ? toProductValues(product) : emptyProduct()));
  const [version, setVersion] = useState(product?.version);
  const [tab, setTab] = useState<Locale>('zh-CN');
  const [conflict, setConflict] = useState(false);
  const errors = useFieldErrors(PRODUCT_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const set = <K extends keyof ProductValues>(key: K, value: ProductValues[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    errors.setError(key, undefined);
  };
  const setText = (l: Locale, patch: Partial<TextValues>) => {
    setValues((prev) => ({
      ...prev,
      translations: { ...prev.translations, [l]: { ...prev.translations[l], ...patch } },
    }));
    for (const field of Object.keys(patch)) errors.setError(`translations.${l}.${field}`, undefined);
  };

  /** Opens the language tab of the first problem, then focuses the first invalid field. */
  const showProblems = (paths: string[]) => {
    const first = paths.map(localeOfPath).find(Boolean);
    if (first) setTab(first);
    focusFirstInvalid();
  };

  const mutation = useMutation({
    mutationFn: (input: ProductInput) =>
      product && version !== undefined ? productApi.update(product.id, version, input) : productApi.create(input),
    onSuccess: async ({ product: saved }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: productKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['catalog'] }),
      ]);
      const text = saved.product.translations;
      const notice: ListNotice = {
        kind: product ? 'saved' : 'created',
        name: (text[locale] ?? text.en).name,
      };
      navigate(href('/supplier/products'), { state: { notice } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.body.code === 'VERSION_CONFLICT') {
        // Nothing typed is lost: the form stays as it is until the supplier reloads.
        setConflict(true);
        return;
      }
      const mapped = withFieldPaths(error);
      errors.applyApiError(mapped);
      showProblems(mapped instanceof ApiError ? (mapped.body.details ?? []).map((d) => d.path) : []);
    },
  });

  const reload = async () => {
    if (!product) return;
    const { product: latest } = await productApi.get(product.id);
    setValues(toProductValues(latest));
    setVersion(latest.version);
    setConflict(false);
    errors.clear();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    errors.clear();
    setConflict(false);
    const result = productInputSchema.safeParse(toProductInput(values));
    if (!result.success) {
      const paths: string[] = [];
      const shown = new Set<string>();
      for (const issue of result.error.issues) {
        const path = issue.path.join('.');
        const field = fieldOfPath(path);
        if (field && !shown.has(field)) {
          shown.add(field);
          errors.setError(field, issueCode(issue.message));
        }
        paths.push(field ?? path);
      }
      errors.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      showProblems(paths);
      return;
    }
    mutation.mutate(result.data);
  };

  return (
    <form ref={formRef} className="form product-form" onSubmit={onSubmit} noValidate>
      {conflict ? (
        <div className="alert alert-error" role="alert" data-testid="version-conflict">
          <p>{t('products.form.conflict')}</p>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => void reload()}>
            {t('products.form.reload')}
          </button>
        </div>
      ) : null}
      {errors.formError ? (
        <FormAlert tone="error" testId="form-error">
          {errors.formError}
        </FormAlert>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('products.form.sections.text')}</legend>
        <TranslationTabs
          texts={values.translations}
          active={tab}
          onActive={setTab}
          onChange={setText}
          fieldError={errors.fieldError}
        />
      </fieldset>
      <BasicsFields values={values} set={set} fieldError={errors.fieldError} categories={categories} brands={brands} />
      <PictureList
        legend={t('products.fields.pictures')}
        hint={t('products.pictures.hint', { max: MAX_PRODUCT_IMAGES, used: values.images.length })}
        uploadLabel={t('products.pictures.upload')}
        purpose="product_image"
        max={MAX_PRODUCT_IMAGES}
        firstLabel={t('products.pictures.main')}
        testId="pictures-field"
        uploadTestId="upload-picture"
        images={values.images}
        error={errors.fieldError('imageFileIds')}
        onChange={(images) => set('images', images)}
        onAdd={(image) => setValues((prev) => ({ ...prev, images: [...prev.images, image] }))}
      />
      <TradeFields values={values} set={set} fieldError={errors.fieldError} />
      <ShippingFields values={values} set={set} fieldError={errors.fieldError} />
      <div className="statement" role="note" data-testid="authenticity-statement">
        <p>{t('products.form.statement', { submit: t('terms.submit') })}</p>
      </div>
      <div className="wizard-nav">
        <button type="submit" className="btn btn-primary btn-lg" disabled={mutation.isPending}>
          {mutation.isPending ? t('products.form.submitting') : t('terms.submit')}
        </button>
      </div>
    </form>
  );
}
