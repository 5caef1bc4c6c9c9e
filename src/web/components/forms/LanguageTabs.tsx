import { type KeyboardEvent, type ReactNode, useId } from 'react';
import { LOCALES, LOCALE_NATIVE_NAMES, type Locale } from '../../../shared/locales.js';

/** A language's fill state on its tab: the value goes to `data-state` and the CSS, the label is shown. */
export interface LanguageTabState {
  state: string;
  label: string;
}

/**
 * One tab per platform language (中文 / English / Русский / Español), each with its panel of
 * fields; WAI-ARIA tabs pattern. The panel's content is the caller's: the fields carry `lang`
 * themselves, because the labels and hints around them are in the page's language.
 */
export function LanguageTabs({
  label,
  className,
  active,
  onActive,
  isRequired,
  hasError,
  hints,
  state,
  children,
}: {
  /** The tab list's accessible name ("Languages"). */
  label: string;
  /** Added to `lang-tabs` on the wrapper. */
  className?: string;
  active: Locale;
  onActive: (locale: Locale) => void;
  /** Marks the tab with " *" and picks the panel's hint. */
  isRequired: (locale: Locale) => boolean;
  /** Colours the tab, so that a problem in a hidden panel is seen. */
  hasError: (locale: Locale) => boolean;
  /** The line above each panel's fields. */
  hints: { required: string; optional: string };
  /** A marker on each tab ("Filled", "Required", …); none when left out. */
  state?: (locale: Locale) => LanguageTabState;
  /** The fields of one language's panel. */
  children: (locale: Locale) => ReactNode;
}) {
  const base = useId();
  const tabId = (l: Locale) => `${base}tab-${l}`;
  const panelId = (l: Locale) => `${base}panel-${l}`;

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = LOCALES[(LOCALES.indexOf(active) + step + LOCALES.length) % LOCALES.length] ?? active;
    onActive(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <div className={className ? `lang-tabs ${className}` : 'lang-tabs'}>
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {LOCALES.map((l) => {
          const marker = state?.(l);
          return (
            <button
              key={l}
              id={tabId(l)}
              type="button"
              role="tab"
              aria-selected={l === active}
              aria-controls={panelId(l)}
              tabIndex={l === active ? 0 : -1}
              className={hasError(l) ? 'tab has-error' : 'tab'}
              data-testid={`lang-tab-${l}`}
              data-state={marker?.state}
              onClick={() => onActive(l)}
            >
              {/* Only the name is in its own language; the marker is in the page's. */}
              <span lang={l}>{LOCALE_NATIVE_NAMES[l]}</span>
              {isRequired(l) ? <span aria-hidden="true">{' *'}</span> : null}
              {marker ? <span className={`lang-state lang-state-${marker.state}`}>{marker.label}</span> : null}
            </button>
          );
        })}
      </div>
      {LOCALES.map((l) => (
        <div key={l} id={panelId(l)} role="tabpanel" aria-labelledby={tabId(l)} hidden={l !== active}>
          <p className="field-hint">{isRequired(l) ? hints.required : hints.optional}</p>
          {children(l)}
        </div>
      ))}
    </div>
  );
}
