/**
 * Files for upload tests, built in code so no binary fixture is committed: real documents and
 * pictures that must pass, and disguised or dangerous ones that must be refused.
 */
import sharp from 'sharp';

import { pdf } from '../demo/sample-files.js';

export { multipart, pdf } from '../demo/sample-files.js';

/** A PDF that runs JavaScript when opened. */
export const pdfWithJavaScript = () => pdf({ extraCatalog: "/OpenAction << /S /JavaScript /JS (app.alert('hi')) >>" });

const picture = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });

export const jpeg = (width?: number, height?: number) => picture(width, height).jpeg().toBuffer();
export const png = (width?: number, height?: number) => picture(width, height).png().toBuffer();
export const webp = (width?: number, height?: number) => picture(width, height).webp().toBuffer();

/** A JPEG carrying EXIF data (a copyright line, standing in for GPS position or camera serial). */
export const jpegWithExif = () =>
  picture(80, 60)
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: 'secret', Artist: 'Someone private' } } })
    .toBuffer();

/** The start of a Windows executable: DOS "MZ" header pointing at a "PE\0\0" header. */
export function exe(): Buffer {
  const data = Buffer.alloc(512);
  data.write('MZ', 0, 'latin1');
  data.writeUInt32LE(0x80, 0x3c); // e_lfanew
  data.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  data.write('PE\0\0', 0x80, 'latin1');
  data.writeUInt16LE(0x14c, 0x84); // machine: i386
  data.writeUInt16LE(1, 0x86); // one section
  return data;
}

export const html = () =>
  Buffer.from(
    '<!doctype html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>',
  );

export const svgWithScript = () =>
  Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
  );

/** A valid ZIP archive with one stored (uncompressed) file. */
export function zip(): Buffer {
  const name = Buffer.from('a.txt');
  const content = Buffer.from('hello');
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralAt = local.length + name.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, name, content, central, name, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
