import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.js';

/**
 * An error of the messages routes in words: the rule the server named (`details[0].code`, e.g.
 * conversations_per_day) when the messages texts have it, else the error code's general text.
 */
export function messageErrorText(t: TFunction, reason: unknown): string {
  if (!(reason instanceof ApiError)) return t('errors.INTERNAL');
  const rule = reason.body.details?.[0]?.code;
  if (rule) {
    const specific = t(`messages.errors.${rule}`, { defaultValue: '' });
    if (specific) return specific;
  }
  return t(`errors.${reason.body.code}`, { defaultValue: t('errors.INTERNAL') });
}
