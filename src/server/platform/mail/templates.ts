import type { Locale } from '../../../shared/locales.js';
import { translate } from '../i18n/translate.js';

/** The messages the platform sends, with the parameters each needs. */
export interface MailTemplates {
  registerCode: { code: string; minutes: number; tries: number };
  emailChangeCode: { name: string; code: string; minutes: number; tries: number };
  emailChanged: { name: string; newEmail: string; when: string };
  passwordReset: { name: string; accountName: string; link: string; minutes: number };
  passwordChanged: { name: string; when: string; resetLink: string };
}
export type MailTemplateName = keyof MailTemplates;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Block =
  { kind: 'p'; text: string } | { kind: 'code'; text: string } | { kind: 'link'; label: string; href: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function blocksFor<T extends MailTemplateName>(
  name: T,
  locale: Locale,
  p: MailTemplates[T],
): { subject: string; greetingName?: string; blocks: Block[] } {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const params = p as Record<string, string | number>;
  switch (name) {
    case 'registerCode':
      return {
        subject: t('mail.registerCode.subject', params),
        blocks: [
          { kind: 'p', text: t('mail.registerCode.intro') },
          { kind: 'code', text: String(params.code) },
          { kind: 'p', text: t('mail.registerCode.expiry', params) },
          { kind: 'p', text: t('mail.registerCode.ignore') },
        ],
      };
    case 'emailChangeCode':
      return {
        subject: t('mail.emailChangeCode.subject', params),
        greetingName: String(params.name),
        blocks: [
          { kind: 'p', text: t('mail.emailChangeCode.intro') },
          { kind: 'code', text: String(params.code) },
          { kind: 'p', text: t('mail.registerCode.expiry', params) },
          { kind: 'p', text: t('mail.registerCode.ignore') },
        ],
      };
    case 'emailChanged':
      return {
        subject: t('mail.emailChanged.subject'),
        greetingName: String(params.name),
        blocks: [{ kind: 'p', text: t('mail.emailChanged.body', params) }],
      };
    case 'passwordReset':
      return {
        subject: t('mail.passwordReset.subject'),
        greetingName: String(params.name),
        blocks: [
          { kind: 'p', text: t('mail.passwordReset.intro', params) },
          { kind: 'link', label: t('mail.passwordReset.action'), href: String(params.link) },
          { kind: 'p', text: t('mail.passwordReset.expiry', params) },
          { kind: 'p', text: t('mail.passwordReset.ignore') },
        ],
      };
    case 'passwordChanged':
      return {
        subject: t('mail.passwordChanged.subject'),
        greetingName: String(params.name),
        blocks: [
          { kind: 'p', text: t('mail.passwordChanged.body', params) },
          { kind: 'p', text: t('mail.passwordChanged.notYou') },
          { kind: 'link', label: t('mail.passwordReset.action'), href: String(params.resetLink) },
        ],
      };
    default:
      throw new Error(`Unknown mail template ${String(name)}`);
  }
}

/** Renders a message in the recipient's language as plain text and HTML (values escaped). */
export function renderMail<T extends MailTemplateName>(
  name: T,
  locale: Locale,
  params: MailTemplates[T],
  supportPhone: string,
): RenderedMail {
  const { subject, greetingName, blocks } = blocksFor(name, locale, params);
  const greeting = greetingName
    ? translate(locale, 'mail.greeting', { name: greetingName })
    : translate(locale, 'mail.greetingAnonymous');
  const signature = translate(locale, 'mail.signature');
  const footer = translate(locale, 'mail.footer', { phone: supportPhone });

  const textBlocks = blocks.map((b) => (b.kind === 'link' ? `${b.label}: ${b.href}` : b.text));
  const text = [greeting, ...textBlocks, signature, '--', footer].join('\n\n');

  const htmlBlocks = blocks.map((b) => {
    if (b.kind === 'code')
      return `<p style="font-size:28px;font-weight:700;letter-spacing:6px;color:#0f5132">${escapeHtml(b.text)}</p>`;
    if (b.kind === 'link') {
      return `<p><a href="${escapeHtml(b.href)}" style="display:inline-block;background:#0f5132;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(b.label)}</a></p><p style="font-size:12px;color:#5c6670">${escapeHtml(b.href)}</p>`;
    }
    return `<p>${escapeHtml(b.text)}</p>`;
  });
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1d2329;max-width:560px;margin:auto"><h2 style="color:#0f5132">Buttress Roots</h2><p>${escapeHtml(greeting)}</p>${htmlBlocks.join('')}<p>${escapeHtml(signature)}</p><hr><p style="font-size:12px;color:#5c6670">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text, html };
}
