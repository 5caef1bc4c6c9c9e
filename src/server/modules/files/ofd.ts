/**
 * OFD (GB/T 33190, China's fixed-layout format for electronic invoices) is a ZIP archive whose
 * root holds OFD.xml. It is stored as uploaded (never unpacked or rendered here), so what matters
 * is that only a well-formed archive of that shape is called OFD: the archive must start at byte
 * 0 (nothing glued in front, as in a GIF+JAR "GIFAR"), end exactly with its end-of-directory
 * record (nothing glued after), every directory entry must point at a local header inside the
 * file, and one entry must be exactly "OFD.xml". Any other ZIP stays refused.
 */
export const OFD_TYPE = 'application/ofd';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Far more than an invoice needs (a few pages, fonts, a signature); bounds the walk. */
const MAX_ENTRIES = 10_000;

/** Where the end-of-central-directory record starts, when its comment runs exactly to the end. */
function endOfDirectory(data: Buffer): number | undefined {
  const lowest = Math.max(0, data.length - END_SIZE - MAX_COMMENT);
  for (let at = data.length - END_SIZE; at >= lowest; at--) {
    if (data.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    const commentLength = data.readUInt16LE(at + 20);
    return at + END_SIZE + commentLength === data.length ? at : undefined;
  }
  return undefined;
}

/** The entry names of a strictly shaped ZIP archive, or undefined when it is not one. */
export function zipEntryNames(data: Buffer): string[] | undefined {
  if (data.length < END_SIZE + 30 || data.readUInt32LE(0) !== LOCAL_HEADER) return undefined;
  const end = endOfDirectory(data);
  if (end === undefined) return undefined;
  const entries = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryAt = data.readUInt32LE(end + 16);
  // Multi-disk and ZIP64 archives (0xffff / 0xffffffff markers) are not what an invoice tool writes.
  if (data.readUInt16LE(end + 4) !== 0 || data.readUInt16LE(end + 8) !== entries) return undefined;
  if (entries === 0 || entries > MAX_ENTRIES || directoryAt + directorySize !== end) return undefined;
  const names: string[] = [];
  let at = directoryAt;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL_HEADER) return undefined;
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localAt = data.readUInt32LE(at + 42);
    if (localAt + 30 > directoryAt || data.readUInt32LE(localAt) !== LOCAL_HEADER) return undefined;
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) return undefined;
    names.push(data.toString('utf8', at + 46, at + 46 + nameLength));
    at = next;
  }
  return at === end ? names : undefined;
}

/** An OFD document: a strictly shaped ZIP with OFD.xml at its root. */
export function isOfd(data: Buffer): boolean {
  return zipEntryNames(data)?.includes('OFD.xml') ?? false;
}
