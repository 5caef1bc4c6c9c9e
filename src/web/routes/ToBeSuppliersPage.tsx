import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../components/Breadcrumb.js';
import { GuideText, guidePlainText } from '../components/GuideText.js';
import { guideFor } from '../content/guide/index.js';
import type { GuideSection } from '../content/guide/types.js';
import { useLocale, useLocalizedHref } from '../hooks/useLocale.js';
import { useSeo } from '../hooks/useSeo.js';

function TocEntry({ section }: { section: GuideSection }) {
  return (
    <li>
      <a href={`#${section.id}`}>
        <span className="toc-number">{section.number}</span> <GuideText text={section.title} plain />
      </a>
      {section.children?.length ? (
        <ol>
          {section.children.map((child) => (
            <TocEntry key={child.id} section={child} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function Section({ section, depth }: { section: GuideSection; depth: number }) {
  const Heading = depth === 0 ? 'h2' : depth === 1 ? 'h3' : 'h4';
  return (
    <section id={section.id} className={`guide-section depth-${depth}`} data-testid={`guide-${section.id}`}>
      <Heading>
        <span className="guide-number">{section.number}</span> <GuideText text={section.title} plain />
      </Heading>
      {section.body.map((paragraph, index) => (
        <p key={index}>
          <GuideText text={paragraph} />
        </p>
      ))}
      {section.children?.map((child) => (
        <Section key={child.id} section={child} depth={depth + 1} />
      ))}
    </section>
  );
}

/** "To be Suppliers": the supplier guide with a table of contents, in the URL's language. */
export function ToBeSuppliersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const guide = guideFor(locale);
  useSeo({ title: t('terms.toBeSuppliers'), description: guidePlainText(guide.intro, t) });

  return (
    <div className="container guide">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: t('terms.toBeSuppliers') }]} />
      <h1>
        <GuideText text={guide.title} plain />
      </h1>
      <p className="lead">
        <GuideText text={guide.intro} />
      </p>
      <div className="guide-layout">
        <nav className="toc card" aria-label={t('guide.contents')}>
          <h2>{t('guide.contents')}</h2>
          <ol>
            {guide.sections.map((section) => (
              <TocEntry key={section.id} section={section} />
            ))}
          </ol>
        </nav>
        <article className="guide-body">
          {guide.sections.map((section) => (
            <Section key={section.id} section={section} depth={0} />
          ))}
        </article>
      </div>
    </div>
  );
}
