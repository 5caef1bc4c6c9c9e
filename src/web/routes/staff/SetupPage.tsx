import { useTranslation } from 'react-i18next';
import { staffApi } from '../../api/staff.js';
import { StaffTokenPage } from './StaffTokenPage.js';

/** The first-start setup link the server printed: creates the first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  return (
    <StaffTokenPage
      kind="setup"
      check={staffApi.checkSetup}
      lead={() => t('staffAdmin.setup.lead')}
      accept={(token, values) => staffApi.setup({ token, ...values })}
    />
  );
}
