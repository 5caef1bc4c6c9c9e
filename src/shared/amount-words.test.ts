import { describe, expect, it } from 'vitest';
import { amountInChineseCapitals, amountInEnglishWords } from './amount-words.js';
import { PRODUCT_CURRENCIES } from './catalog-options.js';

const cn = (amount: string, currency = 'CNY') => amountInChineseCapitals(amount, currency);
const en = (amount: string, currency = 'USD') => amountInEnglishWords(amount, currency);

describe('amounts in Chinese capital numerals', () => {
  it('writes the issue amounts 0, 10, 1,000,001 and 100,000,000.05', () => {
    expect(cn('0')).toBe('人民币零元整');
    expect(cn('10')).toBe('人民币壹拾元整');
    expect(cn('1000001')).toBe('人民币壹佰万零壹元整');
    expect(cn('1000001.00')).toBe('人民币壹佰万零壹元整');
    expect(cn('100000000.05')).toBe('人民币壹亿元零伍分');
  });

  it('follows the PBOC examples of the reference', () => {
    expect(cn('1409.50')).toBe('人民币壹仟肆佰零玖元伍角');
    expect(cn('6007.14')).toBe('人民币陆仟零柒元壹角肆分');
    expect(cn('1680.32')).toBe('人民币壹仟陆佰捌拾元零叁角贰分');
    expect(cn('107000.53')).toBe('人民币壹拾万柒仟元零伍角叁分');
  });

  it('writes 零 where a 万/亿 group or the 角 is empty, so nothing can be inserted', () => {
    expect(cn('100100000')).toBe('人民币壹亿零壹拾万元整');
    expect(cn('1000000000.10')).toBe('人民币壹拾亿元零壹角');
    expect(cn('20000300.00')).toBe('人民币贰仟万零叁佰元整');
    expect(cn('100010000')).toBe('人民币壹亿零壹万元整');
    expect(cn('110000100')).toBe('人民币壹亿壹仟万零壹佰元整');
    expect(cn('100001000')).toBe('人民币壹亿零壹仟元整');
    expect(cn('1001')).toBe('人民币壹仟零壹元整');
    expect(cn('1010')).toBe('人民币壹仟零壹拾元整');
    expect(cn('10.05')).toBe('人民币壹拾元零伍分');
    expect(cn('100.3')).toBe('人民币壹佰元零叁角');
    expect(cn('1000000010000')).toBe('人民币壹万亿零壹万元整');
  });

  it('writes the teens with 壹拾 (bank practice)', () => {
    expect(cn('15')).toBe('人民币壹拾伍元整');
    expect(cn('19.90')).toBe('人民币壹拾玖元玖角');
    expect(cn('110000')).toBe('人民币壹拾壹万元整');
    expect(cn('1000000000000')).toBe('人民币壹万亿元整');
  });

  it('omits the 元 part below one unit', () => {
    expect(cn('0.50')).toBe('人民币伍角');
    expect(cn('0.05')).toBe('人民币伍分');
    expect(cn('0.55')).toBe('人民币伍角伍分');
    expect(cn('0.00')).toBe('人民币零元整');
  });

  it('writes the largest accepted amount', () => {
    expect(cn('999999999999999.99')).toBe('人民币玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分');
  });

  it('prefixes the currency name and keeps 元 as the unit', () => {
    expect(cn('1000', 'USD')).toBe('美元壹仟元整');
    expect(cn('12.34', 'EUR')).toBe('欧元壹拾贰元叁角肆分');
    expect(cn('5', 'RUB')).toBe('俄罗斯卢布伍元整');
    expect(cn('5', 'GBP')).toBe('英镑伍元整');
    expect(cn('5000', 'JPY')).toBe('日元伍仟元整');
    expect(cn('5', 'HKD')).toBe('港币伍元整');
    expect(cn('10', 'CHF')).toBe('CHF壹拾元整');
  });
});

describe('amounts in English words', () => {
  it('writes the issue amounts 0, 10, 1,000,001 and 100,000,000.05', () => {
    expect(en('0')).toBe('SAY US DOLLARS ZERO ONLY');
    expect(en('10')).toBe('SAY US DOLLARS TEN ONLY');
    expect(en('1000001')).toBe('SAY US DOLLARS ONE MILLION AND ONE ONLY');
    expect(en('100000000.05')).toBe('SAY US DOLLARS ONE HUNDRED MILLION AND CENTS FIVE ONLY');
  });

  it('writes hundreds with AND and hyphenates tens', () => {
    expect(en('12345.60')).toBe('SAY US DOLLARS TWELVE THOUSAND THREE HUNDRED AND FORTY-FIVE AND CENTS SIXTY ONLY');
    expect(en('21')).toBe('SAY US DOLLARS TWENTY-ONE ONLY');
    expect(en('99.99')).toBe('SAY US DOLLARS NINETY-NINE AND CENTS NINETY-NINE ONLY');
    expect(en('115')).toBe('SAY US DOLLARS ONE HUNDRED AND FIFTEEN ONLY');
    expect(en('300')).toBe('SAY US DOLLARS THREE HUNDRED ONLY');
  });

  it('writes the teens', () => {
    expect(en('11')).toBe('SAY US DOLLARS ELEVEN ONLY');
    expect(en('13')).toBe('SAY US DOLLARS THIRTEEN ONLY');
    expect(en('19.12')).toBe('SAY US DOLLARS NINETEEN AND CENTS TWELVE ONLY');
  });

  it('skips empty thousand groups', () => {
    expect(en('100100000')).toBe('SAY US DOLLARS ONE HUNDRED MILLION ONE HUNDRED THOUSAND ONLY');
    expect(en('1000000000.10')).toBe('SAY US DOLLARS ONE BILLION AND CENTS TEN ONLY');
    expect(en('20000300.00')).toBe('SAY US DOLLARS TWENTY MILLION THREE HUNDRED ONLY');
    expect(en('2005000')).toBe('SAY US DOLLARS TWO MILLION FIVE THOUSAND ONLY');
    expect(en('1000100')).toBe('SAY US DOLLARS ONE MILLION ONE HUNDRED ONLY');
    expect(en('1000021')).toBe('SAY US DOLLARS ONE MILLION AND TWENTY-ONE ONLY');
  });

  it('writes the largest accepted amount and amounts below one unit', () => {
    expect(en('999999999999999.99')).toBe(
      'SAY US DOLLARS NINE HUNDRED AND NINETY-NINE TRILLION NINE HUNDRED AND NINETY-NINE BILLION ' +
        'NINE HUNDRED AND NINETY-NINE MILLION NINE HUNDRED AND NINETY-NINE THOUSAND ' +
        'NINE HUNDRED AND NINETY-NINE AND CENTS NINETY-NINE ONLY',
    );
    expect(en('0.50')).toBe('SAY US DOLLARS ZERO AND CENTS FIFTY ONLY');
  });

  it('names each currency and its minor unit', () => {
    expect(en('3.07', 'CNY')).toBe('SAY CHINESE YUAN THREE AND FEN SEVEN ONLY');
    expect(en('1.01', 'EUR')).toBe('SAY EUROS ONE AND CENTS ONE ONLY');
    expect(en('5.25', 'RUB')).toBe('SAY RUSSIAN ROUBLES FIVE AND KOPECKS TWENTY-FIVE ONLY');
    expect(en('2.50', 'GBP')).toBe('SAY POUNDS STERLING TWO AND PENCE FIFTY ONLY');
    expect(en('1000', 'JPY')).toBe('SAY JAPANESE YEN ONE THOUSAND ONLY');
    expect(en('1000.00', 'JPY')).toBe('SAY JAPANESE YEN ONE THOUSAND ONLY');
    expect(en('8.80', 'HKD')).toBe('SAY HONG KONG DOLLARS EIGHT AND CENTS EIGHTY ONLY');
    expect(en('10.01', 'CHF')).toBe('SAY CHF TEN AND CENTS ONE ONLY');
  });
});

describe('both languages', () => {
  it('name every currency the platform sells in', () => {
    for (const currency of PRODUCT_CURRENCIES) {
      expect(cn('1', currency).startsWith(currency)).toBe(false);
      expect(en('1', currency).startsWith(`SAY ${currency} `)).toBe(false); // a name, not the ISO code
    }
  });

  it.each([
    ['-1', 'USD', /negative/],
    ['-0.00', 'USD', /negative/],
    ['1.005', 'USD', /more than 2 decimals/],
    ['1.000', 'USD', /more than 2 decimals/],
    ['1.', 'USD', /not a decimal/],
    ['.5', 'USD', /not a decimal/],
    ['', 'USD', /not a decimal/],
    [' 1', 'USD', /not a decimal/],
    ['1,000', 'USD', /not a decimal/],
    ['1e3', 'USD', /not a decimal/],
    ['+1', 'USD', /not a decimal/],
    ['abc', 'USD', /not a decimal/],
    ['1000000000000000', 'USD', /too large/],
    ['1000000000000000.00', 'USD', /too large/],
    ['1000.50', 'JPY', /no minor unit/],
    ['1', 'usd', /ISO currency/],
    ['1', '', /ISO currency/],
  ])('refuses %j in %s', (amount, currency, message) => {
    expect(() => amountInChineseCapitals(amount, currency)).toThrow(RangeError);
    expect(() => amountInChineseCapitals(amount, currency)).toThrow(message);
    expect(() => amountInEnglishWords(amount, currency)).toThrow(RangeError);
    expect(() => amountInEnglishWords(amount, currency)).toThrow(message);
  });
});
