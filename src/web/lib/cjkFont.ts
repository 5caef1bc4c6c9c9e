/**
 * Chinese text is drawn with the system's CJK font where there is one (PingFang SC on Apple,
 * Microsoft YaHei on Windows, Noto Sans CJK SC / Source Han Sans SC on Android and Linux — the
 * font stack in global.css, ahead of the web font). The Noto Sans SC web font's rules
 * (styles/cjk-font.css: unicode-range slices of the regular weight, font-display: swap) are
 * declared only on Chinese pages — by the server's shell (src/server/platform/route-preload.ts) —
 * and a slice is fetched only for characters no installed font covers. Pages in other languages
 * never declare them (issue 16: 3 font files on English pages, 32 on Chinese ones).
 *
 * This covers a switch to Chinese without a page load: the same stylesheet, once.
 */
let requested = false;

export function ensureCjkFont(locale: string): void {
  if (requested || locale !== 'zh-CN' || typeof document === 'undefined') return;
  requested = true;
  // Already declared by the shell: Vite's loader finds the <link> and fetches nothing.
  void import('../styles/cjk-font.css');
}
