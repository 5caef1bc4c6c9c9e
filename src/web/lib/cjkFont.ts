/**
 * Chinese text is drawn with the system's CJK font where there is one (PingFang SC on Apple,
 * Microsoft YaHei on Windows, Noto Sans CJK SC / Source Han Sans SC on Android and Linux — the
 * font stack in global.css). Only on a Chinese page of a system without any of them is the Noto
 * Sans SC web font loaded: its unicode-range subsets (regular weight only, font-display: swap),
 * so a page fetches just the slices its characters fall in. Pages in other languages never load it
 * (issue 16: 3 font files on English pages, 32 on Chinese ones).
 */
const SYSTEM_CJK_FONTS = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei',
  // Google's own build, when installed on the system (before cjk-font.css loads, the name can only
  // mean an installed font).
  'Noto Sans SC',
];

/**
 * A font is installed when naming it first changes the width of a sample against two different
 * generic fallbacks (a missing font leaves both unchanged). Latin letters in the sample make the
 * difference visible even where no font at all has CJK glyphs.
 */
export function hasSystemCjkFont(): boolean {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return false;
  const sample = '中文字体 mmmwwwiii 0123';
  const width = (family: string) => {
    context.font = `40px ${family}`;
    return context.measureText(sample).width;
  };
  const generic = ['monospace', 'serif'];
  const base = generic.map(width);
  return SYSTEM_CJK_FONTS.some((name) => generic.some((g, i) => width(`"${name}", ${g}`) !== base[i]));
}

let requested = false;

/** For a Chinese page: the web font's stylesheet (a chunk of its own), once, if no system font. */
export function ensureCjkFont(locale: string): void {
  if (requested || locale !== 'zh-CN' || typeof document === 'undefined') return;
  requested = true;
  if (hasSystemCjkFont()) return;
  void import('../styles/cjk-font.css');
}
