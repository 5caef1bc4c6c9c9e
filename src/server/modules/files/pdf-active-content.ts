import { constants, inflateSync } from 'node:zlib';

/**
 * PDF features that run code, open other programs or files, send data away, or carry other
 * files; a PDF naming any of them is refused. /URI (a web link, which readers confirm before
 * opening) is allowed on purpose: contracts and licences link to terms and registries.
 * /GoTo (a jump inside the same document) is harmless.
 */
const ACTIVE_NAMES = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
]);

/** Inflated object streams may total this much; a "zip bomb" beyond it is refused unread. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** A PDF name token: "/" then regular characters (PDF 32000-1 §7.2.2, §7.3.5). */
const NAME_TOKEN = /\/([^\s/[\]<>(){}%]*)/g;

/** Decodes the #xx escapes of one name ("J#61vaScript" → "JavaScript"). */
export function decodePdfName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every name token in `text`, decoded. */
function names(text: string): string[] {
  return Array.from(text.matchAll(NAME_TOKEN), (m) => decodePdfName(m[1]!));
}

const namesActiveContent = (text: string) => names(text).some((name) => ACTIVE_NAMES.has(name));

/** An object's dictionary followed by stream data: "N G obj << … >> stream". Never crosses "endobj". */
const STREAM_OBJECT = /\bobj\s*(<<(?:(?!endobj)[\s\S])*?>>)\s*stream\r?\n/g;

/**
 * The decompressed contents of every object stream (/Type /ObjStm, PDF 1.5), where objects —
 * actions included — can sit compressed and out of sight of a plain scan. Returns undefined
 * when one cannot be inspected: another filter than FlateDecode alone, encrypted (the file has a
 * password) or damaged data, or more output than the budget.
 */
function objectStreams(text: string, data: Buffer): string[] | undefined {
  const found: string[] = [];
  let budget = MAX_INFLATED_BYTES;
  for (const match of text.matchAll(STREAM_OBJECT)) {
    const dictionary = names(match[1]!);
    if (!dictionary.includes('ObjStm')) continue;
    const filters = dictionary.filter((n) => n.endsWith('Decode') || n === 'Fl' || n === 'LZW' || n === 'AHx');
    if (filters.length === 0) continue; // not compressed: the plain scan has read it
    if (filters.length !== 1 || filters[0] !== 'FlateDecode') return undefined;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const compressed = data.subarray(start, end < 0 ? data.length : end);
    try {
      // SYNC_FLUSH: a truncated stream yields what it has instead of throwing.
      const inflated = inflateSync(compressed, { maxOutputLength: budget, finishFlush: constants.Z_SYNC_FLUSH });
      budget -= inflated.length;
      found.push(inflated.toString('latin1'));
    } catch {
      return undefined;
    }
  }
  return found;
}

/**
 * True when the PDF may run code or carry other files (issue 11, finding 6): names are compared
 * after decoding #xx escapes, in the file and inside FlateDecode object streams. A file whose
 * object streams cannot be inspected counts as active: we cannot show it is not.
 * Other compressed streams (page contents, images, fonts) hold no actions and are not opened.
 */
export function pdfHasActiveContent(data: Buffer): boolean {
  const text = data.toString('latin1');
  if (namesActiveContent(text)) return true;
  const streams = objectStreams(text, data);
  return streams === undefined || streams.some(namesActiveContent);
}
