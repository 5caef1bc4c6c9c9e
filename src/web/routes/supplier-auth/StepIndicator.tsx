import { useTranslation } from 'react-i18next';
import { useFormat } from '../../hooks/useFormat.js';

export const STEPS = ['company', 'materials', 'confirm'] as const;
export type Step = (typeof STEPS)[number];

/** "1 Company details → 2 Materials → 3 Confirm", the current one marked for assistive technology. */
export function StepIndicator({ current }: { current: Step }) {
  const { t } = useTranslation();
  const format = useFormat();
  const index = STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('supplierAuth.steps.label')} data-testid="step-indicator">
      {STEPS.map((step, i) => (
        <li
          key={step}
          className={i === index ? 'step is-current' : i < index ? 'step is-done' : 'step'}
          aria-current={i === index ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {format.number(i + 1)}
          </span>
          <span className="step-name">{t(`supplierAuth.steps.${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}
