/**
 * Documents built in code, for the demo data and the upload tests, so no binary file is committed:
 * a minimal well-formed PDF and a multipart/form-data body as a browser sends an upload.
 */

/**
 * A minimal but well-formed PDF 1.4: catalog, page tree, one page with a text stream, a
 * cross-reference table with correct byte offsets and a trailer. `extraCatalog` adds entries to
 * the catalog (e.g. an /OpenAction with JavaScript); `padTo` pads with a comment to that size.
 */
export function pdf(options: { text?: string; extraCatalog?: string; padTo?: number } = {}): Buffer {
  const text = (options.text ?? 'Business licence').replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${options.extraCatalog ? ` ${options.extraCatalog}` : ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  if (options.padTo) {
    const padding = options.padTo - Buffer.byteLength(body, 'latin1') - 200;
    if (padding > 0) body += `%${'x'.repeat(padding)}\n`;
  }
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A multipart/form-data body with one file part, as a browser sends it (UTF-8 file name). */
export function multipart(fileName: string, data: Buffer, fieldName = 'file') {
  const boundary = `----br-test-${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
    'utf8',
  );
  const payload = Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
