import JSZip from 'jszip';

export type DocxContents = { files: string[]; documentXml: string; text: string };

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of document.xml: one line per paragraph, tabs kept, tags dropped. */
export function documentText(documentXml: string): string {
  return decodeXml(
    documentXml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

/** Opens a .docx the way a reader would: as a zip, then its main part. */
export async function readDocx(buffer: Buffer): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(buffer);
  const main = zip.file('word/document.xml');
  if (main === null) throw new Error('word/document.xml is missing');
  const documentXml = await main.async('string');
  return { files: Object.keys(zip.files), documentXml, text: documentText(documentXml) };
}
