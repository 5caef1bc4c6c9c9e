import { expect, type Page, test } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { escape, fillRegistration, formButton, label, logIn, newUser, register } from './helpers.js';
import { text } from './i18n.js';
import { creditCode } from './supplier-helpers.js';

/** Buyer information, delivery addresses and invoice information (issue 12), in English and Chinese. */

const save = (page: Page, locale: Locale) => formButton(page, locale, 'common.save');
const entry = (page: Page, name: string) => page.getByTestId('entry').filter({ hasText: name });
/** A valid code with its check character replaced by another one of the alphabet. */
const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0');

async function fillBuyerInformation(page: Page, locale: Locale, code: string) {
  const field = (name: string) => label(page, locale, `buyers.info.fields.${name}`);
  await field('companyNameZh').fill('杭州采购有限公司');
  await field('companyNameEn').fill('Hangzhou Purchasing Co., Ltd.');
  // The credit code is asked for mainland China only.
  await expect(field('creditCode')).toHaveCount(0);
  await field('country').selectOption('CN');
  await field('creditCode').fill(code);
  await field('registeredAddress').fill('浙江省杭州市西湖区文三路 100 号');
  await field('contactPerson').fill('王芳');
  await field('phone').fill('+86 138 0013 8000');
  await field('email').fill('wang.fang@example.com');
}

async function addAddress(page: Page, locale: Locale, recipient: string, city: string) {
  const field = (name: string) => label(page, locale, `buyers.addresses.fields.${name}`);
  await page.getByTestId('add-entry').click();
  const form = page.getByTestId('address-form');
  await expect(form).toBeVisible();
  await field('recipient').fill(recipient);
  await field('phone').fill('+86 139 0013 9000');
  await field('country').selectOption('CN');
  await field('region').fill('浙江省');
  await field('city').fill(city);
  await field('addressLine').fill('文三路 200 号 3 楼');
  await field('postalCode').fill('310012');
  await save(page, locale).click();
  await expect(form).toHaveCount(0);
  await expect(entry(page, recipient)).toBeVisible();
}

/** Two addresses: the first is the default; "Set as default" on the second moves it. */
async function addTwoAddressesAndSwitchDefault(page: Page, locale: Locale) {
  await page.getByTestId('addresses-link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'buyers.nav.addresses'));
  await addAddress(page, locale, '李雷', '杭州市');
  await expect(entry(page, '李雷')).toHaveAttribute('data-default', 'true');
  await addAddress(page, locale, '韩梅梅', '宁波市');
  await expect(entry(page, '韩梅梅')).toHaveAttribute('data-default', 'false');
  await entry(page, '韩梅梅')
    .getByRole('button', { name: text(locale, 'buyers.setDefault') })
    .click();
  await expect(page.getByTestId('book-notice')).toHaveText(text(locale, 'buyers.notices.defaultSet'));
  await expect(entry(page, '韩梅梅')).toHaveAttribute('data-default', 'true');
  await expect(entry(page, '韩梅梅')).toContainText(text(locale, 'buyers.default'));
  await expect(entry(page, '李雷')).toHaveAttribute('data-default', 'false');
  // The server agrees after a reload: exactly one default.
  await page.reload();
  await expect(page.locator('[data-testid="entry"][data-default="true"]')).toHaveCount(1);
  await expect(entry(page, '韩梅梅')).toHaveAttribute('data-default', 'true');
}

/** A special VAT invoice profile: without the bank it is refused; with it, saved and the default. */
async function addSpecialVatProfile(page: Page, locale: Locale) {
  const field = (name: string) => label(page, locale, `buyers.invoiceProfiles.fields.${name}`);
  await page.getByTestId('invoice-profiles-link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'buyers.nav.invoiceProfiles'));
  await page.getByTestId('add-entry').click();
  const type = field('invoiceType');
  await expect(type.locator('option')).toHaveText([
    text(locale, 'buyers.invoiceTypes.ordinary'),
    text(locale, 'buyers.invoiceTypes.special_vat'),
  ]);
  await type.selectOption('special_vat');
  await field('title').fill('杭州采购有限公司');
  await field('taxpayerId').fill(creditCode().toLowerCase());
  await field('registeredAddress').fill('浙江省杭州市西湖区文三路 100 号');
  await field('registeredPhone').fill('0571-88888888');
  await save(page, locale).click();
  // Missing bank and account: refused, each field says why, nothing typed is lost.
  await expect(page.getByTestId('form-error')).toHaveText(text(locale, 'errors.VALIDATION_FAILED'));
  await expect(field('bankName')).toHaveAttribute('aria-invalid', 'true');
  await expect(field('bankAccount')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('invoice-profile-form')).toContainText(text(locale, 'validation.required'));
  await expect(field('title')).toHaveValue('杭州采购有限公司');
  await field('bankName').fill('中国工商银行杭州西湖支行');
  await field('bankAccount').fill('1202 0212 0900 0123 456');
  await save(page, locale).click();
  await expect(page.getByTestId('invoice-profile-form')).toHaveCount(0);
  const saved = entry(page, '杭州采购有限公司');
  await expect(saved).toHaveAttribute('data-default', 'true');
  await expect(saved.getByTestId('invoice-type')).toHaveText(text(locale, 'buyers.invoiceTypes.special_vat'));
  await expect(saved).toContainText('1202021209000123456');
}

test.describe('buyers', () => {
  test('English: "Register as a buyer" → Buyer information (an invalid credit code refused), addresses, a special VAT invoice profile', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const user = newUser('buyer');
    await page.goto('/en/');
    const cta = page.getByTestId('register-as-buyer');
    await expect(cta).toHaveText('Register as a buyer');
    await cta.click();
    await expect(page).toHaveURL(/\/en\/register\?next=%2Fen%2Faccount%2Fbuyer$/);
    await fillRegistration(page, 'en', user);
    await expect(page).toHaveURL(/\/en\/login\?next=%2Fen%2Faccount%2Fbuyer$/);
    await logIn(page, 'en', user.accountName, user.password);
    // After registering, the new buyer lands on Buyer information.
    await expect(page).toHaveURL(/\/en\/account\/buyer$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buyer information');
    await expect(page.getByTestId('buyer-info-missing')).toBeVisible();

    const code = creditCode();
    await fillBuyerInformation(page, 'en', wrongCheck(code));
    await save(page, 'en').click();
    const creditCodeField = label(page, 'en', 'buyers.info.fields.creditCode');
    await expect(creditCodeField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('buyer-info-form')).toContainText(text('en', 'validation.credit_code_checksum'));
    await expect(label(page, 'en', 'buyers.info.fields.contactPerson')).toHaveValue('王芳');
    await creditCodeField.fill(code);
    await save(page, 'en').click();
    await expect(page.getByTestId('buyer-info-saved')).toHaveText(text('en', 'buyers.info.saved'));
    await page.reload();
    await expect(label(page, 'en', 'buyers.info.fields.creditCode')).toHaveValue(code);

    // Saved meanwhile elsewhere (another tab): the conflict is said plainly and nothing typed is lost.
    const origin = new URL(page.url()).origin;
    const current = (await (await page.request.get('/api/buyer/profile')).json()) as {
      profile: Record<string, string | number | null>;
    };
    const { version, updatedAt: _updatedAt, companyNameZh: _zh, ...other } = current.profile;
    const elsewhere = await page.request.put('/api/buyer/profile', {
      headers: { origin },
      data: { version, buyer: { ...other, companyNameZh: '杭州采购有限公司', contactPerson: '李四' } },
    });
    expect(elsewhere.status()).toBe(200);
    await label(page, 'en', 'buyers.info.fields.contactPerson').fill('Wang Fang');
    await save(page, 'en').click();
    await expect(page.getByTestId('buyer-info-conflict')).toContainText(text('en', 'buyers.conflict'));
    await expect(label(page, 'en', 'buyers.info.fields.contactPerson')).toHaveValue('Wang Fang');
    // Saving again replaces the other change.
    await save(page, 'en').click();
    await expect(page.getByTestId('buyer-info-saved')).toBeVisible();
    await page.reload();
    await expect(label(page, 'en', 'buyers.info.fields.contactPerson')).toHaveValue('Wang Fang');

    // The Personal Center's Buyer section: complete now, with its four links (My Orders among them).
    await page.goto('/en/account');
    const section = page.getByTestId('buyer-entry');
    await expect(section.getByTestId('buyer-status')).toHaveText(text('en', 'buyers.center.complete'));
    await expect(section.getByRole('link', { name: 'My Orders' })).toHaveAttribute('href', '/en/account/orders');
    await expect(section.getByRole('link', { name: 'Invoice information' })).toBeVisible();

    await addTwoAddressesAndSwitchDefault(page, 'en');
    await addSpecialVatProfile(page, 'en');
  });

  test('Chinese (zh-CN): 采购商信息, 收货地址, 增值税专用发票', async ({ page }) => {
    test.setTimeout(120_000);
    const user = newUser('caigou');
    await register(page, 'zh-CN', user);
    await logIn(page, 'zh-CN', user.accountName, user.password);
    await expect(page).toHaveURL(/\/zh-CN\/account$/);
    const section = page.getByTestId('buyer-entry');
    await expect(section.getByRole('heading')).toHaveText('采购商');
    await expect(section.getByTestId('buyer-status')).toHaveText(text('zh-CN', 'buyers.center.incomplete'));
    await section.getByRole('link', { name: '采购商信息' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('采购商信息');

    const code = creditCode();
    await fillBuyerInformation(page, 'zh-CN', 'ABC');
    await save(page, 'zh-CN').click();
    await expect(page.getByTestId('buyer-info-form')).toContainText(text('zh-CN', 'validation.credit_code_length'));
    await label(page, 'zh-CN', 'buyers.info.fields.creditCode').fill(code);
    await save(page, 'zh-CN').click();
    await expect(page.getByTestId('buyer-info-saved')).toHaveText('采购商信息已保存。');

    await addTwoAddressesAndSwitchDefault(page, 'zh-CN');
    await addSpecialVatProfile(page, 'zh-CN');
    await expect(entry(page, '杭州采购有限公司').getByTestId('invoice-type')).toHaveText('增值税专用发票');
    await expect(page.getByRole('link', { name: new RegExp(escape('我的订单')) }).first()).toBeVisible();
  });
});
