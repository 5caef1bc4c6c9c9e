import { useTranslation } from 'react-i18next';

/**
 * A field people never see or reach (off-screen, out of the tab order, hidden from
 * assistive technology); naive bots fill it in and the server refuses the request.
 */
export function Honeypot({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="honeypot" aria-hidden="true">
      <label>
        {t('auth.fields.website')}
        <input
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
    </div>
  );
}
