import type { Locale } from '../../../shared/locales.js';
import { translate } from '../i18n/translate.js';
import { escapeHtml } from '../html.js';

type Params = Record<string, string | number>;

/**
 * Each message as data: a subject key and blocks. Texts come from the server catalogs
 * (src/server/platform/i18n/locales), parameters are filled in and HTML-escaped.
 * `greet` names the parameter holding the recipient's name (anonymous greeting if absent).
 */
type Block =
  | { p: string }
  | { code: string }
  | { link: string; href: string }
  /** A parameter holding newline-separated items, shown as a list. */
  | { list: string };

interface TemplateSpec {
  subject: string;
  greet?: string;
  blocks: Block[];
}

const TEMPLATES = {
  registerCode: {
    subject: 'mail.registerCode.subject',
    blocks: [
      { p: 'mail.registerCode.intro' },
      { code: 'code' },
      { p: 'mail.registerCode.expiry' },
      { p: 'mail.registerCode.ignore' },
    ],
  },
  /** To the owner of an address someone tried to register with (the code request answers alike). */
  registerAttempt: {
    subject: 'mail.registerAttempt.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.registerAttempt.body' },
      { p: 'mail.registerAttempt.forgot' },
      { link: 'mail.passwordReset.action', href: 'resetLink' },
      { p: 'mail.registerAttempt.ignore' },
    ],
  },
  emailChangeCode: {
    subject: 'mail.emailChangeCode.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.emailChangeCode.intro' },
      { code: 'code' },
      { p: 'mail.registerCode.expiry' },
      { p: 'mail.registerCode.ignore' },
    ],
  },
  emailChanged: { subject: 'mail.emailChanged.subject', greet: 'name', blocks: [{ p: 'mail.emailChanged.body' }] },
  passwordReset: {
    subject: 'mail.passwordReset.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.passwordReset.intro' },
      { link: 'mail.passwordReset.action', href: 'link' },
      { p: 'mail.passwordReset.expiry' },
      { p: 'mail.passwordReset.ignore' },
    ],
  },
  /** An admin invited this address to the platform staff (issue 15). */
  staffInvitation: {
    subject: 'mail.staffInvitation.subject',
    blocks: [
      { p: 'mail.staffInvitation.intro' },
      { link: 'mail.staffInvitation.action', href: 'link' },
      { p: 'mail.staffInvitation.expiry' },
      { p: 'mail.staffInvitation.ignore' },
    ],
  },
  passwordChanged: {
    subject: 'mail.passwordChanged.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.passwordChanged.body' },
      { p: 'mail.passwordChanged.notYou' },
      { link: 'mail.passwordReset.action', href: 'resetLink' },
    ],
  },
  applicationSubmitted: {
    subject: 'mail.applicationSubmitted.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.applicationSubmitted.body' },
      { p: 'mail.applicationSubmitted.due' },
      { link: 'mail.applicationSubmitted.action', href: 'link' },
    ],
  },
  applicationApproved: {
    subject: 'mail.applicationApproved.subject',
    greet: 'name',
    blocks: [{ p: 'mail.applicationApproved.body' }, { link: 'mail.applicationApproved.action', href: 'link' }],
  },
  applicationRejected: {
    subject: 'mail.applicationRejected.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.applicationRejected.body' },
      { list: 'reasons' },
      { p: 'mail.applicationRejected.next' },
      { link: 'mail.applicationRejected.action', href: 'link' },
    ],
  },
  brandApproved: {
    subject: 'mail.brandApproved.subject',
    greet: 'name',
    blocks: [{ p: 'mail.brandApproved.body' }, { link: 'mail.brandApproved.action', href: 'link' }],
  },
  brandRejected: {
    subject: 'mail.brandRejected.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.brandRejected.body' },
      { list: 'reasons' },
      { p: 'mail.brandRejected.next' },
      { link: 'mail.brandRejected.action', href: 'link' },
    ],
  },
  brandExpiring: {
    subject: 'mail.brandExpiring.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.brandExpiring.body' },
      { p: 'mail.brandExpiring.renew' },
      { link: 'mail.brandExpiring.action', href: 'link' },
    ],
  },
  brandExpired: {
    subject: 'mail.brandExpired.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.brandExpired.body' },
      { list: 'products' },
      { p: 'mail.brandExpiring.renew' },
      { link: 'mail.brandExpiring.action', href: 'link' },
    ],
  },
  /** Every order mail (submission, each transition, a payment): headline and message per kind, see order-mail.ts. */
  orderUpdate: {
    subject: 'mail.orderUpdate.subject',
    greet: 'name',
    blocks: [{ p: 'mail.orderUpdate.body' }, { list: 'details' }, { link: 'mail.orderUpdate.action', href: 'link' }],
  },
  /** The messages digest (issue 14): one mail per conversation with its first unread texts. */
  messageDigest: {
    subject: 'mail.messageDigest.subject',
    greet: 'name',
    blocks: [
      { p: 'mail.messageDigest.body' },
      { list: 'messages' },
      { link: 'mail.messageDigest.action', href: 'link' },
    ],
  },
} satisfies Record<string, TemplateSpec>;

export type MailTemplateName = keyof typeof TEMPLATES;
/** Parameters are checked at run time against the catalog placeholders (see the mail tests). */
export type MailTemplates = Record<MailTemplateName, Params>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Renders a message in the recipient's language as plain text and HTML. */
export function renderMail(name: MailTemplateName, locale: Locale, params: Params, supportPhone: string): RenderedMail {
  const spec: TemplateSpec = TEMPLATES[name];
  const t = (key: string) => translate(locale, key, params);
  const greeting = spec.greet
    ? translate(locale, 'mail.greeting', { name: String(params[spec.greet] ?? '') })
    : t('mail.greetingAnonymous');
  const signature = t('mail.signature');
  const footer = translate(locale, 'mail.footer', { phone: supportPhone });

  const text: string[] = [greeting];
  const html: string[] = [`<p>${escapeHtml(greeting)}</p>`];
  for (const block of spec.blocks) {
    if ('p' in block) {
      text.push(t(block.p));
      html.push(`<p>${escapeHtml(t(block.p))}</p>`);
    } else if ('code' in block) {
      const code = String(params[block.code] ?? '');
      text.push(code);
      html.push(`<p style="font-size:28px;font-weight:700;letter-spacing:6px;color:#0f5132">${escapeHtml(code)}</p>`);
    } else if ('link' in block) {
      const href = String(params[block.href] ?? '');
      text.push(`${t(block.link)}: ${href}`);
      html.push(
        `<p><a href="${escapeHtml(href)}" style="display:inline-block;background:#0f5132;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(t(block.link))}</a></p><p style="font-size:12px;color:#5c6670">${escapeHtml(href)}</p>`,
      );
    } else {
      const items = String(params[block.list] ?? '')
        .split('\n')
        .filter(Boolean);
      text.push(items.map((i) => `- ${i}`).join('\n'));
      html.push(`<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    }
  }
  text.push(signature, '--', footer);
  html.push(`<p>${escapeHtml(signature)}</p><hr><p style="font-size:12px;color:#5c6670">${escapeHtml(footer)}</p>`);
  return {
    subject: t(spec.subject),
    text: text.join('\n\n'),
    html: `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1d2329;max-width:560px;margin:auto"><h2 style="color:#0f5132">Buttress Roots</h2>${html.join('')}</body></html>`,
  };
}
