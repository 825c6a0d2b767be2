import { describe, expect, it } from 'vitest';
import { docxText, documentXmlText } from './docx-text.js';
import { renderDocx } from './render-docx.js';
import { denunciationConclusion } from './templates/denunciation-conclusion.js';
import { denunciationConclusionSample } from './testing/samples.js';

describe('docxText', () => {
  it('reads a rendered conclusion paragraph by paragraph, header table included', async () => {
    const buffer = await renderDocx(denunciationConclusion(denunciationConclusionSample));
    const text = await docxText(buffer);
    expect(text.split('\n').slice(0, 9)).toEqual([
      'UBND TỈNH KON TUM',
      'SỞ NỘI VỤ',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 12/KL-SNV',
      'Kon Tum, ngày 02 tháng 5 năm 2026',
      'KẾT LUẬN NỘI DUNG TỐ CÁO',
    ]);
    expect(text).toContain('Đối với ông Phạm Văn Cường, Phó Giám đốc Trung tâm Lưu trữ lịch sử tỉnh');
  });

  it('keeps breaks, tabs and escaped characters, and skips field codes, tab stops and fallback copies', () => {
    const xml =
      '<w:p><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">A &amp; B</w:t><w:tab/><w:t>&#7889;&#x1EA1;</w:t><w:br/><w:t>C</w:t></w:r>' +
      '<w:r><w:instrText>PAGE</w:instrText></w:r><mc:AlternateContent><mc:Choice><w:t>D</w:t></mc:Choice><mc:Fallback><w:t>D</w:t></mc:Fallback></mc:AlternateContent></w:p>';
    expect(documentXmlText(xml)).toBe('A & B\tốạ\nCD\n');
  });
});
