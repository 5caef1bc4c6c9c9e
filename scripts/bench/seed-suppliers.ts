/**
 * The benchmark's suppliers: approved companies (a tenth abroad) with 1–3 licensed brands each
 * (the first approved, later ones sometimes pending or expired) and six product pictures.
 */
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Db } from '../../src/server/db/client.js';
import { users } from '../../src/server/modules/accounts/accounts.tables.js';
import { brands } from '../../src/server/modules/brands/brands.tables.js';
import { files } from '../../src/server/modules/files/files.tables.js';
import { supplierApplications, suppliers } from '../../src/server/modules/suppliers/suppliers.tables.js';
import type { Random } from './random.js';
import { CITIES, COMPANY_WORDS } from './vocabulary.js';

const BATCH = 1000;
const DAY_MS = 86_400_000;

export interface SeedSupplier {
  id: string;
  userId: string;
  leafSlugs: string[];
  brands: { id: string; nameEn: string; nameZh: string; status: string }[];
  imageIds: string[];
}

export async function seedSuppliers(
  db: Db,
  rng: Random,
  leafSlugs: string[],
  count: number,
  prefix: string,
): Promise<SeedSupplier[]> {
  const passwordHash = await hash(randomUUID(), { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const now = new Date();
  const seeded: SeedSupplier[] = [];
  const userRows: (typeof users.$inferInsert)[] = [];
  const applicationRows: (typeof supplierApplications.$inferInsert)[] = [];
  const supplierRows: (typeof suppliers.$inferInsert)[] = [];
  const fileRows: (typeof files.$inferInsert)[] = [];
  const brandRows: (typeof brands.$inferInsert)[] = [];
  const file = (ownerId: string, purpose: string, name: string, type: string) => {
    const id = randomUUID();
    fileRows.push({
      id,
      ownerId,
      purpose,
      visibility: purpose === 'product_image' ? 'public' : 'private',
      storageKey: `bench/${id}`,
      thumbnailKey: purpose === 'product_image' ? `bench/${id}.thumb` : null,
      originalName: name,
      contentType: type,
      size: 20_000 + rng.int(0, 200_000),
      sha256: '0'.repeat(64),
      ...(type.startsWith('image/') ? { width: 800, height: 800 } : {}),
    });
    return id;
  };
  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(4, '0');
    const userId = randomUUID();
    const applicationId = randomUUID();
    const supplierId = randomUUID();
    const [wordZh, wordEn] = rng.pick(COMPANY_WORDS);
    const [cityZh, cityEn] = rng.pick(CITIES);
    const foreign = rng.chance(0.1);
    const country = foreign ? rng.pick(['DE', 'RU', 'ES', 'TR', 'VN']) : 'CN';
    const nameEn = foreign ? `${wordEn} Trading ${n} GmbH` : `${cityEn} ${wordEn} Industrial ${n} Co., Ltd.`;
    const nameZh = foreign ? null : `${cityZh}${wordZh}实业${n}有限公司`;
    const approvedAt = new Date(now.getTime() - rng.int(30, 900) * DAY_MS);
    userRows.push({
      id: userId,
      accountName: `${prefix}s${n}`,
      email: `${prefix}s${n}@bench.example`,
      passwordHash,
      locale: foreign ? 'en' : 'zh-CN',
    });
    applicationRows.push({
      id: applicationId,
      userId,
      status: 'approved',
      companyNameEn: nameEn,
      companyNameZh: nameZh,
      country,
      submittedAt: approvedAt,
      decidedAt: approvedAt,
    });
    supplierRows.push({
      id: supplierId,
      userId,
      applicationId,
      nameEn,
      nameZh,
      country,
      approvedAt,
      contactEmail: `sales${n}@bench.example`,
      contactPhone: '+86 574 8888 0000',
    });
    const supplier: SeedSupplier = {
      id: supplierId,
      userId,
      leafSlugs: rng.sample(leafSlugs, rng.int(2, 4)),
      brands: [],
      imageIds: Array.from({ length: 6 }, (_, k) =>
        file(userId, 'product_image', `product-${k + 1}.jpg`, 'image/jpeg'),
      ),
    };
    const brandCount = rng.int(1, 3);
    for (let b = 0; b < brandCount; b++) {
      const id = randomUUID();
      // The first brand is always approved; later ones are sometimes still pending or expired.
      const status =
        b === 0
          ? 'approved'
          : rng.weighted([
              ['approved', 90],
              ['pending', 6],
              ['expired', 4],
            ] as const);
      const nameEn = `${wordEn}${['Pro', 'Tech', 'Max', 'Star'][b]} ${n}`;
      const nameZh = `${wordZh}${['牌', '星', '宝'][b % 3]}${n}`;
      const validUntil =
        status === 'expired'
          ? new Date(now.getTime() - rng.int(5, 300) * DAY_MS).toISOString().slice(0, 10)
          : `${rng.int(2030, 2036)}-12-31`;
      brandRows.push({
        id,
        supplierId,
        kind: rng.chance(0.2) ? 'agency' : 'private',
        status,
        nameEn,
        nameZh,
        trademarkNumber: `TM${n}${b}`,
        trademarkCountry: 'CN',
        niceClasses: [6, 7],
        certificateKind: 'registration',
        certificateFileId: file(userId, 'brand_certificate', '商标注册证.pdf', 'application/pdf'),
        trademarkValidUntil: validUntil,
        validUntil,
        submittedAt: approvedAt,
        decidedAt: status === 'pending' ? null : approvedAt,
        expiredAt: status === 'expired' ? now : null,
      });
      supplier.brands.push({ id, nameEn, nameZh, status });
    }
    seeded.push(supplier);
  }
  await db.transaction(async (tx) => {
    await tx.insert(users).values(userRows);
    await tx.insert(supplierApplications).values(applicationRows);
    await tx.insert(suppliers).values(supplierRows);
    for (let i = 0; i < fileRows.length; i += BATCH) await tx.insert(files).values(fileRows.slice(i, i + BATCH));
    await tx.insert(brands).values(brandRows);
  });
  return seeded;
}
