import PDFDocument from 'pdfkit';
import { documentFonts } from './fonts.js';

/**
 * The pieces every layout shares: a deterministic A4 document, a table that breaks across pages,
 * and the footer stamped on every page once the page count is known.
 */

export type Doc = PDFKit.PDFDocument;
export const REGULAR = 'NotoSansSC';
export const BOLD = 'NotoSansSC-Bold';
export const MARGIN = 36;
const FOOTER_SPACE = 26;

export interface DocumentMeta {
  title: string;
  /** ISO day of the document: the PDF's creation and modification date, so bytes do not vary. */
  date: string;
  contentSha256: string;
}

export interface OpenDocument {
  doc: Doc;
  /** Stamps the footer on every page (`footer(page, pages)`) and returns the bytes. */
  finish(footer: (page: number, pages: number) => string): Promise<{ pdf: Buffer; pages: number }>;
}

export function openDocument(meta: DocumentMeta): OpenDocument {
  const day = new Date(`${meta.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    // pdfkit derives the trailer's document ID from the info dictionary (an MD5 of it): with a
    // fixed date and the content hash in Keywords the ID, and so every byte, follows the content.
    info: {
      Title: meta.title,
      Keywords: `content-sha256:${meta.contentSha256}`,
      Producer: 'Buttress Roots',
      Creator: 'Buttress Roots',
      CreationDate: day,
      ModDate: day,
    },
  });
  const { regular, bold } = documentFonts();
  doc.registerFont(REGULAR, regular);
  doc.registerFont(BOLD, bold);
  shareLayoutCaches(doc);
  doc.font(REGULAR);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  return {
    doc,
    async finish(footer) {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        const bottom = doc.page.margins.bottom;
        // Writing inside the bottom margin would otherwise open a new page.
        doc.page.margins.bottom = 0;
        doc
          .font(REGULAR)
          .fontSize(7)
          .fillColor('#555555')
          .text(footer(i - start + 1, count), MARGIN, doc.page.height - MARGIN - 4, {
            width: contentWidth(doc),
            align: 'center',
            lineBreak: false,
          });
        doc.page.margins.bottom = bottom;
      }
      doc.end();
      await ended;
      return { pdf: Buffer.concat(chunks), pages: count };
    },
  };
}

/**
 * pdfkit shapes every word (every CJK character) through fontkit and caches the result per
 * document; contracts repeat the same template words, so this thread shares one cache per font
 * across documents (about a third of a render's time). A cached run is a pure function of the
 * text and the font and pdfkit copies it before changing anything, so the bytes do not depend on
 * what was rendered before (tested). It relies on pdfkit's EmbeddedFont.layoutCache (pdfkit is
 * pinned): if the field is not there, nothing is shared. Emptied past MAX_SHARED_RUNS entries.
 */
const MAX_SHARED_RUNS = 50_000;
let sharedRuns = new Map<string, Record<string, unknown>>();

function shareLayoutCaches(doc: Doc): void {
  for (const name of [REGULAR, BOLD]) {
    doc.font(name);
    const font = (doc as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
    if (!font || typeof font.layoutCache !== 'object') continue;
    let cache = sharedRuns.get(name);
    if (!cache || Object.keys(cache).length > MAX_SHARED_RUNS) {
      cache = Object.create(null) as Record<string, unknown>;
      sharedRuns.set(name, cache);
    }
    font.layoutCache = cache;
  }
}

/** For tests: the next document starts with empty layout caches. */
export function resetLayoutCaches(): void {
  sharedRuns = new Map();
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `height` points are left. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export interface Column {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  fontSize?: number;
  /** Rows drawn in bold (totals). */
  boldRows?: ReadonlySet<number>;
  /** Header row; false for a plain grid. */
  header?: boolean;
}

const PAD = 3;

/** A bordered table; rows too tall for the page move to the next one, with the header repeated. */
export function drawTable(doc: Doc, columns: readonly Column[], rows: readonly string[][], options: TableOptions = {}) {
  const size = options.fontSize ?? 8;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * contentWidth(doc));
  const left = doc.page.margins.left;

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(size);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i]! - 2 * PAD }))) + 2 * PAD
    );
  };
  const drawRow = (cells: readonly string[], font: string, height: number, fill?: string) => {
    const top = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      if (fill) doc.rect(x, top, width, height).fill(fill);
      doc.lineWidth(0.5).strokeColor('#777777').rect(x, top, width, height).stroke();
      doc
        .fillColor('#000000')
        .font(font)
        .fontSize(size)
        .text(cell, x + PAD, top + PAD, { width: width - 2 * PAD, align: columns[i]!.align ?? 'left' });
      x += width;
    });
    doc.x = left;
    doc.y = top + height;
  };
  const headers = columns.map((c) => c.header);
  const withHeader = options.header !== false;
  const headerHeight = withHeader ? rowHeight(headers, BOLD) : 0;
  if (withHeader) {
    ensureSpace(doc, headerHeight + rowHeight(rows[0] ?? [], REGULAR));
    drawRow(headers, BOLD, headerHeight, '#eeeeee');
  }
  rows.forEach((cells, r) => {
    const font = options.boldRows?.has(r) ? BOLD : REGULAR;
    const height = rowHeight(cells, font);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (withHeader) drawRow(headers, BOLD, headerHeight, '#eeeeee');
    }
    drawRow(cells, font, height);
  });
  doc.x = left;
}

/** "3f2a9c1b7d4e": the short hash the footers show (first 12 hex digits of the content hash). */
export function shortHash(contentSha256: string): string {
  return contentSha256.slice(0, 12);
}
