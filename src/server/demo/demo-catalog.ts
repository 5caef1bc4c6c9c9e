/**
 * What the demo supplier sells: a few hardware products in four languages (Russian and Spanish
 * left out of some, as suppliers do — guide 4.2), with tiered prices and specifications.
 */
import type { Locale } from '../../shared/locales.js';

export interface DemoProduct {
  /** Category slug from the seeded tree. */
  category: string;
  brand: 'private' | 'agency';
  model: string;
  unit: 'piece' | 'set' | 'box';
  moq: number;
  currency: 'CNY' | 'USD' | 'EUR';
  tiers: [minQuantity: number, unitPrice: string][];
  leadTimeDays: number;
  hsCode: string;
  weightKg: string;
  /** Picture colour (RGB) for the generated photos. */
  colour: [number, number, number];
  texts: Partial<Record<Locale, { name: string; sellingPoints: string; keywords: string }>> &
    Record<'zh-CN' | 'en', { name: string; sellingPoints: string; keywords: string }>;
  specs: { name: string; value: string }[];
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    category: 'hardware-fasteners',
    brand: 'private',
    model: 'BN-HB-M8',
    unit: 'piece',
    moq: 1000,
    currency: 'USD',
    tiers: [
      [1000, '0.085'],
      [10000, '0.072'],
      [50000, '0.065'],
    ],
    leadTimeDays: 15,
    hsCode: '731815',
    weightKg: '0.012',
    colour: [150, 150, 160],
    texts: {
      'zh-CN': {
        name: '不锈钢六角螺栓 M8',
        sellingPoints: 'A2-70 不锈钢，耐腐蚀，适用于户外钢结构。',
        keywords: '螺栓, 六角螺栓, 不锈钢',
      },
      en: {
        name: 'Stainless steel hex bolt M8',
        sellingPoints: 'A2-70 stainless, rust-proof, for outdoor steelwork.',
        keywords: 'bolt, hex bolt, stainless',
      },
      ru: {
        name: 'Болт с шестигранной головкой M8, нержавеющая сталь',
        sellingPoints: 'Нержавеющая сталь A2-70 для наружных конструкций.',
        keywords: 'болт, нержавеющий',
      },
      es: {
        name: 'Perno hexagonal M8 de acero inoxidable',
        sellingPoints: 'Acero inoxidable A2-70, para exteriores.',
        keywords: 'perno, tornillo hexagonal',
      },
    },
    specs: [
      { name: 'Material', value: 'A2-70' },
      { name: 'Thread', value: 'M8 × 1.25' },
      { name: 'Standard', value: 'DIN 933' },
    ],
  },
  {
    category: 'hardware-fasteners',
    brand: 'private',
    model: 'BN-NUT-M10',
    unit: 'box',
    moq: 50,
    currency: 'CNY',
    tiers: [
      [50, '38.00'],
      [500, '33.50'],
    ],
    leadTimeDays: 10,
    hsCode: '731816',
    weightKg: '2.500',
    colour: [180, 170, 120],
    texts: {
      'zh-CN': { name: '镀锌六角螺母 M10（每盒 500 只）', sellingPoints: '热镀锌，8 级强度。', keywords: '螺母, 镀锌' },
      en: {
        name: 'Galvanized hex nut M10 (box of 500)',
        sellingPoints: 'Hot-dip galvanized, grade 8.',
        keywords: 'nut, galvanized',
      },
      ru: {
        name: 'Гайка шестигранная оцинкованная M10 (500 шт.)',
        sellingPoints: 'Горячее цинкование, класс прочности 8.',
        keywords: 'гайка',
      },
    },
    specs: [
      { name: 'Grade', value: '8' },
      { name: 'Finish', value: 'HDG' },
    ],
  },
  {
    category: 'hardware-locks',
    brand: 'private',
    model: 'BN-PL-50',
    unit: 'piece',
    moq: 200,
    currency: 'USD',
    tiers: [
      [200, '3.20'],
      [2000, '2.75'],
    ],
    leadTimeDays: 25,
    hsCode: '830110',
    weightKg: '0.310',
    colour: [200, 160, 60],
    texts: {
      'zh-CN': { name: '黄铜挂锁 50 毫米', sellingPoints: '实心黄铜锁体，三把钥匙。', keywords: '挂锁, 黄铜' },
      en: { name: 'Brass padlock 50 mm', sellingPoints: 'Solid brass body, three keys.', keywords: 'padlock, brass' },
      es: {
        name: 'Candado de latón de 50 mm',
        sellingPoints: 'Cuerpo de latón macizo, tres llaves.',
        keywords: 'candado, latón',
      },
    },
    specs: [{ name: 'Shackle', value: '8 mm hardened steel' }],
  },
  {
    category: 'hardware-hand-tools',
    brand: 'private',
    model: 'BN-WR-12',
    unit: 'set',
    moq: 100,
    currency: 'USD',
    tiers: [
      [100, '12.90'],
      [1000, '11.40'],
    ],
    leadTimeDays: 30,
    hsCode: '820411',
    weightKg: '1.800',
    colour: [90, 110, 140],
    texts: {
      'zh-CN': { name: '铬钒钢两用扳手 12 件套', sellingPoints: '铬钒钢锻造，镜面抛光。', keywords: '扳手, 套装' },
      en: {
        name: 'Chrome vanadium combination wrench set, 12 pieces',
        sellingPoints: 'Forged Cr-V steel, mirror polished.',
        keywords: 'wrench, spanner set',
      },
      ru: {
        name: 'Набор комбинированных ключей, 12 шт.',
        sellingPoints: 'Кованая хром-ванадиевая сталь.',
        keywords: 'гаечный ключ, набор',
      },
      es: {
        name: 'Juego de llaves combinadas, 12 piezas',
        sellingPoints: 'Acero al cromo-vanadio forjado.',
        keywords: 'llave inglesa, juego',
      },
    },
    specs: [{ name: 'Sizes', value: '8–19 mm' }],
  },
  {
    category: 'hardware-power-tools',
    brand: 'agency',
    model: 'RW-AG-125',
    unit: 'piece',
    moq: 20,
    currency: 'EUR',
    tiers: [
      [20, '48.00'],
      [200, '43.50'],
    ],
    leadTimeDays: 35,
    hsCode: '846729',
    weightKg: '2.100',
    colour: [40, 90, 160],
    texts: {
      'zh-CN': {
        name: '角磨机 125 毫米 1200 瓦',
        sellingPoints: '德国品牌授权，软启动，防重启保护。',
        keywords: '角磨机, 电动工具',
      },
      en: {
        name: 'Angle grinder 125 mm, 1200 W',
        sellingPoints: 'Licensed German brand; soft start, restart protection.',
        keywords: 'angle grinder, power tool',
      },
      ru: {
        name: 'Угловая шлифмашина 125 мм, 1200 Вт',
        sellingPoints: 'Плавный пуск, защита от повторного включения.',
        keywords: 'болгарка, шлифмашина',
      },
      es: {
        name: 'Amoladora angular de 125 mm, 1200 W',
        sellingPoints: 'Arranque suave, protección contra rearranque.',
        keywords: 'amoladora',
      },
    },
    specs: [
      { name: 'Power', value: '1200 W' },
      { name: 'Voltage', value: '220–240 V' },
    ],
  },
  {
    category: 'hardware-power-tools',
    brand: 'agency',
    model: 'RW-DR-13',
    unit: 'piece',
    moq: 20,
    currency: 'EUR',
    tiers: [[20, '39.90']],
    leadTimeDays: 35,
    hsCode: '846721',
    weightKg: '1.700',
    colour: [30, 120, 110],
    texts: {
      'zh-CN': { name: '电钻 13 毫米 750 瓦', sellingPoints: '无级变速，正反转。', keywords: '电钻' },
      en: {
        name: 'Electric drill 13 mm, 750 W',
        sellingPoints: 'Variable speed, reversible.',
        keywords: 'drill, electric drill',
      },
    },
    specs: [{ name: 'Chuck', value: '13 mm keyed' }],
  },
];
