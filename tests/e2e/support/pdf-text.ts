import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfPage = { width: number; height: number; text: string };

/** Each page of a PDF: its size in points, and its text with runs of white space made one space. */
export async function pdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[^\S\n]+/g, ' ');
      pages.push({ width, height, text });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
