/**
 * The B2B category tree, seeded (and its names kept up to date) at start-up.
 * [slug, zh-CN, en, ru, es, children]
 */
type Seed = [string, string, string, string, string, Seed[]?];

export const CATEGORY_SEED: Seed[] = [
  [
    'machinery',
    '机械设备',
    'Machinery',
    'Оборудование',
    'Maquinaria',
    [
      ['machinery-cnc', '数控机床', 'CNC machine tools', 'Станки с ЧПУ', 'Máquinas herramienta CNC'],
      ['machinery-packaging', '包装机械', 'Packaging machinery', 'Упаковочное оборудование', 'Maquinaria de envasado'],
      [
        'machinery-agricultural',
        '农业机械',
        'Agricultural machinery',
        'Сельскохозяйственная техника',
        'Maquinaria agrícola',
      ],
      ['machinery-pumps', '泵与阀门', 'Pumps and valves', 'Насосы и клапаны', 'Bombas y válvulas'],
    ],
  ],
  [
    'hardware',
    '五金工具',
    'Hardware and tools',
    'Инструменты и метизы',
    'Ferretería y herramientas',
    [
      ['hardware-fasteners', '紧固件', 'Fasteners', 'Крепёж', 'Elementos de fijación'],
      ['hardware-hand-tools', '手动工具', 'Hand tools', 'Ручной инструмент', 'Herramientas manuales'],
      ['hardware-power-tools', '电动工具', 'Power tools', 'Электроинструмент', 'Herramientas eléctricas'],
      ['hardware-locks', '锁具', 'Locks', 'Замки', 'Cerraduras'],
    ],
  ],
  [
    'electronics',
    '电子电气',
    'Electronics and electrical',
    'Электроника и электротехника',
    'Electrónica y electricidad',
    [
      [
        'electronics-components',
        '电子元器件',
        'Electronic components',
        'Электронные компоненты',
        'Componentes electrónicos',
      ],
      ['electronics-cables', '电线电缆', 'Wires and cables', 'Провода и кабели', 'Cables y alambres'],
      ['electronics-lighting', '照明', 'Lighting', 'Освещение', 'Iluminación'],
      [
        'electronics-power',
        '电源与储能',
        'Power supplies and storage',
        'Источники питания и накопители',
        'Fuentes de alimentación y almacenamiento',
      ],
    ],
  ],
  [
    'metals',
    '冶金矿产',
    'Metals and minerals',
    'Металлы и минералы',
    'Metales y minerales',
    [
      ['metals-steel', '钢材', 'Steel', 'Сталь', 'Acero'],
      ['metals-aluminium', '铝材', 'Aluminium', 'Алюминий', 'Aluminio'],
      ['metals-copper', '铜材', 'Copper', 'Медь', 'Cobre'],
    ],
  ],
  [
    'chemicals',
    '化工',
    'Chemicals',
    'Химическая продукция',
    'Productos químicos',
    [
      ['chemicals-plastics', '塑料与树脂', 'Plastics and resins', 'Пластмассы и смолы', 'Plásticos y resinas'],
      ['chemicals-coatings', '涂料与油漆', 'Coatings and paints', 'Покрытия и краски', 'Recubrimientos y pinturas'],
      ['chemicals-adhesives', '胶粘剂', 'Adhesives', 'Клеи', 'Adhesivos'],
    ],
  ],
  [
    'construction',
    '建筑建材',
    'Construction materials',
    'Строительные материалы',
    'Materiales de construcción',
    [
      ['construction-tiles', '瓷砖与石材', 'Tiles and stone', 'Плитка и камень', 'Azulejos y piedra'],
      ['construction-glass', '建筑玻璃', 'Architectural glass', 'Строительное стекло', 'Vidrio arquitectónico'],
      ['construction-pipes', '管材管件', 'Pipes and fittings', 'Трубы и фитинги', 'Tuberías y accesorios'],
    ],
  ],
  [
    'textiles',
    '纺织服装',
    'Textiles and apparel',
    'Текстиль и одежда',
    'Textiles y confección',
    [
      ['textiles-fabrics', '面料', 'Fabrics', 'Ткани', 'Tejidos'],
      ['textiles-workwear', '工作服', 'Workwear', 'Спецодежда', 'Ropa de trabajo'],
      ['textiles-home', '家纺', 'Home textiles', 'Домашний текстиль', 'Textiles para el hogar'],
    ],
  ],
  [
    'vehicles',
    '汽车及配件',
    'Vehicles and parts',
    'Автомобили и запчасти',
    'Vehículos y repuestos',
    [
      ['vehicles-auto-parts', '汽车零部件', 'Auto parts', 'Автозапчасти', 'Repuestos de automóvil'],
      ['vehicles-tyres', '轮胎', 'Tyres', 'Шины', 'Neumáticos'],
      [
        'vehicles-ev',
        '新能源汽车配件',
        'Electric vehicle parts',
        'Комплектующие для электромобилей',
        'Piezas para vehículos eléctricos',
      ],
    ],
  ],
  [
    'food',
    '食品农产品',
    'Food and agriculture',
    'Продукты питания и сельхозпродукция',
    'Alimentos y agricultura',
    [
      ['food-tea', '茶叶', 'Tea', 'Чай', 'Té'],
      ['food-grain', '粮油', 'Grain and oils', 'Зерно и масла', 'Cereales y aceites'],
      ['food-seafood', '水产品', 'Seafood', 'Морепродукты', 'Mariscos'],
    ],
  ],
  [
    'packaging',
    '包装印刷',
    'Packaging and printing',
    'Упаковка и печать',
    'Embalaje e impresión',
    [
      ['packaging-boxes', '纸箱纸盒', 'Cartons and boxes', 'Картонные коробки', 'Cajas de cartón'],
      ['packaging-bags', '包装袋', 'Packaging bags', 'Упаковочные пакеты', 'Bolsas de embalaje'],
    ],
  ],
  [
    'medical',
    '医疗器械',
    'Medical supplies',
    'Медицинские изделия',
    'Suministros médicos',
    [
      ['medical-protective', '防护用品', 'Protective equipment', 'Средства защиты', 'Equipos de protección'],
      ['medical-devices', '医疗设备', 'Medical devices', 'Медицинское оборудование', 'Dispositivos médicos'],
    ],
  ],
  [
    'home',
    '家居用品',
    'Home and furniture',
    'Товары для дома и мебель',
    'Hogar y muebles',
    [
      ['home-furniture', '家具', 'Furniture', 'Мебель', 'Muebles'],
      ['home-kitchen', '厨房用品', 'Kitchenware', 'Кухонные принадлежности', 'Artículos de cocina'],
    ],
  ],
];
