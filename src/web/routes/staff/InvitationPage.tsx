import { useTranslation } from 'react-i18next';
import { staffApi } from '../../api/staff.js';
import { StaffTokenPage } from './StaffTokenPage.js';

/** The link in a staff invitation mail: choose an account name and a password. */
export function InvitationPage() {
  const { t } = useTranslation();
  return (
    <StaffTokenPage
      kind="invitation"
      check={staffApi.checkInvitation}
      usable={(check) => Boolean(check.email)}
      fixedEmail={(check) => check.email}
      lead={(check) => t('staffAdmin.invitation.lead', { role: t(`staffAdmin.roles.${check.role ?? 'reviewer'}`) })}
      accept={(token, values) =>
        staffApi.acceptInvitation({ token, accountName: values.accountName, password: values.password })
      }
    />
  );
}
