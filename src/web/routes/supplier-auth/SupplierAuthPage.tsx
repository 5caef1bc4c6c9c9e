import { useTranslation } from 'react-i18next';
import { useApplication } from '../../api/suppliers.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { ApplicationWizard } from './ApplicationWizard.js';
import { StatusPanel } from './StatusPanel.js';

/** Personal center → "Supplier Authentication" (guide 2.1); signed-in only (RequireAuth). */
export function SupplierAuthPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const query = useApplication();
  usePageTitle(t('terms.supplierAuthentication'));
  const application = query.data?.application ?? null;
  const editable = !application || application.status === 'draft' || application.status === 'rejected';

  let content;
  if (query.isPending) content = <p role="status">{t('common.loading')}</p>;
  else if (query.isError) content = <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>;
  else if (!editable && application) content = <StatusPanel application={application} />;
  else
    content = (
      <>
        <p className="lead">{t('supplierAuth.lead')}</p>
        <ApplicationWizard saved={application} />
      </>
    );

  return (
    <div className="container supplier-auth-page">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: t('terms.personalCenter'), to: href('/account') },
          { label: t('terms.supplierAuthentication') },
        ]}
      />
      <h1>{t('terms.supplierAuthentication')}</h1>
      {content}
    </div>
  );
}
