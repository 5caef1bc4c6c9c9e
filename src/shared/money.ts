/**
 * Exact decimal arithmetic for money and prices, on strings like "1234.5600" as PostgreSQL's
 * numeric gives them. Values are held as BigInt in ten-thousandths (4 decimals, the precision of
 * unit prices); amounts are rounded half-up to the currency's minor unit. No floating point.
 */

const SCALE = 4;
const FACTOR = 10n ** BigInt(SCALE);
const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d{1,4}))?$/;

/** Minor-unit digits per currency (ISO 4217); 2 unless listed. */
const MINOR_UNITS: Record<string, number> = { JPY: 0, KRW: 0 };

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

export function isDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

function toUnits(value: string): bigint {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal: ${value}`);
  const [, minus, whole = '0', fraction = ''] = match;
  const units = BigInt(whole) * FACTOR + BigInt(fraction.padEnd(SCALE, '0'));
  return minus ? -units : units;
}

function fromUnits(units: bigint, digits: number): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / FACTOR;
  const fraction = (abs % FACTOR).toString().padStart(SCALE, '0').slice(0, digits);
  return `${negative && abs !== 0n ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** Half-up rounding (away from zero) of ten-thousandths to `digits` decimals. */
function roundUnits(units: bigint, digits: number): bigint {
  const step = 10n ** BigInt(SCALE - digits);
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const rounded = ((abs + step / 2n) / step) * step;
  return negative ? -rounded : rounded;
}

/** quantity × unit price, rounded to the currency's minor unit: ("3", "1.2345", "USD") → "3.70". */
export function lineAmount(quantity: number, unitPrice: string, currency: string): string {
  const digits = minorUnits(currency);
  return fromUnits(roundUnits(BigInt(quantity) * toUnits(unitPrice), digits), digits);
}

/** Sum of amounts, written with the currency's minor unit. */
export function sumAmounts(amounts: readonly string[], currency: string): string {
  const digits = minorUnits(currency);
  const total = amounts.reduce((sum, a) => sum + toUnits(a), 0n);
  return fromUnits(roundUnits(total, digits), digits);
}

/** a − b with the currency's minor unit. */
export function subtractAmount(a: string, b: string, currency: string): string {
  const digits = minorUnits(currency);
  return fromUnits(roundUnits(toUnits(a) - toUnits(b), digits), digits);
}

/** −1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const d = toUnits(a) - toUnits(b);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/** The same value written canonically with `digits` decimals ("1.5" → "1.5000"). */
export function normalizeDecimal(value: string, digits = SCALE): string {
  return fromUnits(roundUnits(toUnits(value), digits), digits);
}

/** Whether an amount fits the numeric(18,2) columns (16 integer digits); larger totals are refused. */
export function fitsMoneyColumn(amount: string): boolean {
  const whole = amount.replace(/^-/, '').split('.')[0] ?? '';
  return whole.length <= 16;
}

/**
 * `percent` % of an amount, rounded half-up to the currency's minor unit: the tax of an invoice
 * ("1000.00", "13", "CNY") → "130.00". `percent` is a decimal like "13" or "6.5".
 */
export function percentOf(amount: string, percent: string, currency: string): string {
  const digits = minorUnits(currency);
  // Both in ten-thousandths, so the product is the tax × 10⁶ in ten-thousandths (÷ 100 for the
  // percent, ÷ 10⁴ for the second scale): exact, then rounded once to whole minor units.
  const exact = toUnits(amount) * toUnits(percent);
  const unitsPerMinor = 10n ** BigInt(SCALE - digits);
  const minor = 1_000_000n * unitsPerMinor;
  const negative = exact < 0n;
  const abs = negative ? -exact : exact;
  const rounded = ((abs + minor / 2n) / minor) * unitsPerMinor;
  return fromUnits(negative ? -rounded : rounded, digits);
}
