// TEMPORARY stand-in for src/shared/amount-words.ts (another branch); removed when main has it.
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿', '兆'];
const CURRENCY_ZH: Record<string, string> = { CNY: '人民币', USD: '美元', EUR: '欧元', RUB: '卢布', JPY: '日元' };
const CURRENCY_EN: Record<string, string> = {
  CNY: 'CHINESE YUAN',
  USD: 'US DOLLARS',
  EUR: 'EUROS',
  RUB: 'RUSSIAN ROUBLES',
};

function split(amount: string): [bigint, number] {
  const [whole = '0', fraction = ''] = amount.split('.');
  return [BigInt(whole), Number(fraction.padEnd(2, '0').slice(0, 2))];
}

export function amountInChineseCapitals(amount: string, currency: string): string {
  const [whole, cents] = split(amount);
  let out = '';
  const s = whole.toString();
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const pos = s.length - 1 - i;
    if (d === 0) zero = true;
    else {
      if (zero && out) out += '零';
      zero = false;
      out += `${DIGITS[d]}${SMALL[pos % 4]}`;
    }
    if (pos % 4 === 0 && pos > 0 && /[^零亿万兆]$/.test(out)) out += BIG[pos / 4];
  }
  if (!out) out = '零';
  out = `${CURRENCY_ZH[currency] ?? currency}${out}元`;
  const jiao = Math.floor(cents / 10);
  const fen = cents % 10;
  if (!jiao && !fen) return `${out}整`;
  if (jiao) out += `${DIGITS[jiao]}角`;
  else out += '零';
  if (fen) out += `${DIGITS[fen]}分`;
  return out;
}

const ONES =
  'ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN'.split(
    ' ',
  );
const TENS = ' TEN TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY'.split(' ');
const SCALES = ['', 'THOUSAND', 'MILLION', 'BILLION', 'TRILLION'];

function hundreds(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${ONES[Math.floor(n / 100)]} HUNDRED`);
  const r = n % 100;
  if (r) {
    if (n >= 100) parts.push('AND');
    parts.push(r < 20 ? ONES[r]! : `${TENS[Math.floor(r / 10)]}${r % 10 ? `-${ONES[r % 10]}` : ''}`);
  }
  return parts.join(' ');
}

export function amountInEnglishWords(amount: string, currency: string): string {
  const [whole, cents] = split(amount);
  const groups: string[] = [];
  let n = whole;
  let i = 0;
  while (n > 0n) {
    const g = Number(n % 1000n);
    if (g) groups.unshift(`${hundreds(g)}${SCALES[i] ? ` ${SCALES[i]}` : ''}`);
    n /= 1000n;
    i++;
  }
  const words = groups.length ? groups.join(' ') : 'ZERO';
  return `SAY ${CURRENCY_EN[currency] ?? currency} ${words}${cents ? ` AND CENTS ${hundreds(cents)}` : ''} ONLY`;
}
