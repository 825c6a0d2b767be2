import JSZip from 'jszip';

const decodeXml = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Text runs, tabs, line breaks and paragraph ends of WordprocessingML, in document order. Only
 * `<w:t>` content counts: field codes and the fallback copies of text boxes are not visible text.
 * `<w:tab/>` without attributes is a tab character; with attributes it is a tab stop definition.
 */
const TOKEN = /<mc:Fallback>[\s\S]*?<\/mc:Fallback>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>|<\/w:p>/g;

/** The visible text of a document.xml: one line per paragraph, tabs kept. */
export function documentXmlText(documentXml: string): string {
  let text = '';
  for (const m of documentXml.matchAll(TOKEN)) {
    const token = m[0];
    if (m[1] !== undefined) text += decodeXml(m[1]);
    else if (token === '<w:tab/>') text += '\t';
    else if (token.startsWith('<w:br') || token.startsWith('<w:cr') || token === '</w:p>') text += '\n';
  }
  return text;
}

/**
 * The visible text of a .docx, as a reader sees it: used to publish the signed document itself
 * (after redaction) rather than a re-rendering that could differ from what was signed.
 */
export async function docxText(buffer: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const main = zip.file('word/document.xml');
  if (main === null) throw new Error('word/document.xml is missing');
  return documentXmlText(await main.async('string'));
}
