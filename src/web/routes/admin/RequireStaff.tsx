import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { isAdmin, isStaff, useMe } from '../../api/auth.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/**
 * Platform staff only (inside RequireAuth): everyone else reads a translated 403. Staff without
 * an authenticator are sent to its enrolment in the personal center (the API refuses them anyway).
 */
export function RequireStaff({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const user = useMe().data?.user;
  // Admin pages (Staff, Audit log): administrators only; the review consoles: any staff role.
  const allowed = admin ? isAdmin(user?.roles) : isStaff(user?.roles);
  // Allowed: the staff page inside names the tab; refused: this 403 does.
  usePageTitle(allowed ? undefined : t('review.forbidden.title'), { fallback: allowed });
  if (allowed && !user?.twoFactorEnabled) return <Navigate to={`${href('/account')}#two-factor`} replace />;
  if (!allowed) {
    return (
      <section className="container narrow center" data-testid="forbidden">
        <p className="big-code" aria-hidden="true">
          {403}
        </p>
        <h1>{t('review.forbidden.title')}</h1>
        <p>{t('review.forbidden.body')}</p>
      </section>
    );
  }
  return <>{children}</>;
}
