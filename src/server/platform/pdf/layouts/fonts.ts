import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans SC (static TTF from @expo-google-fonts/noto-sans-sc) covers Chinese, Latin and
 * Cyrillic, so one family serves every party name. pdfkit embeds only the glyphs used (a subset,
 * ~10–40 KB) with a ToUnicode map, which keeps the text extractable and searchable. The files are
 * read once per worker thread.
 */
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

export function documentFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
  };
  return fonts;
}
