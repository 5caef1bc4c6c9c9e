import type { Locale } from '../../../shared/locales.js';
import { translate } from '../i18n/translate.js';

/** A coded reason as every review stores it: what it concerns, why, and an optional note. */
export interface CodedReason {
  target: string;
  code: string;
  note?: string;
}

/** Names a reason's target ("company.creditCode", "brand.nameEn", "general", …) in `locale`; each review knows its own. */
export type TargetLabel = (locale: Locale, target: string) => string;

/**
 * A rejection as the email lists it, in the applicant's language: one line per reason
 * ("Business licence: the copy is unreadable — note"), then the reviewer's overall note.
 * Every review uses the same reason codes, whose texts live under supplier.rejectionCodes.
 */
export function describeRejection(
  locale: Locale,
  rejection: { reasons: readonly CodedReason[]; note?: string },
  labelTarget: TargetLabel,
): string {
  const lines = rejection.reasons.map((r) => {
    const target = labelTarget(locale, r.target);
    const reason = translate(locale, `supplier.rejectionCodes.${r.code}`);
    return `${target}: ${reason}${r.note ? ` — ${r.note}` : ''}`;
  });
  return lines.join('\n') + (rejection.note ? `\n${rejection.note}` : '');
}
