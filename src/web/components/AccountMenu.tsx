import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isAdmin, isStaff, useLogout, useMe } from '../api/auth.js';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { bootFacts } from '../lib/boot.js';
import { MessagesLink } from './messages/MessagesLink.js';
import { OrderDraftsLink } from './OrderDraftsLink.js';

/**
 * The header's account area: Login/Register for visitors; name, Personal Center and Log out when
 * signed in; the review console for platform staff.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();
  const user = me.data?.user;

  // While /api/auth/me is on its way: a visitor the server saw without a session gets the links at
  // once; otherwise the area keeps its height (account-links' min-height) so nothing below moves.
  if (me.isPending && bootFacts().signedIn !== false) return <div className="account-links" aria-busy="true" />;
  if (!user) {
    return (
      <div className="account-links">
        <Link to={href('/login')} className="btn btn-ghost">
          {t('terms.login')}
        </Link>
        <Link to={href('/register')} className="btn btn-primary">
          {t('terms.register')}
        </Link>
      </div>
    );
  }
  return (
    <div className="account-links" data-testid="account-menu">
      <MessagesLink />
      <OrderDraftsLink userId={user.id} />
      <Link to={href('/account')} className="account-link">
        <span className="account-link-name">{user.accountName}</span>
        <span className="account-link-sub">{t('terms.personalCenter')}</span>
      </Link>
      {isStaff(user.roles) ? (
        <Link to={href('/admin/supplier-applications')} className="btn btn-ghost" data-testid="review-console-link">
          {t('review.title')}
        </Link>
      ) : null}
      {isStaff(user.roles) ? (
        <Link to={href('/admin/brands')} className="btn btn-ghost" data-testid="brand-review-link">
          {t('brands.review.title')}
        </Link>
      ) : null}
      {isStaff(user.roles) ? (
        <Link to={href('/admin/message-reports')} className="btn btn-ghost" data-testid="message-reports-link">
          {t('messages.reports.title')}
        </Link>
      ) : null}
      {isStaff(user.roles) ? (
        <Link to={href('/admin/orders')} className="btn btn-ghost" data-testid="staff-orders-link">
          {t('orders.staff.title')}
        </Link>
      ) : null}
      {isAdmin(user.roles) ? (
        <Link to={href('/admin/staff')} className="btn btn-ghost" data-testid="staff-admin-link">
          {t('staffAdmin.nav.staff')}
        </Link>
      ) : null}
      {isAdmin(user.roles) ? (
        <Link to={href('/admin/audit')} className="btn btn-ghost" data-testid="audit-log-link">
          {t('staffAdmin.nav.audit')}
        </Link>
      ) : null}
      <button
        type="button"
        className="btn btn-ghost"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(href('/')) })}
      >
        {t('auth.logout')}
      </button>
    </div>
  );
}
