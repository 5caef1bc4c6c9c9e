/**
 * Amounts in words for generated documents: Chinese capital numerals (大写金额) for the purchase
 * contract and English "SAY … ONLY" for the export invoice. Both read the decimal string exactly
 * (BigInt, no floats) so the words always match the figures printed beside them.
 *
 * Decisions (see /work/shared/reference/orders-and-documents.md, "Amounts in Chinese capital numerals"):
 * - 10–19 are written 壹拾… (bank practice: a leading 拾 could be prefixed with a digit by forgery).
 * - 元 is the unit for every currency (美元壹仟元整), as is usual in bilingual contracts.
 * - 零 is written wherever the PBOC rules allow it, so nothing can be inserted: between non-zero
 *   digits, before a 万/亿 group that does not fill its top digit, after 元 when the 元 digit is 0
 *   and 角 follows (壹仟陆佰捌拾元零叁角贰分), and before 分 when 角 is 0 (壹亿元零伍分).
 * - 整 after 元 when there are no 角/分; none after 角 (optional under the rules) or 分.
 * - An amount below one unit omits the 元 part (伍角, 伍分), as banks write it.
 * - English: CNY is "CHINESE YUAN" with minor unit "FEN"; British "AND" (THREE HUNDRED AND
 *   FORTY-FIVE, ONE MILLION AND ONE); cents as "AND CENTS SIXTY", also after ZERO.
 * - Currencies without a minor unit (JPY, per money.ts) refuse non-zero decimals.
 */
import { minorUnits } from './money.js';

/** Amounts at or above this are refused (both languages stop at hundreds of trillions). */
const LIMIT = 10n ** 15n;
const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;
const ISO_CODE = /^[A-Z]{3}$/;

interface ParsedAmount {
  whole: bigint;
  /** Hundredths of the unit, 0–99. */
  minor: number;
}

function parseAmount(amount: string, currency: string): ParsedAmount {
  if (!ISO_CODE.test(currency)) throw new RangeError(`not an ISO currency code: ${currency}`);
  if (amount.startsWith('-')) throw new RangeError(`negative amount: ${amount}`);
  const match = AMOUNT.exec(amount);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(amount)) throw new RangeError(`more than 2 decimals: ${amount}`);
    throw new RangeError(`not a decimal amount: ${amount}`);
  }
  const [, wholeDigits = '0', fraction = ''] = match;
  const whole = BigInt(wholeDigits);
  if (whole >= LIMIT) throw new RangeError(`amount too large for words: ${amount}`);
  const minor = Number(fraction.padEnd(2, '0'));
  if (minor !== 0 && minorUnits(currency) === 0) {
    throw new RangeError(`${currency} has no minor unit: ${amount}`);
  }
  return { whole, minor };
}

// ---------------------------------------------------------------- Chinese capital numerals

const CN_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CN_PLACES = ['', '拾', '佰', '仟'];

const CN_PREFIX: Record<string, string> = {
  CNY: '人民币',
  USD: '美元',
  EUR: '欧元',
  RUB: '俄罗斯卢布',
  GBP: '英镑',
  JPY: '日元',
  HKD: '港币',
};

/** 1–9999 without leading 零; one 零 for each run of zeros between non-zero digits. */
function chineseSection(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      pendingZero = out !== '';
    } else {
      if (pendingZero) out += '零';
      out += CN_DIGITS[digit]! + CN_PLACES[place]!;
      pendingZero = false;
    }
  }
  return out;
}

/**
 * 1 ≤ n < 10^15, grouped by 亿 then 万 (10^12 is 壹万亿). A lower group that does not reach its top
 * digit is preceded by 零: 壹亿零壹拾万, 壹佰万零壹.
 */
function chineseInteger(n: bigint): string {
  for (const [size, unit] of [
    [100_000_000n, '亿'],
    [10_000n, '万'],
  ] as const) {
    if (n >= size) {
      const high = n / size;
      const low = n % size;
      const lowText = low === 0n ? '' : (low < size / 10n ? '零' : '') + chineseInteger(low);
      return chineseInteger(high) + unit + lowText;
    }
  }
  return chineseSection(Number(n));
}

/** ("1680.32", "CNY") → "人民币壹仟陆佰捌拾元零叁角贰分"; throws RangeError on bad input. */
export function amountInChineseCapitals(amount: string, currency: string): string {
  const { whole, minor } = parseAmount(amount, currency);
  const prefix = CN_PREFIX[currency] ?? currency;
  const jiao = Math.floor(minor / 10);
  const fen = minor % 10;
  if (whole === 0n && minor === 0) return `${prefix}零元整`;

  let out = prefix;
  if (whole > 0n) out += `${chineseInteger(whole)}元`;
  if (minor === 0) return `${out}整`;
  if (jiao > 0) {
    // 元 digit 0 before 角: the reference's 壹仟陆佰捌拾元零叁角贰分.
    if (whole > 0n && whole % 10n === 0n) out += '零';
    out += `${CN_DIGITS[jiao]!}角`;
  } else if (whole > 0n) {
    out += '零'; // 角 is 0 but 分 is not: 元零伍分
  }
  if (fen > 0) out += `${CN_DIGITS[fen]!}分`;
  return out;
}

// ---------------------------------------------------------------- English words

const EN_ONES = (
  'ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ' +
  'ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN'
).split(' ');
const EN_TENS = ['', '', 'TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];
const EN_SCALES = ['', 'THOUSAND', 'MILLION', 'BILLION', 'TRILLION'];

const EN_CURRENCY: Record<string, { major: string; minor?: string }> = {
  USD: { major: 'US DOLLARS', minor: 'CENTS' },
  CNY: { major: 'CHINESE YUAN', minor: 'FEN' },
  EUR: { major: 'EUROS', minor: 'CENTS' },
  RUB: { major: 'RUSSIAN ROUBLES', minor: 'KOPECKS' },
  GBP: { major: 'POUNDS STERLING', minor: 'PENCE' },
  JPY: { major: 'JAPANESE YEN' },
  HKD: { major: 'HONG KONG DOLLARS', minor: 'CENTS' },
};

/** 1–99: TWENTY-ONE. */
function englishBelowHundred(n: number): string {
  if (n < 20) return EN_ONES[n]!;
  const units = n % 10;
  return EN_TENS[Math.floor(n / 10)]! + (units > 0 ? `-${EN_ONES[units]!}` : '');
}

/** 1–999: THREE HUNDRED AND FORTY-FIVE. */
function englishBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${EN_ONES[hundreds]!} HUNDRED`);
  if (rest > 0) parts.push(englishBelowHundred(rest));
  return parts.join(' AND ');
}

/** 0 ≤ n < 10^15, British style: a final group below 100 after higher groups takes AND. */
function englishInteger(n: bigint): string {
  if (n === 0n) return 'ZERO';
  const groups: number[] = [];
  for (let rest = n; rest > 0n; rest /= 1000n) groups.push(Number(rest % 1000n));
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const group = groups[i]!;
    if (group === 0) continue;
    const text = englishBelowThousand(group);
    if (i === 0 && group < 100 && words.length > 0) words.push('AND');
    words.push(EN_SCALES[i] ? `${text} ${EN_SCALES[i]}` : text);
  }
  return words.join(' ');
}

/** ("12345.60", "USD") → "SAY US DOLLARS TWELVE THOUSAND … AND CENTS SIXTY ONLY"; throws RangeError on bad input. */
export function amountInEnglishWords(amount: string, currency: string): string {
  const { whole, minor } = parseAmount(amount, currency);
  const names = EN_CURRENCY[currency] ?? { major: currency, minor: 'CENTS' };
  let out = `SAY ${names.major} ${englishInteger(whole)}`;
  // parseAmount refused decimals for currencies without a minor unit, so `minor` is then 0.
  if (minor > 0) out += ` AND ${names.minor ?? 'CENTS'} ${englishBelowHundred(minor)}`;
  return `${out} ONLY`;
}
