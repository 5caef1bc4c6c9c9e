import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans SC (static TTF from @expo-google-fonts/noto-sans-sc) covers Chinese, Latin and
 * Cyrillic, so one family serves every party name. pdfkit embeds only the glyphs used (a subset)
 * with a ToUnicode map, which keeps the text extractable and searchable.
 *
 * The 10 MB files are parsed once per worker thread, with the fontkit that pdfkit itself uses
 * (resolved from pdfkit, not a dependency of ours), and the parsed fonts are handed to every
 * document: parsing them per document cost about half of a contract's render time. pdfkit takes a
 * parsed font as a font source (PDFFontFactory.open: anything with a layout function).
 */
const require = createRequire(import.meta.url);

interface ParsedFont {
  layout: (...args: never[]) => unknown;
}

/** What pdfkit's registerFont is given: a parsed font (typed as its source type, see above). */
export type FontSource = Buffer;

let fonts: { regular: FontSource; bold: FontSource } | undefined;

function parse(path: string): FontSource {
  const bytes = readFileSync(require.resolve(path));
  try {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): ParsedFont };
    const font = fontkit.create(bytes);
    if (typeof font.layout === 'function') return font as unknown as FontSource;
  } catch {
    // pdfkit without a resolvable fontkit: it parses the bytes per document instead (slower).
  }
  return bytes;
}

export function documentFonts(): { regular: FontSource; bold: FontSource } {
  fonts ??= {
    regular: parse('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    bold: parse('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  };
  return fonts;
}
