import '../../styles/brands.css';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BRAND_KINDS, type BrandKind } from '../../../shared/schemas/brands.js';
import { brandApi, brandKeys } from '../../api/brands.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { emptyBrandValues } from './brandForm.js';
import { BrandForm } from './BrandForm.js';

const isKind = (value: string | undefined): value is BrandKind => BRAND_KINDS.some((k) => k === value);

/** "New Brand" (guide 3.1) and "New Agency Brand" (guide 3.2). */
export function NewBrandPage() {
  const { kind } = useParams();
  if (!isKind(kind)) return <NotFoundPage />;
  return <NewBrand key={kind} kind={kind} />;
}

function NewBrand({ kind }: { kind: BrandKind }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const title = kind === 'private' ? t('terms.newBrand') : t('terms.newAgencyBrand');
  usePageTitle(title);
  return (
    <section aria-labelledby="new-brand-title" className="brand-page" data-testid="new-brand-page">
      <h2 id="new-brand-title">{title}</h2>
      <p className="lead">{t(`brands.form.lead.${kind}`)}</p>
      <BrandForm
        kind={kind}
        initial={emptyBrandValues()}
        submit={brandApi.create}
        onDone={(brand) => {
          queryClient.setQueryData(brandKeys.one(brand.id), { brand });
          void queryClient.invalidateQueries({ queryKey: brandKeys.list(kind) });
          void navigate(href(`/supplier/brands/${brand.id}`), { state: { submitted: true } });
        }}
        onCancel={() => void navigate(href(`/supplier/brands/${kind}`))}
      />
    </section>
  );
}
