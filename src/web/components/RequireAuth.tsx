import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/auth.js';
import { useLocalizedHref } from '../hooks/useLocale.js';

/** Renders its children for a signed-in user; sends anyone else to Login and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) {
    return (
      <p className="container loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!me.data?.user) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`${href('/login')}?${new URLSearchParams({ next })}`} replace />;
  }
  return <>{children}</>;
}
