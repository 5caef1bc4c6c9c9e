import { isLocale, type Locale } from '../../../shared/locales.js';
import { BRAND_REMINDER_DAYS } from '../../../shared/schemas/brands.js';
import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { writeAudit } from '../../platform/audit.js';
import type { ScheduledJob } from '../../platform/jobs.js';
import { translate } from '../../platform/i18n/translate.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { brandDisplayName } from './brand.mapper.js';
import { listExpiringBrandsWithOwners } from './brand-owner.repo.js';
import { expireBrand, setRemindersSent } from './brand.repo.js';

/** Takes every product of a brand off the shelf inside `tx`; returns their names (for the email). */
export type TakeProductsOffShelf = (tx: Db, brandId: string, locale: Locale) => Promise<string[]>;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function formatDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * Daily: remind the supplier 30 and 7 days before a trademark or agency authorization ends
 * (the valid-until day is the last valid one); the day after, the brand is expired, its
 * products go off the shelf, and the supplier gets the list.
 */
export function brandExpiryJob(deps: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  takeProductsOffShelf: TakeProductsOffShelf;
}): ScheduledJob {
  const { db, mailer } = deps;
  return {
    name: 'brand-expiry',
    runKey: (now) => platformDay(now),
    async run(now) {
      const today = platformDay(now);
      const rows = await listExpiringBrandsWithOwners(db);
      let reminded = 0;
      let expired = 0;
      for (const { brand, email, accountName, locale: rawLocale } of rows) {
        const locale: Locale = isLocale(rawLocale) ? rawLocale : 'en';
        const validUntil = brand.validUntil!;
        const daysLeft = daysBetween(today, validUntil);
        const link = `${deps.publicUrl}/${locale}/supplier/brands/${brand.id}`;
        if (daysLeft < 0) {
          await db.transaction(async (tx) => {
            if (!(await expireBrand(tx, brand.id, now))) return;
            const products = await deps.takeProductsOffShelf(tx as unknown as Db, brand.id, locale);
            await writeAudit(tx, {
              actorId: null,
              action: 'brand.expire',
              entityType: 'brand',
              entityId: brand.id,
              ip: null,
              details: { validUntil, products: products.length },
            });
            await mailer.enqueue(tx, {
              to: email,
              locale,
              template: 'brandExpired',
              params: {
                name: accountName,
                brand: brandDisplayName(brand),
                date: formatDay(locale, validUntil),
                products: products.length ? products.join('\n') : translate(locale, 'mail.brandExpired.noProducts'),
                link,
              },
            });
            expired++;
          });
          continue;
        }
        // The tightest reminder window we are in, sent once (a late approval skips the 30-day one).
        const window = [...BRAND_REMINDER_DAYS].sort((a, b) => a - b).find((d) => daysLeft <= d);
        if (window === undefined || brand.remindersSent.includes(window)) continue;
        await db.transaction(async (tx) => {
          const covered = BRAND_REMINDER_DAYS.filter((d) => d >= window);
          await setRemindersSent(tx, brand.id, [...new Set([...brand.remindersSent, ...covered])]);
          await mailer.enqueue(tx, {
            to: email,
            locale,
            template: 'brandExpiring',
            params: {
              name: accountName,
              brand: brandDisplayName(brand),
              days: daysLeft,
              date: formatDay(locale, validUntil),
              link,
            },
          });
          reminded++;
        });
      }
      return { reminded, expired };
    },
  };
}
