import JSZip from 'jszip';
import { documentXmlText } from '../docx-text.js';

export type DocxContents = { files: string[]; documentXml: string; text: string };

/** Opens a .docx the way a reader would: as a zip, then its main part, read by the same code the publication step uses. */
export async function readDocx(buffer: Buffer): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(buffer);
  const main = zip.file('word/document.xml');
  if (main === null) throw new Error('word/document.xml is missing');
  const documentXml = await main.async('string');
  return { files: Object.keys(zip.files), documentXml, text: documentXmlText(documentXml) };
}
