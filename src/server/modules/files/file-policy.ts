/** What each kind of upload accepts, by detected content type. */
export const FILE_PURPOSES = {
  supplier_material: { types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], visibility: 'private' },
  brand_certificate: { types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], visibility: 'private' },
  company_logo: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
  company_photo: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
  brand_logo: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
  product_image: { types: ['image/jpeg', 'image/png', 'image/webp'], visibility: 'public' },
} as const satisfies Record<string, { types: readonly string[]; visibility: 'private' | 'public' }>;

export type FilePurpose = keyof typeof FILE_PURPOSES;
export const FILE_PURPOSE_NAMES = Object.keys(FILE_PURPOSES) as [FilePurpose, ...FilePurpose[]];

/** File-name extensions that may carry each type; a different extension means a renamed file. */
export const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};

export const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** PDF features that run code or open other programs; such files are refused. */
const ACTIVE_PDF = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b/;

export function pdfHasActiveContent(data: Buffer): boolean {
  return ACTIVE_PDF.test(data.toString('latin1'));
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
