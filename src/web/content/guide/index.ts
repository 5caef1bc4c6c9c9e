import type { Locale } from '../../../shared/locales.js';
import en from './en.js';
import es from './es.js';
import ru from './ru.js';
import type { GuideContent } from './types.js';
import zhCN from './zh-CN.js';

const GUIDES: Record<Locale, GuideContent> = { 'zh-CN': zhCN, en, ru, es };

export function guideFor(locale: Locale): GuideContent {
  return GUIDES[locale];
}
