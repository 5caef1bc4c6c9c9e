import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

const TOKEN = /\{\{term:([A-Za-z]+)\}\}/g;

/** Guide text as plain words (a meta description): each `{{term:KEY}}` becomes its UI name. */
export function guidePlainText(text: string, t: (key: string) => string): string {
  return text.replace(TOKEN, (_match, key: string) => t(`terms.${key}`));
}

/**
 * Renders guide text, turning `{{term:KEY}}` into the UI's own name for that button
 * or menu (catalog `terms.KEY`), quoted the way the language quotes.
 */
export function GuideText({
  text,
  plain = false,
}: {
  text: string;
  /** Headings: names without quotes or emphasis. */ plain?: boolean;
}) {
  const { t } = useTranslation();
  const parts = text.split(TOKEN);
  // split() with one capture group alternates: text, key, text, key, …
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
        const name = t(`terms.${part}`);
        if (plain) return <Fragment key={index}>{name}</Fragment>;
        // Names already in title brackets (《…》, «…») need no extra quotes.
        const bracketed = /^[《«]/.test(name);
        return (
          <strong className="ui-term" key={index}>
            {bracketed ? name : `${t('guide.quoteOpen')}${name}${t('guide.quoteClose')}`}
          </strong>
        );
      })}
    </>
  );
}
