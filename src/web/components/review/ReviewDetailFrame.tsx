import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../Breadcrumb.js';
import { FormAlert } from '../forms/FormAlert.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/** A staff review detail page around its content: title, breadcrumb back to the queue, loading, error. */
export function ReviewDetailFrame<Detail>({
  consoleTitle,
  consolePath,
  name,
  fallbackName,
  query,
  errorText,
  children,
}: {
  /** The queue's name and path (without the language prefix). */
  consoleTitle: string;
  consolePath: string;
  /** What is reviewed, once loaded; until then the tab reads the console's name, the page `fallbackName`. */
  name: string | undefined;
  fallbackName: string;
  query: { isPending: boolean; data?: Detail };
  /** Shown when loading failed (each console tells "not found" from other failures its own way). */
  errorText: string;
  children: (detail: Detail) => ReactNode;
}) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(name ?? consoleTitle);

  let content: ReactNode;
  if (query.isPending) content = <p role="status">{t('common.loading')}</p>;
  else if (query.data === undefined) content = <FormAlert tone="error">{errorText}</FormAlert>;
  else content = children(query.data);

  return (
    <div className="container review-page">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: consoleTitle, to: href(consolePath) },
          { label: name ?? fallbackName },
        ]}
      />
      <h1>{name ?? fallbackName}</h1>
      {content}
    </div>
  );
}
