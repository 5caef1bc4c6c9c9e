/** The benchmark's buyers: accounts with "Buyer information" and a default delivery address. */
import { randomUUID } from 'node:crypto';
import type { PartySnapshot } from '../../src/shared/schemas/orders.js';
import type { Db } from '../../src/server/db/client.js';
import { users } from '../../src/server/modules/accounts/accounts.tables.js';
import { buyerAddresses, buyerProfiles } from '../../src/server/modules/buyers/buyers.tables.js';
import type { Random } from './random.js';
import { CITIES, COMPANY_WORDS } from './vocabulary.js';

export const BENCH_BUYER_PREFIX = 'bench_b';

export interface Buyer {
  userId: string;
  party: PartySnapshot;
  address: typeof buyerAddresses.$inferSelect;
}

/** `count` buyers, 40 % of them abroad (their orders are exports). */
export async function seedBuyers(db: Db, rng: Random, count: number, passwordHash: string): Promise<Buyer[]> {
  const buyers: Buyer[] = [];
  const userRows: (typeof users.$inferInsert)[] = [];
  const profileRows: (typeof buyerProfiles.$inferInsert)[] = [];
  const addressRows: (typeof buyerAddresses.$inferSelect)[] = [];
  const now = new Date();
  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(4, '0');
    const userId = randomUUID();
    const foreign = rng.chance(0.4);
    const [wordZh, wordEn] = rng.pick(COMPANY_WORDS);
    const [cityZh, cityEn] = rng.pick(CITIES);
    const country = foreign ? rng.pick(['DE', 'RU', 'ES', 'US', 'VN', 'TR']) : 'CN';
    const party: PartySnapshot = {
      companyNameZh: foreign ? null : `${cityZh}${wordZh}采购${n}有限公司`,
      companyNameEn: foreign ? `${wordEn} Imports ${n} Ltd.` : `${cityEn} ${wordEn} Purchasing ${n} Co., Ltd.`,
      country,
      registeredAddress: foreign ? `${n} Harbour Road, ${cityEn}` : `${cityZh}工业园区 ${n} 号`,
      registrationNumber: foreign ? `REG-${n}` : null,
      legalRepresentative: null,
      contactPerson: foreign ? 'Alex Miller' : '陈静',
      phone: foreign ? '+49 40 30987654' : '13916628805',
      email: `${BENCH_BUYER_PREFIX}${n}@bench.example`,
    };
    userRows.push({
      id: userId,
      accountName: `${BENCH_BUYER_PREFIX}${n}`,
      email: party.email!,
      passwordHash,
      locale: foreign ? 'en' : 'zh-CN',
    });
    profileRows.push({
      userId,
      companyNameZh: party.companyNameZh,
      companyNameEn: party.companyNameEn,
      country,
      registeredAddress: party.registeredAddress!,
      contactPerson: party.contactPerson!,
      phone: party.phone!,
      email: party.email!,
      creditCode: party.registrationNumber,
    });
    const address = {
      id: randomUUID(),
      userId,
      recipient: party.contactPerson!,
      phone: party.phone!,
      country,
      region: null,
      city: cityEn,
      addressLine: `Warehouse ${n}, ${cityEn}`,
      postalCode: null,
      isDefault: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    addressRows.push(address);
    buyers.push({ userId, party, address });
  }
  await db.transaction(async (tx) => {
    await tx.insert(users).values(userRows);
    await tx.insert(buyerProfiles).values(profileRows);
    await tx.insert(buyerAddresses).values(addressRows);
  });
  return buyers;
}
