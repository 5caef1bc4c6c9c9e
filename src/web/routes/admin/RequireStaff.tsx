import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

export const isStaff = (roles: readonly string[] | undefined) => Boolean(roles?.includes('staff'));

/** Platform staff only (inside RequireAuth): everyone else reads a translated 403. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useMe().data?.user;
  const allowed = isStaff(user?.roles);
  // Allowed: the staff page inside names the tab; refused: this 403 does.
  usePageTitle(allowed ? undefined : t('review.forbidden.title'), { fallback: allowed });
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
