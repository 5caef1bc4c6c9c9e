/**
 * Exact sums and display of the decimal strings in document models (weights, volumes, amounts):
 * BigInt over a fixed number of decimals, as src/shared/money.ts does for money. No floats.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function toScaled(value: string, digits: number): bigint {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal: ${value}`);
  const [, minus, whole = '0', fraction = ''] = match;
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) {
    throw new RangeError(`more than ${digits} decimals: ${value}`);
  }
  const scaled = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.slice(0, digits).padEnd(digits, '0') || '0');
  return minus ? -scaled : scaled;
}

function fromScaled(value: bigint, digits: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const text = abs.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return `${negative ? '-' : ''}${whole}${digits ? `.${fraction}` : ''}`;
}

/** Sum of decimal strings with exactly `digits` decimals: (["1.5", "2.255"], 3) → "3.755". */
export function sumDecimals(values: readonly string[], digits: number): string {
  return fromScaled(
    values.reduce((sum, v) => sum + toScaled(v, digits), 0n),
    digits,
  );
}

/** Same value with `digits` decimals (no rounding beyond trailing zeros). */
export function fixDecimals(value: string, digits: number): string {
  return fromScaled(toScaled(value, digits), digits);
}

/** Thousands separators for display: "1234567.50" → "1,234,567.50". */
export function groupDigits(value: string): string {
  const [whole = '', fraction] = value.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}
