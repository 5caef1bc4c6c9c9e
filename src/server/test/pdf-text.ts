import { PDFParse } from 'pdf-parse';

/** The text of a PDF as a reader would search it (pdf-parse over pdf.js), whitespace collapsed. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}
