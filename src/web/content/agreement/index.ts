import type { Locale } from '../../../shared/locales.js';
import en from './en.js';
import es from './es.js';
import ru from './ru.js';
import type { AgreementContent } from './types.js';
import zhCN from './zh-CN.js';

const AGREEMENTS: Record<Locale, AgreementContent> = { 'zh-CN': zhCN, en, ru, es };

export function agreementFor(locale: Locale): AgreementContent {
  return AGREEMENTS[locale];
}
