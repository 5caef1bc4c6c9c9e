/** What each kind of upload accepts, by detected content type. */
export const FILE_PURPOSES = {
  supplier_material: { types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], visibility: 'private' },
  brand_certificate: { types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], visibility: 'private' },
  company_logo: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
  company_photo: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
  brand_logo: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
  product_image: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
  /** A bank slip or receipt the supplier attaches to a payment of an order. */
  payment_proof: { types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], visibility: 'private' },
  /** A domestic invoice the supplier issued in its tax system (guide 5.3.1): OFD kept as uploaded. */
  domestic_invoice: { types: ['application/pdf', 'application/ofd', 'image/jpeg', 'image/png'], visibility: 'private' },
  /** A party's signed and sealed scan of an order's contract (read through the contract's routes). */
  contract_signed_copy: { types: ['application/pdf', 'image/jpeg', 'image/png'], visibility: 'private' },
  /** A file sent in a conversation (pictures shown inline, PDFs as downloads; parties only). */
  message_attachment: { types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], visibility: 'private' },
} as const satisfies Record<string, { types: readonly string[]; visibility: 'private' | 'public' }>;

export type FilePurpose = keyof typeof FILE_PURPOSES;
export const FILE_PURPOSE_NAMES = Object.keys(FILE_PURPOSES) as [FilePurpose, ...FilePurpose[]];

/** File-name extensions that may carry each type; a different extension means a renamed file. */
export const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/ofd': ['ofd'],
};

export const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** PDF features that run code or open other programs are refused; see pdf-active-content.ts. */
export { pdfHasActiveContent } from './pdf-active-content.js';

/**
 * Largest picture accepted, in pixels (50 megapixels: more than any photo that fits the upload
 * size). A few kilobytes of PNG can declare gigapixels; this refuses them from the header.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Markup or script inside a picture: the picture is also a web page (a polyglot). */
const MARKUP = /<(?:script|html|body|svg|iframe|object|embed|\?php)\b|<!doctype|javascript:/i;
const ZIP_LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_DIRECTORY_END = Buffer.from('PK\x05\x06', 'latin1');

/** Where a PNG's IEND chunk ends, or undefined when the chunks do not lead there. */
function pngEnd(data: Buffer): number | undefined {
  let at = 8;
  while (at + 12 <= data.length) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    at += 12 + length;
    if (type === 'IEND') return at;
  }
  return undefined;
}

/**
 * A picture that is also something else: markup or script anywhere in it, a ZIP archive inside
 * it, or bytes after the end of a PNG or WebP (JPEG may legitimately carry more images after its
 * end: MPF, used by phone cameras). Re-encoding would drop them, but such a file is refused.
 */
export function imageCarriesOtherContent(data: Buffer, type: string): boolean {
  if (MARKUP.test(data.toString('latin1'))) return true;
  if (data.includes(ZIP_LOCAL_HEADER) && data.includes(ZIP_DIRECTORY_END)) return true;
  if (type === 'image/png') {
    const end = pngEnd(data);
    return end !== undefined && end < data.length;
  }
  if (type === 'image/webp' && data.length >= 8) {
    const riffSize = data.readUInt32LE(4);
    return data.length > 8 + riffSize + (riffSize % 2);
  }
  return false;
}

export function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return match?.[1]?.toLowerCase();
}

/** Keeps the displayed name harmless: no path, no control characters, bounded length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned || 'file').slice(-150);
}

/** RFC 6266 / RFC 8187: an ASCII fallback plus the UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
