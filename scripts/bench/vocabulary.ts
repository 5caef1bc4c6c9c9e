/**
 * Product words for the benchmark catalog, per seeded leaf category, in the four languages:
 * [zh-CN, en, ru, es]. Names are built as zh: material + noun + size; en: material + noun +
 * size; ru / es: noun + material phrase + size (so no adjective agreement is needed).
 */
export type Words = readonly [zh: string, en: string, ru: string, es: string];

export const NOUNS: Record<string, readonly Words[]> = {
  'hardware-fasteners': [
    ['六角螺栓', 'hex bolt', 'болт с шестигранной головкой', 'tornillo hexagonal'],
    ['螺栓', 'bolt', 'болт', 'perno'],
    ['膨胀螺栓', 'expansion bolt', 'анкерный болт', 'perno de expansión'],
    ['螺母', 'nut', 'гайка', 'tuerca'],
    ['垫圈', 'washer', 'шайба', 'arandela'],
    ['自攻螺钉', 'self-tapping screw', 'саморез', 'tornillo autorroscante'],
    ['铆钉', 'rivet', 'заклёпка', 'remache'],
  ],
  'hardware-hand-tools': [
    ['扳手', 'wrench', 'гаечный ключ', 'llave inglesa'],
    ['钳子', 'pliers', 'плоскогубцы', 'alicates'],
    ['螺丝刀', 'screwdriver', 'отвёртка', 'destornillador'],
  ],
  'hardware-power-tools': [
    ['电钻', 'electric drill', 'электродрель', 'taladro eléctrico'],
    ['角磨机', 'angle grinder', 'угловая шлифмашина', 'amoladora angular'],
    ['电锤', 'rotary hammer', 'перфоратор', 'martillo perforador'],
  ],
  'hardware-locks': [
    ['挂锁', 'padlock', 'навесной замок', 'candado'],
    ['门锁', 'door lock', 'дверной замок', 'cerradura de puerta'],
  ],
  'machinery-cnc': [
    ['数控车床', 'CNC lathe', 'токарный станок с ЧПУ', 'torno CNC'],
    ['立式加工中心', 'vertical machining center', 'вертикальный обрабатывающий центр', 'centro de mecanizado vertical'],
    ['铣床', 'milling machine', 'фрезерный станок', 'fresadora'],
  ],
  'machinery-packaging': [
    ['封口机', 'sealing machine', 'запаечная машина', 'selladora'],
    ['灌装机', 'filling machine', 'разливочная машина', 'llenadora'],
  ],
  'machinery-agricultural': [
    ['拖拉机', 'tractor', 'трактор', 'tractor'],
    ['收割机', 'combine harvester', 'зерноуборочный комбайн', 'cosechadora'],
  ],
  'machinery-pumps': [
    ['阀门', 'valve', 'клапан', 'válvula'],
    ['球阀', 'ball valve', 'шаровой кран', 'válvula de bola'],
    ['闸阀', 'gate valve', 'задвижка', 'válvula de compuerta'],
    ['离心泵', 'centrifugal pump', 'центробежный насос', 'bomba centrífuga'],
    ['潜水泵', 'submersible pump', 'погружной насос', 'bomba sumergible'],
  ],
  'electronics-components': [
    ['电容', 'capacitor', 'конденсатор', 'condensador'],
    ['继电器', 'relay', 'реле', 'relé'],
    ['电阻', 'resistor', 'резистор', 'resistencia'],
  ],
  'electronics-cables': [
    ['电缆', 'power cable', 'силовой кабель', 'cable de alimentación'],
    ['电线', 'electric wire', 'электрический провод', 'alambre eléctrico'],
  ],
  'electronics-lighting': [
    ['LED灯', 'LED lamp', 'светодиодная лампа', 'lámpara LED'],
    ['路灯', 'street light', 'уличный фонарь', 'farola'],
  ],
  'electronics-power': [
    ['开关电源', 'switching power supply', 'импульсный блок питания', 'fuente conmutada'],
    ['储能电池', 'energy storage battery', 'аккумулятор для хранения энергии', 'batería de almacenamiento'],
  ],
  'metals-steel': [
    ['钢板', 'steel plate', 'стальной лист', 'chapa de acero'],
    ['角钢', 'angle steel', 'стальной уголок', 'ángulo de acero'],
    ['钢筋', 'rebar', 'арматура', 'varilla corrugada'],
  ],
  'metals-aluminium': [
    ['铝型材', 'aluminium profile', 'алюминиевый профиль', 'perfil de aluminio'],
    ['铝板', 'aluminium sheet', 'алюминиевый лист', 'lámina de aluminio'],
  ],
  'metals-copper': [
    ['铜管', 'copper tube', 'медная труба', 'tubo de cobre'],
    ['铜排', 'copper busbar', 'медная шина', 'barra de cobre'],
  ],
  'chemicals-plastics': [['塑料颗粒', 'plastic pellets', 'пластиковые гранулы', 'gránulos de plástico']],
  'chemicals-coatings': [['防腐涂料', 'anticorrosive paint', 'антикоррозийная краска', 'pintura anticorrosiva']],
  'chemicals-adhesives': [['结构胶', 'structural adhesive', 'конструкционный клей', 'adhesivo estructural']],
  'construction-tiles': [
    ['瓷砖', 'ceramic tile', 'керамическая плитка', 'azulejo cerámico'],
    ['大理石板', 'marble slab', 'мраморная плита', 'losa de mármol'],
  ],
  'construction-glass': [['钢化玻璃', 'tempered glass', 'закалённое стекло', 'vidrio templado']],
  'construction-pipes': [
    ['钢管', 'steel pipe', 'стальная труба', 'tubo de acero'],
    ['无缝钢管', 'seamless steel pipe', 'бесшовная стальная труба', 'tubo de acero sin costura'],
    ['法兰', 'flange', 'фланец', 'brida'],
    ['弯头', 'pipe elbow', 'отвод трубы', 'codo de tubería'],
  ],
  'textiles-fabrics': [['棉布', 'cotton fabric', 'хлопковая ткань', 'tela de algodón']],
  'textiles-workwear': [
    ['工作服', 'work uniform', 'рабочая форма', 'uniforme de trabajo'],
    ['安全鞋', 'safety shoes', 'защитная обувь', 'calzado de seguridad'],
  ],
  'textiles-home': [['床单', 'bed sheet', 'простыня', 'sábana']],
  'vehicles-auto-parts': [
    ['轴承', 'bearing', 'подшипник', 'rodamiento'],
    ['深沟球轴承', 'deep groove ball bearing', 'радиальный шарикоподшипник', 'rodamiento rígido de bolas'],
    ['刹车片', 'brake pad', 'тормозная колодка', 'pastilla de freno'],
    ['机油滤清器', 'oil filter', 'масляный фильтр', 'filtro de aceite'],
  ],
  'vehicles-tyres': [['轮胎', 'tyre', 'шина', 'neumático']],
  'vehicles-ev': [
    ['充电桩', 'EV charger', 'зарядная станция', 'cargador para vehículos eléctricos'],
    ['锂电池', 'lithium battery', 'литиевый аккумулятор', 'batería de litio'],
  ],
  'food-tea': [
    ['绿茶', 'green tea', 'зелёный чай', 'té verde'],
    ['乌龙茶', 'oolong tea', 'чай улун', 'té oolong'],
  ],
  'food-grain': [
    ['大米', 'rice', 'рис', 'arroz'],
    ['花生油', 'peanut oil', 'арахисовое масло', 'aceite de cacahuete'],
  ],
  'food-seafood': [['冻虾', 'frozen shrimp', 'замороженные креветки', 'camarón congelado']],
};

/** Materials for industrial goods: zh/en prefix, ru/es phrase after the noun. */
export const MATERIALS: readonly Words[] = [
  ['不锈钢', 'stainless steel', 'из нержавеющей стали', 'de acero inoxidable'],
  ['碳钢', 'carbon steel', 'из углеродистой стали', 'de acero al carbono'],
  ['镀锌', 'galvanized', 'с цинковым покрытием', 'galvanizado'],
  ['黄铜', 'brass', 'из латуни', 'de latón'],
  ['铝合金', 'aluminium alloy', 'из алюминиевого сплава', 'de aleación de aluminio'],
  ['镀镍', 'nickel-plated', 'с никелевым покрытием', 'niquelado'],
  ['高强度', 'high-strength', 'повышенной прочности', 'de alta resistencia'],
  ['工业级', 'industrial-grade', 'промышленного класса', 'de grado industrial'],
];

/** Qualities for food, textiles and chemicals. */
export const QUALITIES: readonly Words[] = [
  ['有机', 'organic', 'органического производства', 'orgánico'],
  ['出口级', 'export-grade', 'экспортного качества', 'calidad de exportación'],
  ['散装', 'bulk', 'оптом', 'a granel'],
  ['优质', 'premium', 'высшего сорта', 'de primera calidad'],
  ['环保', 'eco-friendly', 'экологичный', 'ecológico'],
];

/** Materials only where they make sense (a "brass bolt", not a "brass rice"). */
const HARD_GOODS = /^(hardware-(fasteners|hand-tools|locks)|machinery-pumps|construction-pipes|vehicles-auto-parts)$/;
export const modifiersFor = (slug: string) => (HARD_GOODS.test(slug) ? MATERIALS : QUALITIES);

/** Sizes and grades by top-level category. */
export function sizesFor(slug: string): readonly string[] {
  if (slug === 'hardware-fasteners') return ['M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M16', 'M20', 'M24'];
  if (slug === 'machinery-pumps' || slug === 'construction-pipes') return ['DN15', 'DN25', 'DN50', 'DN80', 'DN100'];
  if (slug.startsWith('food-')) return ['500g', '1kg', '5kg', '25kg'];
  if (slug.startsWith('textiles-')) return ['S', 'M', 'L', 'XL', '150cm'];
  if (slug.startsWith('electronics-')) return ['12V', '24V', '220V', '380V', '5A'];
  return ['Type A', 'Type B', '10mm', '20mm', '50mm', '100mm'];
}

export const COMPANY_WORDS: readonly (readonly [string, string])[] = [
  ['华东', 'East China'],
  ['宏达', 'Hongda'],
  ['恒通', 'Hengtong'],
  ['鑫源', 'Xinyuan'],
  ['永盛', 'Yongsheng'],
  ['金桥', 'Golden Bridge'],
  ['瑞丰', 'Ruifeng'],
  ['天成', 'Tiancheng'],
  ['中联', 'Zhonglian'],
  ['海川', 'Haichuan'],
];
export const CITIES: readonly (readonly [string, string])[] = [
  ['宁波', 'Ningbo'],
  ['温州', 'Wenzhou'],
  ['东莞', 'Dongguan'],
  ['无锡', 'Wuxi'],
  ['青岛', 'Qingdao'],
  ['福州', 'Fuzhou'],
  ['天津', 'Tianjin'],
  ['佛山', 'Foshan'],
];
