import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_NATIVE_NAMES, isLocale } from '../../shared/locales.js';
import { useLocale, useSwitchLocale } from '../hooks/useLocale.js';

/** A native <select>: keyboard- and screen-reader-friendly; keeps the current page. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const locale = useLocale();
  const switchLocale = useSwitchLocale();
  return (
    <label className="lang-switcher">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select
        id="language-switcher"
        name="language"
        value={locale}
        data-testid="language-switcher"
        onChange={(event) => {
          if (isLocale(event.target.value)) switchLocale(event.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
