import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { acceptanceNotice, renderDocx, returnLetter, type AdministrativeDocument } from './index.js';
import { readDocx } from './testing/read-docx.js';
import * as s from './testing/samples.js';

const attribute = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

const minimal: AdministrativeDocument = {
  kind: 'acceptance_notice',
  agency: { parentName: 'UBND TỈNH KON TUM', name: 'SỞ NỘI VỤ' },
  number: 3,
  symbol: 'TB-SNV',
  place: 'Kon Tum',
  date: '2026-01-02',
  title: 'THÔNG BÁO',
  subject: 'Về việc thử nghiệm',
  addressees: ['Ủy ban nhân dân huyện Đắk Hà;', 'Ủy ban nhân dân huyện Sa Thầy'],
  body: [{ type: 'paragraph', text: 'Nội dung.' }],
  signer: { title: 'Giám đốc', name: 'Lê Minh Tuấn' },
  recipients: ['Như trên', 'Lưu: VT.'],
};

describe('page setup (NĐ 30/2020, Phụ lục I)', () => {
  it('is A4 with margins inside the prescribed ranges, Times New Roman 14 pt', async () => {
    const { documentXml } = await readDocx(await renderDocx(acceptanceNotice(s.acceptanceNoticeSample)));
    expect(attribute(documentXml, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attribute(documentXml, 'w:pgSz', 'w:h')).toBe('16838');
    const twipsToMm = (name: string) => Number(attribute(documentXml, 'w:pgMar', name)) / (1440 / 25.4);
    expect(twipsToMm('w:top')).toBeCloseTo(20, 0);
    expect(twipsToMm('w:bottom')).toBeCloseTo(20, 0);
    expect(twipsToMm('w:left')).toBeCloseTo(30, 0);
    expect(twipsToMm('w:right')).toBeCloseTo(15, 0);
    expect(documentXml).toContain('w:ascii="Times New Roman"');
    expect(documentXml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    expect(documentXml).toContain('<w:sz w:val="28"/>');
  });

  it('draws the header and signature tables without borders', async () => {
    const { documentXml } = await readDocx(await renderDocx(acceptanceNotice(s.acceptanceNoticeSample)));
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(2);
    const borders = documentXml.match(/<w:tblBorders>.*?<\/w:tblBorders>/g) ?? [];
    expect(borders).toHaveLength(2);
    for (const b of borders) expect(b).not.toMatch(/w:val="(?!none)/);
  });

  it('numbers pages from the second one, in the top margin', async () => {
    const buffer = await renderDocx(acceptanceNotice(s.acceptanceNoticeSample));
    const zip = await JSZip.loadAsync(buffer);
    // A distinct, empty first-page header leaves page 1 unnumbered.
    expect((await readDocx(buffer)).documentXml).toContain('<w:titlePg/>');
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)?.async('string')));
    expect(headers.filter((h) => h?.includes('PAGE'))).toHaveLength(1);
  });
});

describe('layout of the parts', () => {
  it('lists several addressees after "Kính gửi:" with ";" and a final "."', async () => {
    const { text } = await readDocx(await renderDocx(minimal));
    expect(text).toContain('Kính gửi:\t- Ủy ban nhân dân huyện Đắk Hà;\n- Ủy ban nhân dân huyện Sa Thầy.\n');
  });

  it('punctuates "Nơi nhận" and prints the signer in capitals over the name', async () => {
    const { text } = await readDocx(await renderDocx(minimal));
    expect(text).toContain('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n');
    expect(text).toMatch(/GIÁM ĐỐC\n(\n){4}Lê Minh Tuấn/);
  });

  it('puts a công văn subject under its number, before the addressee', async () => {
    const { text } = await readDocx(await renderDocx(returnLetter(s.returnLetterSample)));
    const lines = text.split('\n');
    const numberAt = lines.indexOf('Số: 12/SNV-TTr');
    expect(lines[numberAt + 1]).toBe('V/v trả lại đơn');
    expect(lines.indexOf('V/v trả lại đơn')).toBeLessThan(lines.findIndex((l) => l.startsWith('Kính gửi:')));
  });

  it('prints the date with the padding rule, January as 01', async () => {
    const { text } = await readDocx(await renderDocx(minimal));
    expect(text.split('\n')).toContain('Kon Tum, ngày 02 tháng 01 năm 2026');
    expect(text.split('\n')).toContain('Số: 03/TB-SNV');
  });

  it('ends the body with "./." exactly once', async () => {
    const { text } = await readDocx(await renderDocx(minimal));
    expect(text).toContain('Nội dung./.');
    expect(text.match(/\.\/\./g)).toHaveLength(1);
  });
});

describe('validation', () => {
  it('refuses a công văn without a subject', async () => {
    await expect(renderDocx({ ...minimal, title: null, subject: null })).rejects.toThrow(ZodError);
  });

  it('refuses an impossible date and an empty body', async () => {
    await expect(renderDocx({ ...minimal, date: '2026-02-30' })).rejects.toThrow(ZodError);
    await expect(renderDocx({ ...minimal, body: [] })).rejects.toThrow(ZodError);
  });

  it('explains errors in Vietnamese, naming the field', () => {
    expect(() => acceptanceNotice({ ...s.acceptanceNoticeSample, complaintAgainst: ' ' })).toThrow(/Quyết định, hành vi bị khiếu nại không được để trống/);
  });
});
