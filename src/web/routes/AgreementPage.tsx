import { useTranslation } from 'react-i18next';
import { CURRENT_AGREEMENT_VERSION } from '../../shared/agreement.js';
import { Breadcrumb } from '../components/Breadcrumb.js';
import { GuideText } from '../components/GuideText.js';
import { agreementFor } from '../content/agreement/index.js';
import { useFormat } from '../hooks/useFormat.js';
import { useLocale, useLocalizedHref } from '../hooks/useLocale.js';
import { usePageTitle } from '../hooks/usePageTitle.js';

/** "User Agreement of Buttress Roots", in the URL's language, with the version new accounts accept. */
export function AgreementPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const locale = useLocale();
  const format = useFormat();
  const agreement = agreementFor(locale);
  const title = t('agreement.title');
  usePageTitle(title);
  // The version is an ISO date; read it as a calendar day, not a moment in the visitor's time zone.
  const date = format.date(`${CURRENT_AGREEMENT_VERSION}T00:00:00Z`, 'UTC');

  return (
    <div className="container agreement">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: title }]} />
      <article className="card agreement-body" data-testid="agreement">
        <h1>{title}</h1>
        <p className="muted" data-testid="agreement-version">
          <time dateTime={CURRENT_AGREEMENT_VERSION}>
            {t('agreement.version', { version: CURRENT_AGREEMENT_VERSION, date })}
          </time>
        </p>
        <p className="lead">
          <GuideText text={agreement.intro} />
        </p>
        {agreement.sections.map((section) => (
          <section key={section.id} id={section.id} className="agreement-section">
            <h2>{section.title}</h2>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>
                <GuideText text={paragraph} />
              </p>
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}
