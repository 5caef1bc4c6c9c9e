import { useTranslation } from 'react-i18next';

/**
 * While the next page's chunk loads, the current page stays up (inert, see Layout): a bar along
 * the top of the window shows at once that the click was taken, and the status region, always
 * present so screen readers notice the change, says so.
 */
export function PageProgress({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page-progress" role="status" data-active={active || undefined} data-testid="page-progress">
      {active ? <span className="visually-hidden">{t('common.loading')}</span> : null}
    </div>
  );
}
