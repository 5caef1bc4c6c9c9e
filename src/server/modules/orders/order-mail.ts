import { isLocale, type Locale } from '../../../shared/locales.js';
import type { PartySnapshot } from '../../../shared/schemas/orders.js';
import type { Db } from '../../db/client.js';
import { translate } from '../../platform/i18n/translate.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { findUserById } from '../accounts/index.js';
import { supplierAccountIdOf } from '../suppliers/index.js';

/** What an order mail tells: submission, each transition, a recorded payment. */
export type OrderMailKind =
  | 'submitted'
  | 'confirm'
  | 'decline'
  | 'cancel'
  | 'accept'
  | 'buyer_decline'
  | 'request_changes'
  | 'expire'
  | 'start_production'
  | 'ship'
  | 'deliver'
  | 'confirm_receipt'
  | 'payment_recorded'
  | 'contract_confirm'
  | 'contract_accept'
  | 'contract_request_changes'
  | 'contract_signed_copy'
  // The invoices module (guide 5.3): a domestic invoice recorded, an export invoice confirmed.
  | 'invoice_recorded'
  | 'export_invoice_confirmed';

export interface OrderMailDeps {
  mailer: Mailer;
  publicUrl: string;
}

export interface OrderForMail {
  id: string;
  number: string;
  buyerUserId: string;
  supplierId: string;
  buyerParty: PartySnapshot;
  supplierParty: PartySnapshot;
}

const companyName = (party: PartySnapshot, locale: Locale) =>
  (locale === 'zh-CN' ? party.companyNameZh || party.companyNameEn : party.companyNameEn || party.companyNameZh) ?? '';

/**
 * Queues the mail about `kind` to one party of the order, in that party's language, with a link
 * to that party's own view of the order (the buyer's My Orders, the supplier's Order Management).
 * Written with `tx`: it is sent only if the change commits.
 */
export async function mailOrderParty(
  tx: Pick<Db, 'select' | 'insert'>,
  deps: OrderMailDeps,
  order: OrderForMail,
  to: 'buyer' | 'supplier',
  kind: OrderMailKind,
  details: { reason?: string | null; lines?: (locale: Locale) => string[] } = {},
): Promise<void> {
  const userId = to === 'buyer' ? order.buyerUserId : await supplierAccountIdOf(tx, order.supplierId);
  const user = userId ? await findUserById(tx, userId) : undefined;
  if (!user) return;
  const locale: Locale = isLocale(user.locale) ? user.locale : 'en';
  const other = to === 'buyer' ? order.supplierParty : order.buyerParty;
  const params = { number: order.number, company: companyName(other, locale) };
  const path = to === 'buyer' ? `account/orders/${order.id}` : `supplier/orders/${order.id}`;
  const items = [
    ...(details.reason ? [translate(locale, 'mail.orderUpdate.reason', { reason: details.reason })] : []),
    ...(details.lines?.(locale) ?? []),
  ];
  await deps.mailer.enqueue(tx, {
    to: user.email,
    locale,
    template: 'orderUpdate',
    params: {
      name: user.accountName,
      number: order.number,
      headline: translate(locale, `mail.orderUpdate.headline.${kind}`, params),
      message: translate(locale, `mail.orderUpdate.message.${kind}`, params),
      details: items.join('\n'),
      link: `${deps.publicUrl}/${locale}/${path}`,
    },
  });
}
