import { useTranslation } from 'react-i18next';

/**
 * A value the supplier changed against the order: the ordered one struck through, the new one
 * marked, and words for it (screen readers hear "ordered … now …"; everyone sees "Changed").
 */
export function ChangedValue({ ordered, final, testId }: { ordered: string; final: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="changed-value" data-testid={testId ?? 'changed-value'}>
      <span className="visually-hidden">{t('orders.diff.ordered')}</span>
      <del>{ordered}</del> <span className="visually-hidden">{t('orders.diff.final')}</span>
      <ins>{final}</ins> <span className="badge badge-changed">{t('orders.diff.changed')}</span>
    </span>
  );
}
